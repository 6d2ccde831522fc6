import "server-only";
import fs from "node:fs";
import path from "node:path";
import { renderMarkdown } from "@/lib/content/markdown";
import { parseStageBody, type StageBody } from "@/lib/content/sections";

// Short guides that sit beside a feature (content/guides/<name>.md): plain Markdown, rendered
// and sanitized like stage text.

export const GUIDES = ["check-ins", "safety-resources", "not-sure", "questions", "triggers", "talks", "references", "decision"] as const;
export type Guide = (typeof GUIDES)[number];

const cache = new Map<Guide, string>();
const bodies = new Map<Guide, StageBody>();

const source = (name: Guide) => fs.readFileSync(path.join(process.cwd(), "content", "guides", `${name}.md`), "utf8");

export function guideHtml(name: Guide): string {
  let html = cache.get(name);
  if (html === undefined) {
    html = renderMarkdown(source(name));
    cache.set(name, html);
  }
  return html;
}

/**
 * A guide written for both readers, as a stage body is ("## If you were hurt", "## If you broke
 * trust", affair-only blocks): split the same way, so `StageGuidance` shows each reader their own
 * section first and folds the other's.
 */
export function guideBody(name: Guide): StageBody {
  let body = bodies.get(name);
  if (body === undefined) {
    body = parseStageBody(source(name));
    bodies.set(name, body);
  }
  return body;
}
