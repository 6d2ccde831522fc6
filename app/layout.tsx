import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import "./globals.css";
import { QuickExit } from "@/components/safety/quick-exit";
import { QuickExitGuard } from "@/components/safety/quick-exit-guard";
import { ServiceWorker } from "@/components/app-shell/service-worker";
import { env } from "@/lib/server/env";

export const metadata: Metadata = {
  title: { default: "Mend", template: "%s · Mend" },
  description: "A guided, private workspace for couples rebuilding trust, together.",
  // Files in public/: an SVG for modern browsers, the .ico for the rest, a PNG for home screens.
  icons: {
    icon: [
      { url: "/icon.svg", type: "image/svg+xml" },
      { url: "/favicon.ico", sizes: "32x32" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fbf8f4" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts), which a
  // page prerendered at build time could not.
  await connection();
  // proxy.ts puts this request's CSP nonce here; the guard is the one inline script.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en">
      <head>
        <QuickExitGuard url={env().quickExitUrl} nonce={nonce} />
      </head>
      <body className="min-h-dvh bg-paper font-sans text-ink antialiased">
        {/* First on every page, so it is the first thing a keyboard reaches too. */}
        <QuickExit url={env().quickExitUrl} />
        {children}
        <ServiceWorker enabled={env().nodeEnv === "production"} />
      </body>
    </html>
  );
}
