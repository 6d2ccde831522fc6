// Intl formatters, made once per locale and options. Creating an Intl.DateTimeFormat costs tens of
// microseconds (it loads locale and zone data): the dashboard's timeline labels alone spent about
// 1.5 ms of every request on that (issue 14's profile). Safe on the client too.

const made = new Map<string, Intl.DateTimeFormat>();

/**
 * Time zones come from people (a stored preference, a form), and Intl takes one in any letter case
 * ("europe/berlin"), so the keys are not a closed set: past this many, start over rather than grow.
 */
const MAX_FORMATS = 500;

/** The one Intl.DateTimeFormat for these arguments. Throws, as Intl does, for an unknown time zone. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = made.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (made.size >= MAX_FORMATS) made.clear();
    made.set(key, format);
  }
  return format;
}
