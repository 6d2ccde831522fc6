const FALLBACK = "/app";
/** Stands in for the app's own origin when the caller doesn't pass it; no real site has it. */
const SELF = "http://mend.invalid";

/**
 * Where to send a person after signing in: a path on this site, or the dashboard.
 *
 * The value is resolved exactly as a browser resolves a link (the WHATWG URL parser): tabs and
 * newlines dropped, backslashes read as slashes, `%2e` as a dot, dot segments removed. What comes
 * out must be on the app's own origin, and must not start with `//`: `/.//evil.example` resolves to
 * the path `//evil.example`, which as a redirect target is another site. An absolute address on the
 * app's own origin (`appOrigin`, e.g. window.location.origin) is accepted and reduced to its path.
 */
export function safeCallbackUrl(value: string | null | undefined, appOrigin: string = SELF): string {
  if (typeof value !== "string" || value === "" || value.length > 2048) return FALLBACK;
  // Control characters are dropped or rejected by browsers in ways that differ; nothing legitimate has them.
  if (/[\u0000-\u001f\u007f]/.test(value)) return FALLBACK;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(appOrigin).origin;
    url = new URL(value, `${origin}/`);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== origin) return FALLBACK;
  if (!url.pathname.startsWith("/") || url.pathname.startsWith("//")) return FALLBACK;
  const target = url.pathname + url.search + url.hash;
  // Used as a relative address anywhere, it must stay on whichever site serves it.
  if (new URL(target, "http://check.invalid/").origin !== "http://check.invalid") return FALLBACK;
  return target;
}
