/**
 * Only same-site paths are followed after sign-in; anything else goes to the dashboard.
 * Parsed the way a browser would (which drops tabs and newlines, so "/\t/evil.com" is "//evil.com").
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\\]/.test(value)) return "/app";
  try {
    const url = new URL(value, "http://mend.invalid");
    if (url.origin !== "http://mend.invalid") return "/app";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/app";
  }
}
