import { z } from "zod";
import { EXERCISE_KINDS, VISIBILITIES, type Visibility } from "@/lib/content/schema";
import { flag, text } from "@/lib/validation/form";

export { VISIBILITIES, type Visibility };

/** The most one entry may hold, across all its fields. */
export const ENTRY_MAX_CHARS = 20_000;

export const VISIBILITY_LABELS: Record<Visibility, { label: string; hint: string }> = {
  private: { label: "Only me", hint: "Private. Your partner and any therapist link can never see it." },
  partner: { label: "Me and my partner", hint: "Shared with your partner." },
  therapist: { label: "Partner and therapist", hint: "Shared with your partner and with therapist links that include entries." },
};

export const visibilitySchema = z.enum(VISIBILITIES, { error: "Choose who can see this." });

const answer = z
  .string({ error: "Answers must be text." })
  .max(ENTRY_MAX_CHARS * 2, `Each answer can be at most ${ENTRY_MAX_CHARS.toLocaleString("en")} characters.`)
  .transform((v) => v.normalize("NFC").trim())
  .pipe(z.string().max(ENTRY_MAX_CHARS, `Each answer can be at most ${ENTRY_MAX_CHARS.toLocaleString("en")} characters.`));

/** Exercise answers, one per prompt. At least one must be filled in; the total is capped. */
export const answersBodySchema = z
  .object({ answers: z.array(answer).min(1).max(6) })
  .refine((b) => b.answers.some((a) => a.length > 0), { message: "Write something in at least one box.", path: ["answers"] })
  // Only one message at a time: the total is checked once every single answer fits.
  .refine((b) => b.answers.some((a) => a.length > ENTRY_MAX_CHARS) || b.answers.reduce((n, a) => n + a.length, 0) <= ENTRY_MAX_CHARS, {
    message: `All answers together can be at most ${ENTRY_MAX_CHARS.toLocaleString("en")} characters.`,
    path: ["answers"],
  });

const goalStep = z.object({ text: text("A step", { max: 300 }), done: z.boolean().default(false) });
export const goalBodySchema = z.object({
  title: text("Goal", { max: 200 }),
  steps: z.array(goalStep).max(20, "Keep it to 20 steps or fewer."),
});

export const homeworkBodySchema = z.object({ text: text("Homework", { max: 500 }), done: z.boolean().default(false), doneBy: z.string().optional() });

export const ACTIVITY_STATUSES = ["idea", "planned", "done"] as const;
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-24.")
  // Round-trip, because Date.parse quietly rolls 2026-02-31 over into March.
  .refine((d) => {
    const parsed = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d;
  }, "That date doesn't exist.");
export const activityBodySchema = z.object({
  title: text("Activity", { max: 200 }),
  status: z.enum(ACTIVITY_STATUSES).default("idea"),
  plannedFor: z.union([isoDate, z.literal("")]).optional(),
});

export const memoryBodySchema = z.object({
  title: text("Title", { max: 200 }),
  text: text("What you want to remember", { min: 0, max: ENTRY_MAX_CHARS }),
  date: z.union([isoDate, z.literal("")]).optional(),
});

export const gratitudeBodySchema = z.object({ text: text("Gratitude note", { max: 2_000 }) });

/** Each entry kind and the shape of its JSON body. */
export const BODY_SCHEMAS = {
  prompt: answersBodySchema,
  reflection: answersBodySchema,
  accountability: answersBodySchema,
  letter: answersBodySchema,
  goal: goalBodySchema,
  homework: homeworkBodySchema,
  activity: activityBodySchema,
  memory: memoryBodySchema,
  gratitude: gratitudeBodySchema,
} as const;

export type EntryKind = keyof typeof BODY_SCHEMAS;
export const TOOL_KINDS = ["goal", "homework", "activity", "memory", "gratitude"] as const satisfies EntryKind[];
export type ToolKind = (typeof TOOL_KINDS)[number];
export const isExerciseKind = (kind: string): kind is (typeof EXERCISE_KINDS)[number] => (EXERCISE_KINDS as readonly string[]).includes(kind);

/** Which tool kinds each stage offers (the rest of a stage is its exercises). */
export const STAGE_TOOLS: Partial<Record<string, ToolKind[]>> = {
  "self-work": ["goal"],
  "professional-help": ["homework"],
  "new-memories": ["activity", "memory", "gratitude"],
};

export const RESPONSE_VERDICTS = ["heard", "not-yet"] as const;
export const responseSchema = z.object({
  entryId: z.string({ error: "Missing entry." }).min(1).max(64),
  verdict: z.enum(RESPONSE_VERDICTS, { error: "Choose “I feel heard” or “Not yet”." }),
  questions: text("Questions", { min: 0, max: 5_000 }).default(""),
});

// What the stage actions accept (app/(app)/app/stages/actions.ts). Ids, kinds and stages come
// from hidden fields, so their messages are for the person whose page went stale.
export const ENTRY_NOT_FOUND = "That entry doesn't exist or isn't yours to change.";
export const UNKNOWN_EXERCISE = "That exercise doesn't exist.";
const entryId = z.string({ error: ENTRY_NOT_FOUND }).min(1, ENTRY_NOT_FOUND).max(64, ENTRY_NOT_FOUND);
const ENTRY_KINDS = Object.keys(BODY_SCHEMAS) as [EntryKind, ...EntryKind[]];

export const createEntrySchema = z.object({
  stageSlug: z.string({ error: UNKNOWN_EXERCISE }).max(64, UNKNOWN_EXERCISE),
  exerciseKey: z
    .string({ error: UNKNOWN_EXERCISE })
    .max(64, UNKNOWN_EXERCISE)
    .optional()
    .transform((key) => key || null),
  kind: z.enum(ENTRY_KINDS, { error: UNKNOWN_EXERCISE }),
  visibility: visibilitySchema,
});
export const updateEntrySchema = z.object({ id: entryId, visibility: visibilitySchema });
export const entryIdSchema = z.object({ id: entryId });
export const activityStatusSchema = z.object({ id: entryId, status: z.enum(ACTIVITY_STATUSES, { error: "Choose idea, planned or done." }) });
export const homeworkDoneSchema = z.object({ id: entryId, done: flag });
export const goalStepDoneSchema = z.object({
  id: entryId,
  step: z.string({ error: ENTRY_NOT_FOUND }).regex(/^\d{1,2}$/, ENTRY_NOT_FOUND).transform(Number),
  done: flag,
});
