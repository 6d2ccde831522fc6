// Intl formatters, made once per locale and options. Creating an Intl.DateTimeFormat costs tens of
// microseconds (it loads locale and zone data); a page that formats a few dozen dates would spend
// milliseconds of every request on that alone (issue 14's profile). Safe on the client too.

const made = new Map<string, Intl.DateTimeFormat>();

/** The one Intl.DateTimeFormat for these arguments. Throws, as Intl does, for an unknown time zone. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    made.set(key, format);
  }
  return format;
}
