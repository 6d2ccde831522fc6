import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { renderMarkdown } from "@/lib/content/markdown";
import { stageFrontmatterSchema, type Exercise, type Stage } from "@/lib/content/schema";
import { SectionError, parseStageBody } from "@/lib/content/sections";
import { inBreachGroup, type Breach } from "@/lib/content/readers";

export const STAGE_SLUGS = [
  "acknowledgment",
  "communication",
  "patience",
  "consistency",
  "self-work",
  "professional-help",
  "new-memories",
  "forgiveness",
  "boundaries",
] as const;
export type StageSlug = (typeof STAGE_SLUGS)[number];

export function isStageSlug(value: unknown): value is StageSlug {
  return typeof value === "string" && (STAGE_SLUGS as readonly string[]).includes(value);
}

export class ContentError extends Error {}

/** Parses and validates one stage file; the error names the file and the field. */
export function parseStageFile(file: string, source: string): Stage {
  const name = path.basename(file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (error) {
    throw new ContentError(`${name}: frontmatter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const result = stageFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new ContentError(`${name}: ${issues}`);
  }
  const stage = result.data;
  const expected = `${String(stage.number).padStart(2, "0")}-${stage.slug}.md`;
  if (name !== expected) throw new ContentError(`${name}: slug/number say the file should be named ${expected}`);
  let body;
  try {
    body = parseStageBody(parsed.content);
  } catch (error) {
    if (error instanceof SectionError) throw new ContentError(`${name}: ${error.message}`);
    throw error;
  }
  const wordCount = parsed.content.split(/\s+/).filter(Boolean).length;
  return { ...stage, html: renderMarkdown(parsed.content), body, markdown: parsed.content, wordCount };
}

export function loadStagesFrom(dir: string): Stage[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  const stages = files.map((f) => parseStageFile(f, fs.readFileSync(path.join(dir, f), "utf8")));
  const slugs = stages.map((s) => s.slug);
  if (slugs.join() !== STAGE_SLUGS.join()) {
    throw new ContentError(`content/stages must hold the nine stages in order; found: ${slugs.join(", ") || "none"}`);
  }
  return stages;
}

let cached: Stage[] | undefined;

/** All nine stages, parsed once per process. */
export function getStages(): Stage[] {
  cached ??= loadStagesFrom(path.join(process.cwd(), "content", "stages"));
  return cached;
}

export function getStage(slug: string): Stage | undefined {
  return getStages().find((s) => s.slug === slug);
}

/**
 * The exercises of a stage this couple sees: those limited to one kind of breach (`onlyFor`) only
 * when the couple has said it is that kind. Unset or "rather not say" sees none of them.
 */
export function exercisesFor(stage: Pick<Stage, "exercises">, breach: Breach | null | undefined): Exercise[] {
  return stage.exercises.filter((e) => !e.onlyFor || inBreachGroup(breach, e.onlyFor));
}
