import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

// next-auth's own endpoints (CSRF, credentials callback, session, sign-out). They run their own
// checks (CSRF token, credentials) before anything is read or written.
const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth v4 answers a GET on the credentials callback with a 500; it only takes a POST. */
function GET(request: Request, context: Context) {
  if (new URL(request.url).pathname.endsWith("/callback/credentials")) {
    return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
  }
  return handler(request, context);
}

export { GET, handler as POST };
