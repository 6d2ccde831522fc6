// Maintenance, after the nine stages (issue 23): the reminder cadences and the daily fallback after a
// stage is reopened. Client-safe: the settings form and the reminder run read the same values.

export const CADENCES = ["daily", "weekly", "monthly"] as const;
export type Cadence = (typeof CADENCES)[number];
export const DEFAULT_CADENCE: Cadence = "weekly";

export const CADENCE_LABELS: Record<Cadence, string> = {
  daily: "Every day",
  weekly: "Once a week",
  monthly: "Once a month",
};

/** How many local days one reminder covers: no second one while a reminder or a check-in is this recent. */
export const CADENCE_DAYS: Record<Cadence, number> = { daily: 1, weekly: 7, monthly: 30 };

/** After a stage is reopened in maintenance, reminders come daily for this long. */
export const DAILY_AFTER_REOPEN_DAYS = 14;

export function isCadence(value: unknown): value is Cadence {
  return typeof value === "string" && (CADENCES as readonly string[]).includes(value);
}

export type MaintenanceState = { since: Date | null; dailyRemindersUntil: Date | null };

/**
 * The days one reminder covers for a partner at `now`: daily before maintenance and during the
 * fallback after a reopen; otherwise the partner's own choice (an unknown stored value reads weekly).
 */
export function reminderPeriodDays(cadence: string, state: MaintenanceState, now: Date): number {
  if (!state.since) return 1;
  if (state.dailyRemindersUntil && state.dailyRemindersUntil > now) return 1;
  return CADENCE_DAYS[isCadence(cadence) ? cadence : DEFAULT_CADENCE];
}

/** The end of the daily fallback that a reopen at `now` starts. */
export function dailyFallbackUntil(now: Date): Date {
  return new Date(now.getTime() + DAILY_AFTER_REOPEN_DAYS * 24 * 60 * 60 * 1000);
}
