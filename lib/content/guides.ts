import "server-only";
import fs from "node:fs";
import path from "node:path";
import { renderMarkdown } from "@/lib/content/markdown";

// Short guides that sit beside a feature (content/guides/<name>.md): plain Markdown, rendered
// and sanitized like stage text.

export const GUIDES = ["check-ins", "safety-resources", "not-sure", "questions", "triggers", "talks", "references"] as const;
export type Guide = (typeof GUIDES)[number];

const cache = new Map<Guide, string>();

export function guideHtml(name: Guide): string {
  let html = cache.get(name);
  if (html === undefined) {
    html = renderMarkdown(fs.readFileSync(path.join(process.cwd(), "content", "guides", `${name}.md`), "utf8"));
    cache.set(name, html);
  }
  return html;
}
