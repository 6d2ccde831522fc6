import { NextResponse, type NextRequest } from "next/server";

/** Next's own server-action body limit (1 MB); above it Next answers 500, so we answer first. */
const MAX_BODY_BYTES = 1024 * 1024;

// A convenience, never the authorization boundary (pages and actions call require… themselves).
export function proxy(request: NextRequest) {
  // Oversized posts get a clear 413 instead of a server error. Every real form is far smaller.
  const length = request.headers.get("content-length");
  const unsized = length === null && request.headers.has("transfer-encoding");
  if (request.method === "POST" && (unsized || Number(length ?? 0) > MAX_BODY_BYTES)) {
    return NextResponse.json(
      { error: "That is more than Mend accepts in one go. Entries can be up to 20,000 characters." },
      { status: 413 },
    );
  }
  // The therapist view is read-only: nothing is ever posted to /share/, so nothing is accepted.
  if (request.nextUrl.pathname.startsWith("/share/") && request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse("The therapist view is read-only.", { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  // Passes the requested path on so a sign-in redirect can bring the visitor back.
  const headers = new Headers(request.headers);
  headers.set("x-mend-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Static files from public/ pass straight through.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|icon.svg|icon-192.png|icon-512.png|apple-touch-icon.png|manifest.webmanifest).*)"],
};
