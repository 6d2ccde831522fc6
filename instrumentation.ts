// Next runs register() once when a server starts: configuration errors surface at boot with a
// clear message, not on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/server/env");
    env();
  }
}
