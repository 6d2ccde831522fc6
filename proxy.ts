import { NextResponse, type NextRequest } from "next/server";
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE } from "@/lib/request-limits.mjs";
import { ACTION_REFUSED_MESSAGE, refusedActionRequest } from "@/lib/server/action-requests";
import { contentSecurityPolicy, HSTS, httpsOnly, newNonce } from "@/lib/server/security-headers";

// A convenience, never the authorization boundary (pages and actions call require… themselves).
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (httpsOnly()) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  };

  // Mend's own server (lib/cli/server.mjs) refuses these before Next reads the body, chunked ones
  // included; this is the same answer for a server that is not Mend's, which would have read it.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    return secure(NextResponse.json({ error: TOO_LARGE_MESSAGE }, { status: 413 }));
  }
  // The therapist view is read-only: nothing is ever posted to /share/, so nothing is accepted.
  if (request.nextUrl.pathname.startsWith("/share/") && request.method !== "GET" && request.method !== "HEAD") {
    return secure(new NextResponse("The therapist view is read-only.", { status: 405, headers: { Allow: "GET, HEAD" } }));
  }
  // Next answers these with a 500 and a stack trace in the log; one plain line and a 4xx instead.
  const refused = await refusedActionRequest(request);
  if (refused) {
    console.warn(`mend: refused a server action request (${refused.reason})`);
    return secure(NextResponse.json({ error: ACTION_REFUSED_MESSAGE }, { status: refused.status }));
  }
  const headers = new Headers(request.headers);
  // Passes the requested path on so a sign-in redirect can bring the visitor back.
  headers.set("x-mend-path", request.nextUrl.pathname + request.nextUrl.search);
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return secure(NextResponse.next({ request: { headers } }));
}

export const config = {
  // Static files from public/ pass straight through (their headers come from next.config.mjs).
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|icon-192.png|icon-512.png|apple-touch-icon.png|manifest.webmanifest).*)",
  ],
};
