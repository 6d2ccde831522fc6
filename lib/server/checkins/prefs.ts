import "server-only";
import { db } from "@/lib/server/db";
import { assertWriter, type PartnerContext, type ReadContext } from "@/lib/server/access";
import type { CheckInPrefsInput } from "@/lib/validation/checkin";

// A partner's own check-in settings. Only the partner reads their own; the other partner and a
// therapist learn only what the settings imply (scores hidden), through the check-in reads.

export type CheckInPrefs = { timeZone: string; scoresPrivate: boolean; reminderEmail: boolean; reminderHour: number; stored: boolean };

export const DEFAULT_PREFS: CheckInPrefs = { timeZone: "UTC", scoresPrivate: false, reminderEmail: false, reminderHour: 20, stored: false };

const prefsSelect = { timeZone: true, scoresPrivate: true, reminderEmail: true, reminderHour: true } as const;

export async function myCheckInPrefs(ctx: PartnerContext): Promise<CheckInPrefs> {
  const row = await db.checkInPrefs.findUnique({ where: { userId: ctx.userId }, select: prefsSelect });
  return row ? { ...row, stored: true } : DEFAULT_PREFS;
}

export async function updateCheckInPrefs(ctx: ReadContext, input: CheckInPrefsInput): Promise<void> {
  assertWriter(ctx);
  await db.checkInPrefs.upsert({
    where: { userId: ctx.userId },
    create: { userId: ctx.userId, ...input },
    update: input,
  });
}
