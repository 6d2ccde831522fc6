/** @type {import('next').NextConfig} */
// Fixed security headers for every response, static files included. The Content-Security-Policy
// (with its per-request nonce) and HSTS (over https only) are set per request in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), display-capture=(), browsing-topics=()",
  },
];

/** Pages whose address is a secret: never leak it, never index, never cache. */
const secretAddress = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  { key: "Cache-Control", value: "no-store" },
];

const nextConfig = {
  // A separate build folder lets the e2e suite build without clobbering a running `npm start`.
  distDir: process.env.MEND_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Therapist links and password-reset links.
      { source: "/share/:path*", headers: secretAddress },
      { source: "/reset-password/:path*", headers: secretAddress },
    ];
  },
};

export default nextConfig;
