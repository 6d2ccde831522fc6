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

// Mend writes every date one way, day before month, with a short month name: "Fri 4 Dec 2026", and
// "Fri 4 Dec 2026, 14:55" with a time. Every date a person reads is formatted here.

const LOCALE = "en-GB";

type DateStyle = {
  /** "Fri 4 Dec 2026": for days people act on (a check-in, a talk, an anniversary). */
  weekday?: boolean;
  /** False for a chart's axis, where the year would crowd the labels. */
  year?: boolean;
  /** Adds the hour and minute, 24-hour: "4 Dec 2026, 14:55". */
  time?: boolean;
};

function styleOptions({ weekday = false, year = true, time = false }: DateStyle, timeZone?: string): Intl.DateTimeFormatOptions {
  return {
    ...(timeZone ? { timeZone } : {}),
    ...(weekday ? { weekday: "short" } : {}),
    day: "numeric",
    month: "short",
    ...(year ? { year: "numeric" } : {}),
    ...(time ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
  };
}

/**
 * Put together from the parts, not Intl's own pattern: ICU versions differ in their commas
 * ("Fri 4 Dec" or "Fri, 4 Dec"), and the server and the browser must write a date alike.
 */
function write(format: Intl.DateTimeFormat, at: Date): string {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of format.formatToParts(at)) part[p.type] = p.value;
  const day = [part.weekday, part.day, part.month, part.year].filter(Boolean).join(" ");
  return part.hour ? `${day}, ${part.hour}:${part.minute}` : day;
}

/** A calendar day ("2026-12-04"), never shifted by anyone's time zone. */
export function formatDay(day: string, style: Omit<DateStyle, "time"> = {}): string {
  return write(dateFormat(LOCALE, styleOptions(style, "UTC")), new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** A moment, as the clock reads in `timeZone`. */
export function formatMoment(at: Date, timeZone: string, style: DateStyle = {}): string {
  return write(dateFormat(LOCALE, styleOptions(style, timeZone)), at);
}

/**
 * A moment in the device's own zone, for the browser. Not cached: a formatter made without a zone
 * keeps the device's zone from when it was made, and people travel.
 */
export function formatMomentHere(at: Date, style: DateStyle = {}): string {
  return write(new Intl.DateTimeFormat(LOCALE, styleOptions(style)), at);
}
