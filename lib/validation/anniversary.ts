import { z } from "zod";
import { addDays, isLocalDate, localDateIn } from "@/lib/check-ins/dates";

const DAY_ERROR = "Enter the date as a real day, for example 2026-03-14.";
export const FUTURE_ERROR = "The day it came to light can't be in the future.";

/** The day of the discovery, or an empty field to remove it. */
export const discoveredOnSchema = z.object({
  discoveredOn: z
    .string({ error: DAY_ERROR })
    .refine((day) => day === "" || (isLocalDate(day) && day >= "1900-01-01"), { error: DAY_ERROR, abort: true })
    // A day from the future is a typo; one day of slack covers the time zones ahead of UTC.
    .refine((day) => day === "" || day <= addDays(localDateIn("UTC"), 1), FUTURE_ERROR)
    .transform((day) => day || null),
});
export type DiscoveredOnInput = z.output<typeof discoveredOnSchema>;

export const anniversaryReminderSchema = z.object({
  remind: z
    .enum(["true", "on"], { error: "Send a tick or nothing." })
    .optional()
    .transform((value) => value !== undefined),
});
