import { NextResponse, type NextRequest } from "next/server";

/** Next's own server-action body limit (1 MB); above it Next answers 500, so we answer first. */
const MAX_BODY_BYTES = 1024 * 1024;

// A convenience, never the authorization boundary (pages and actions call require… themselves).
export function proxy(request: NextRequest) {
  // Oversized posts get a clear 413 instead of a server error. Every real form is far smaller.
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > MAX_BODY_BYTES) {
    return NextResponse.json(
      { error: "That is more than Mend accepts in one go. Entries can be up to 20,000 characters." },
      { status: 413 },
    );
  }
  // Passes the requested path on so a sign-in redirect can bring the visitor back.
  const headers = new Headers(request.headers);
  headers.set("x-mend-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
