import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";
import { ATTACHMENT_INJURY_KEYS } from "@/lib/talks/steps";

// The talking-it-through tools' lists (content/talking-it-through/prompts.md frontmatter): talk topics, question
// starters, attuned replies to a trigger, the "state of us" sections and the steps of the
// attachment-injury talk (lib/talks/steps.ts says who speaks at each). Validated strictly,
// so a typo in the content fails the build and the content test.

const line = z.string().min(3).max(300);
const section = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(3).max(60),
  prompt: z.string().min(10).max(400),
});
export const talkingItThroughContentSchema = z.strictObject({
  topics: z.array(line).min(3).max(30),
  questionStarters: z.array(line).min(1).max(20),
  attunedReplies: z.array(line).min(3).max(20),
  turns: z.strictObject({ speak: line, listen: line, reflect: line, close: line }),
  stateOfUs: z.array(section).min(2).max(8),
  // One section per step of the sequence, by key and in order: a missing or extra step is a typo.
  attachmentInjury: z.array(section).refine((sections) => sections.map((s) => s.key).join() === ATTACHMENT_INJURY_KEYS.join(), {
    message: `needs exactly these sections, in order: ${ATTACHMENT_INJURY_KEYS.join(", ")}`,
  }),
});
export type TalkingItThroughContent = z.infer<typeof talkingItThroughContentSchema>;

let cached: TalkingItThroughContent | undefined;

export function talkingItThroughContent(): TalkingItThroughContent {
  if (!cached) {
    const source = fs.readFileSync(path.join(process.cwd(), "content", "talking-it-through", "prompts.md"), "utf8");
    cached = talkingItThroughContentSchema.parse(matter(source).data);
  }
  return cached;
}
