import { z } from "zod";
import { AUDIENCES, VISIBILITIES } from "@/lib/entries/labels";
import { EXERCISE_KINDS, KINDS } from "@/lib/entries/kinds";

// The shape of content/stages/NN-slug.md frontmatter. Strict: an unknown key is a typo.

export const exerciseSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
    title: z.string().min(3).max(100),
    kind: z.enum(EXERCISE_KINDS),
    for: z.enum(AUDIENCES),
    visibility: z.enum(VISIBILITIES),
    intro: z.string().min(10).max(400),
    prompts: z.array(z.string().min(3).max(300)).min(1).max(6),
    /** Done together (a talk, a shared plan): refused while joint exercises are paused. */
    joint: z.boolean().optional(),
  })
  // Sensitive kinds (reflections, letters) must default to private (DESIGN.md); the kind says which.
  .refine((e) => KINDS[e.kind].defaultVisibility !== "private" || e.visibility === "private", {
    message: "this kind of exercise must default to private",
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
