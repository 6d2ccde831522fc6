import { daysBetween } from "@/lib/check-ins/dates";

// The anniversary of the discovery, on calendar days ("YYYY-MM-DD") with no clock or zone of its
// own: the caller passes "today" in the reader's time zone. Safe on the client too.

/** The reminder goes out this many days before the day (issue 20 §5: "a week before"). */
export const ANNIVERSARY_REMINDER_DAYS = 7;
/** The stage-3 card starts counting down this many days before. */
export const ANNIVERSARY_SOON_DAYS = 21;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The discovery's month and day in `year`; 29 February falls on the 28th in other years. */
function anniversaryIn(discoveredOn: string, year: number): string {
  const [, month, day] = discoveredOn.split("-");
  const md = month === "02" && day === "29" && !isLeapYear(year) ? "02-28" : `${month}-${day}`;
  return `${String(year).padStart(4, "0")}-${md}`;
}

/**
 * The next anniversary on or after `today` (today itself when it is the day), never the discovery
 * day itself: a discovery made last month has its first anniversary next year.
 */
export function nextAnniversary(discoveredOn: string, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = anniversaryIn(discoveredOn, year);
  const candidate = thisYear >= today ? thisYear : anniversaryIn(discoveredOn, year + 1);
  return candidate <= discoveredOn ? anniversaryIn(discoveredOn, Number(discoveredOn.slice(0, 4)) + 1) : candidate;
}

/** Whole days from `today` to the next anniversary (0 on the day). */
export function daysUntilAnniversary(discoveredOn: string, today: string): number {
  return daysBetween(today, nextAnniversary(discoveredOn, today));
}

/** Which anniversary a reminder sent today would be for, or null when none is due today. */
export function anniversaryReminderDue(discoveredOn: string, today: string): string | null {
  const next = nextAnniversary(discoveredOn, today);
  const days = daysBetween(today, next);
  return days >= 1 && days <= ANNIVERSARY_REMINDER_DAYS ? next : null;
}

/** How many years the coming anniversary marks (1 for the first). */
export function anniversaryYears(discoveredOn: string, anniversary: string): number {
  return Number(anniversary.slice(0, 4)) - Number(discoveredOn.slice(0, 4));
}
