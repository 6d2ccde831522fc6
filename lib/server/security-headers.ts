import "server-only";
import { env } from "@/lib/server/env";

// Headers that depend on the request or the running configuration, set by proxy.ts on every
// response it passes: the Content-Security-Policy with a fresh nonce, and HSTS over https.
// Fixed headers (nosniff, frame options, Referrer-Policy, Permissions-Policy, COOP) are in
// next.config.mjs, so static files get them too.

/** A fresh nonce per request: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy, after Next's CSP guide: scripts only with this request's nonce ('strict-dynamic'
 * lets those load Next's chunks), no inline script without it (the one inline script, the quick-exit
 * guard in the root layout, carries it), eval only for the dev server's fast refresh.
 * Styles may be inline (React style attributes); nothing loads from another origin.
 */
export function contentSecurityPolicy(nonce: string, { dev = env().nodeEnv === "development", https = env().https } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, subdomains included: sent only when Mend is served over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

export function httpsOnly(): boolean {
  return env().https;
}
