import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { BUSY, retryAfterSeconds } from "@/lib/auth/sign-in-errors";

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

/**
 * A throttled or busy sign-in is answered 429 with Retry-After (next-auth itself says 401); the
 * body stays next-auth's, so its client still reads the error code from it.
 */
async function POST(request: Request, context: Context) {
  const response: Response = await handler(request, context);
  if (!new URL(request.url).pathname.endsWith("/callback/credentials") || response.status !== 401) return response;
  const location = await response
    .clone()
    .json()
    .then((body: { url?: unknown }) => (typeof body.url === "string" ? body.url : null))
    .catch(() => response.headers.get("location"));
  const code = location ? new URL(location, request.url).searchParams.get("error") : null;
  const wait = retryAfterSeconds(code) ?? (code === BUSY ? 5 : null);
  if (wait === null) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(wait));
  return new Response(response.body, { status: 429, headers });
}

export { GET, POST };
