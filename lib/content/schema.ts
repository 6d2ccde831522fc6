import { z } from "zod";
import { AUDIENCES, VISIBILITIES } from "@/lib/entries/labels";
import { EXERCISE_KINDS, KINDS } from "@/lib/entries/kinds";
import type { StageBody } from "@/lib/content/sections";
import { STAGE_TOOLS, TOOL_ROUTES, type RouteTool } from "@/lib/content/tools";
import { BREACH_GROUP_KEYS } from "@/lib/content/readers";

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
    /** The exercise is done in a tool with its own page (the Q&A record): the stage links there instead of a form. */
    opensTool: z.enum(Object.keys(TOOL_ROUTES) as [RouteTool, ...RouteTool[]]).optional(),
    /**
     * Shown only when the couple has said the breach is of this group (lib/content/readers.ts
     * BREACH_GROUPS): never while it is unset or "rather not say", and refused on save otherwise.
     */
    onlyFor: z.enum(BREACH_GROUP_KEYS).optional(),
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
    // No duration: recovery takes the time it takes, and a number on a stage reads as a deadline.
    /** Every tool the stage's text names; tests/unit/content.test.ts checks each exists and the text agrees. */
    tools: z.array(z.enum(STAGE_TOOLS)).max(20),
    exercises: z.array(exerciseSchema).min(1).max(6),
    activityIdeas: z.array(z.string().min(3).max(80)).min(1).max(40).optional(),
    helpSigns: z.array(z.string().min(3).max(140)).min(1).max(12).optional(),
  })
  .refine((s) => new Set(s.exercises.map((e) => e.key)).size === s.exercises.length, {
    message: "exercise keys must be unique",
    path: ["exercises"],
  })
  .refine((s) => new Set(s.tools).size === s.tools.length, { message: "each tool once", path: ["tools"] });
export type StageFrontmatter = z.infer<typeof stageFrontmatterSchema>;

export type Stage = StageFrontmatter & {
  /** Sanitized HTML rendered from the whole Markdown body (every block, for checks and counts). */
  html: string;
  /** The body split into the shared introduction, each side's section and the shared close. */
  body: StageBody;
  /** The Markdown body as written, for the promised-tools check. */
  markdown: string;
  wordCount: number;
};
