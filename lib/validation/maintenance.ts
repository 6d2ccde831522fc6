import { z } from "zod";
import { CADENCES } from "@/lib/journey/maintenance";

export const CADENCE_ERROR = "Choose every day, once a week or once a month.";

/** A partner's check-in reminder cadence in maintenance. */
export const reminderCadenceSchema = z.object({
  cadence: z.enum(CADENCES, { error: CADENCE_ERROR }),
});
export type ReminderCadenceInput = z.output<typeof reminderCadenceSchema>;
