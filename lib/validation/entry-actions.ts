import { z } from "zod";
import { ENTRY_KINDS, type EntryKind } from "@/lib/entries/kinds";
import { ACTIVITY_STATUSES } from "@/lib/entries/kinds/activity";
import { visibilitySchema } from "@/lib/validation/entry";
import { flag, wholeNumber } from "@/lib/validation/form";

// Kept apart from lib/validation/entry.ts, which the kind files import: these schemas import the
// registry, and one module doing both would be an import cycle.

// What the stage actions accept (app/(app)/app/stages/actions.ts). Ids, kinds and stages come
// from hidden fields, so their messages are for the person whose page went stale.
export const ENTRY_NOT_FOUND = "That entry doesn't exist or isn't yours to change.";
export const UNKNOWN_EXERCISE = "That exercise doesn't exist.";
/** An exercise limited to another kind of breach than the one the workspace has chosen (`onlyFor`). */
export const EXERCISE_NOT_SHOWN =
  "This exercise fits a different kind of breach than the one chosen for your workspace, so it wasn't saved. Either of you can change that choice in settings.";
/** A kind only its author may ever read (`onlyMe`), sent with another visibility. */
export const ONLY_ME = "Only you can read this. It can't be shared with your partner or a therapist link.";
const entryId = z.string({ error: ENTRY_NOT_FOUND }).min(1, ENTRY_NOT_FOUND).max(64, ENTRY_NOT_FOUND);

export const createEntrySchema = z.object({
  stageSlug: z.string({ error: UNKNOWN_EXERCISE }).max(64, UNKNOWN_EXERCISE),
  exerciseKey: z
    .string({ error: UNKNOWN_EXERCISE })
    .max(64, UNKNOWN_EXERCISE)
    .optional()
    .transform((key) => key || null),
  kind: z.enum(ENTRY_KINDS as [EntryKind, ...EntryKind[]], { error: UNKNOWN_EXERCISE }),
  visibility: visibilitySchema,
});
export const updateEntrySchema = z.object({ id: entryId, visibility: visibilitySchema });
export const entryIdSchema = z.object({ id: entryId });
export const activityStatusSchema = z.object({
  id: entryId,
  status: z.enum(ACTIVITY_STATUSES, { error: "Choose idea, planned or done." }),
});
export const homeworkDoneSchema = z.object({ id: entryId, done: flag });
export const goalStepDoneSchema = z.object({
  id: entryId,
  step: wholeNumber(ENTRY_NOT_FOUND, { min: 0, max: 99 }),
  done: flag,
});
