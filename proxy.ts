import { NextResponse, type NextRequest } from "next/server";

// A convenience, never the boundary (pages and actions call require… themselves):
// passes the requested path on so a sign-in redirect can bring the visitor back.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-mend-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/app/:path*", "/invite/:path*"],
};
