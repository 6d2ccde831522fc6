import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, httpsOnly, newNonce } from "@/lib/server/security-headers";

/** Next's own server-action body limit (1 MB); above it Next answers 500, so we answer first. */
const MAX_BODY_BYTES = 1024 * 1024;

// A convenience, never the authorization boundary (pages and actions call require… themselves).
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const secure = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (httpsOnly()) response.headers.set("Strict-Transport-Security", HSTS);
    return response;
  };

  // Oversized posts get a clear 413 instead of a server error. Every real form is far smaller.
  const length = request.headers.get("content-length");
  const unsized = length === null && request.headers.has("transfer-encoding");
  if (request.method === "POST" && (unsized || Number(length ?? 0) > MAX_BODY_BYTES)) {
    return secure(
      NextResponse.json({ error: "That is more than Mend accepts in one go. Entries can be up to 20,000 characters." }, { status: 413 }),
    );
  }
  // The therapist view is read-only: nothing is ever posted to /share/, so nothing is accepted.
  if (request.nextUrl.pathname.startsWith("/share/") && request.method !== "GET" && request.method !== "HEAD") {
    return secure(new NextResponse("The therapist view is read-only.", { status: 405, headers: { Allow: "GET, HEAD" } }));
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
