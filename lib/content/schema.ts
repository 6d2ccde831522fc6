import { z } from "zod";

// The shape of content/stages/NN-slug.md frontmatter. Strict: an unknown key is a typo.

export const AUDIENCES = ["both", "hurt", "involved"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const VISIBILITIES = ["private", "partner", "therapist"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const EXERCISE_KINDS = ["prompt", "reflection", "accountability", "letter"] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** Sensitive kinds must default to private (DESIGN.md). */
const PRIVATE_BY_DEFAULT: ExerciseKind[] = ["reflection", "letter"];

export const exerciseSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
    title: z.string().min(3).max(100),
    kind: z.enum(EXERCISE_KINDS),
    for: z.enum(AUDIENCES),
    visibility: z.enum(VISIBILITIES),
    intro: z.string().min(10).max(400),
    prompts: z.array(z.string().min(3).max(300)).min(1).max(6),
  })
  .refine((e) => !PRIVATE_BY_DEFAULT.includes(e.kind) || e.visibility === "private", {
    message: "reflections and letters must default to private",
    path: ["visibility"],
  });
export type Exercise = z.infer<typeof exerciseSchema>;

export const stageFrontmatterSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    number: z.number().int().min(1).max(9),
    title: z.string().min(3).max(80),
    purpose: z.string().min(10).max(160),
    mainlyFor: z.enum(AUDIENCES),
    estimatedTime: z.string().min(2).max(40),
    exercises: z.array(exerciseSchema).min(1).max(6),
    activityIdeas: z.array(z.string().min(3).max(80)).min(1).max(40).optional(),
    helpSigns: z.array(z.string().min(3).max(140)).min(1).max(12).optional(),
  })
  .refine((s) => new Set(s.exercises.map((e) => e.key)).size === s.exercises.length, {
    message: "exercise keys must be unique",
    path: ["exercises"],
  });
export type StageFrontmatter = z.infer<typeof stageFrontmatterSchema>;

export type Stage = StageFrontmatter & {
  /** Sanitized HTML rendered from the Markdown body. */
  html: string;
  wordCount: number;
};
