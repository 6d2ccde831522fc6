import "server-only";
import { env } from "@/lib/server/env";

/**
 * Set by Mend's own server (lib/cli/server.mjs) on every request, from the TCP connection,
 * overwriting anything a client sent under that name.
 */
export const CONNECTION_HEADER = "x-mend-client";

/**
 * The address a request comes from, for throttling only (never stored with a visit or an account).
 * By default the connection's own address: a client can't choose it. Behind `trustedProxies`
 * reverse proxies, each appends the address it saw to X-Forwarded-For, so the client is the entry
 * that many places from the end; anything further left was written by the client and is ignored.
 */
export function clientAddress(headers: Pick<Headers, "get">, trustedProxies = env().trustedProxies): string {
  const connection = headers.get(CONNECTION_HEADER)?.trim() || "unknown";
  if (trustedProxies > 0) {
    const hops = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const seen = hops.length >= trustedProxies ? hops[hops.length - trustedProxies] : undefined;
    if (seen) return normalize(seen);
  }
  return normalize(connection);
}

// IPv4 clients of a dual-stack socket show up as ::ffff:1.2.3.4; one address, one key.
function normalize(address: string) {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "").slice(0, 64);
}
