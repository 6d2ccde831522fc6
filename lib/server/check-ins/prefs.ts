import "server-only";
import { db } from "@/lib/server/db";
import { assertWriter, type PartnerContext, type ReadContext } from "@/lib/server/access";
import type { CheckInPrefsInput } from "@/lib/validation/check-in";
import type { ReminderCadenceInput } from "@/lib/validation/maintenance";
import { DEFAULT_CADENCE, isCadence, type Cadence } from "@/lib/journey/maintenance";

// A partner's own check-in settings. Only the partner reads their own; the other partner and a
// therapist learn only what the settings imply (scores hidden), through the check-in reads.

export type CheckInPrefs = {
  timeZone: string;
  scoresPrivate: boolean;
  reminderEmail: boolean;
  reminderHour: number;
  /** How often reminders come in maintenance (before it, daily). */
  reminderCadence: Cadence;
  stored: boolean;
};

export const DEFAULT_PREFS: CheckInPrefs = {
  timeZone: "UTC",
  scoresPrivate: false,
  reminderEmail: false,
  reminderHour: 20,
  reminderCadence: DEFAULT_CADENCE,
  stored: false,
};

const prefsSelect = { timeZone: true, scoresPrivate: true, reminderEmail: true, reminderHour: true, reminderCadence: true } as const;

export async function myCheckInPrefs(ctx: PartnerContext): Promise<CheckInPrefs> {
  const row = await db.checkInPrefs.findUnique({ where: { userId: ctx.userId }, select: prefsSelect });
  if (!row) return DEFAULT_PREFS;
  return { ...row, reminderCadence: isCadence(row.reminderCadence) ? row.reminderCadence : DEFAULT_CADENCE, stored: true };
}

export async function updateCheckInPrefs(ctx: ReadContext, input: CheckInPrefsInput): Promise<void> {
  assertWriter(ctx);
  await db.checkInPrefs.upsert({
    where: { userId: ctx.userId },
    create: { userId: ctx.userId, ...input },
    update: input,
  });
}

/** The partner's own reminder cadence for maintenance; the other settings keep their values. */
export async function setReminderCadence(ctx: ReadContext, input: ReminderCadenceInput): Promise<void> {
  assertWriter(ctx);
  await db.checkInPrefs.upsert({
    where: { userId: ctx.userId },
    create: { userId: ctx.userId, reminderCadence: input.cadence },
    update: { reminderCadence: input.cadence },
  });
}
