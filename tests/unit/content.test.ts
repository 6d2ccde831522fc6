import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, STAGE_SLUGS, getStages, parseStageFile } from "@/lib/content/stages";
import { renderMarkdown } from "@/lib/content/markdown";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "fixtures", "content", name), "utf8");
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;

describe("stage content", () => {
  const stages = getStages();

  it("has all nine stages, in order, with 400-900 words each", () => {
    expect(stages.map((s) => s.slug)).toEqual([...STAGE_SLUGS]);
    for (const stage of stages) {
      expect({ stage: stage.slug, ok: stage.wordCount >= 400 && stage.wordCount <= 900 }).toEqual({ stage: stage.slug, ok: true });
      expect(words(stage.html)).toBeGreaterThan(350);
    }
  });

  it("covers why, done well, pitfalls and when to get help on every stage", () => {
    for (const stage of stages) {
      for (const heading of ["Why this stage matters", "What it looks like done well", "Common pitfalls", "When to get help"]) {
        expect(stage.html, `${stage.slug}: ${heading}`).toContain(`<h2>${heading}</h2>`);
      }
    }
  });

  it("gives stage 1 the four-part accountability statement, and keeps sensitive kinds private", () => {
    const statement = stages[0]!.exercises[0]!;
    expect(statement).toMatchObject({ key: "accountability-statement", kind: "accountability", for: "involved" });
    expect(statement.prompts).toHaveLength(4);
    for (const e of stages.flatMap((s) => s.exercises)) {
      if (e.kind === "reflection" || e.kind === "letter") expect(e.visibility).toBe("private");
    }
    expect(stages.find((s) => s.slug === "new-memories")?.activityIdeas?.length).toBeGreaterThanOrEqual(16);
    expect(stages.find((s) => s.slug === "professional-help")?.helpSigns?.length).toBeGreaterThanOrEqual(6);
  });

  it("fails a malformed file with its name and the field", () => {
    expect(() => parseStageFile("01-acknowledgment.md", fixture("bad-visibility.md"))).toThrow(ContentError);
    expect(() => parseStageFile("01-acknowledgment.md", fixture("bad-visibility.md"))).toThrow(
      /01-acknowledgment\.md: exercises\.0\.visibility/,
    );
    expect(() => parseStageFile("01-acknowledgment.md", fixture("missing-title.md"))).toThrow(/01-acknowledgment\.md: title/);
    expect(() => parseStageFile("01-acknowledgment.md", fixture("broken-yaml.md"))).toThrow(
      /01-acknowledgment\.md: frontmatter is not valid YAML/,
    );
    expect(() =>
      parseStageFile("02-wrong-name.md", fixture("missing-title.md").replace("number: 1\n", "number: 1\ntitle: A title\n")),
    ).toThrow(/should be named 01-acknowledgment\.md/);
  });
});

describe("markdown rendering", () => {
  it("drops raw HTML and script, keeps formatting", () => {
    const html = renderMarkdown('**bold** <script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))');
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:/);
  });
});

describe("guides", () => {
  it("the check-in explainer exists, renders, and sets no deadline", async () => {
    const { guideHtml } = await import("@/lib/content/guides");
    const html = guideHtml("check-ins");
    expect(html).toContain("<h2>What the two numbers mean</h2>");
    expect(html).toContain("<h2>Reading a bad week</h2>");
    expect(html).not.toMatch(/should be over it by|within \d+ (days|weeks)/i);
  });
});

describe("safety content (issue 13)", () => {
  it("the safety check asks every question once, and a missing one stops the build", async () => {
    const fs = await import("node:fs");
    const { parseSafetyCheck, safetyCheckContent } = await import("@/lib/content/safety");
    const { SAFETY_QUESTION_KEYS } = await import("@/lib/validation/safety");
    expect(safetyCheckContent().questions.map((q) => q.key)).toEqual(SAFETY_QUESTION_KEYS);
    const source = fs.readFileSync("content/safety/check.md", "utf8");
    const withoutOne = source.replace(/  - key: isolated\n(?: {4}.*\n)+/, "");
    expect(withoutOne).not.toBe(source);
    expect(() => parseSafetyCheck(withoutOne)).toThrow(/every question/);
  });

  it("every answer declares its class, and an edit can't soften danger or leave a signal without guidance (issue 20)", async () => {
    const fs = await import("node:fs");
    const { parseSafetyCheck, classifyAnswers, safetyCheckContent } = await import("@/lib/content/safety");
    const { SAFETY_ALL_NO } = await import("@/lib/validation/safety");
    const source = fs.readFileSync("content/safety/check.md", "utf8");
    const afraidSometimes = '{ key: "sometimes", label: "Sometimes, or not sure", class: red-flag }';
    expect(source).toContain(afraidSometimes);
    expect(() => parseSafetyCheck(source.replace(afraidSometimes, afraidSometimes.replace("red-flag", "none")))).toThrow(
      /afraid\/sometimes: an answer about danger must be a red flag/,
    );
    expect(() => parseSafetyCheck(source.replace("class: signal, guidance: checking", "class: signal"))).toThrow(/a signal needs guidance/);
    expect(() => parseSafetyCheck(source.replace("class: red-flag, crisis: true }", "class: red-flag }"))).toThrow(
      /self-harm\/sometimes: must show crisis lines/,
    );
    expect(() => parseSafetyCheck(source.replace("class: none", "class: maybe"))).toThrow();
    // The shipped classes: checking since the discovery is guidance, control with threats is a red flag.
    const content = safetyCheckContent();
    expect(classifyAnswers({ ...SAFETY_ALL_NO, checks: "unagreed" }, content)).toMatchObject({ pauses: false, crisis: false });
    expect(classifyAnswers({ ...SAFETY_ALL_NO, controlled: "yes" }, content)).toMatchObject({ pauses: true });
    expect(classifyAnswers({ ...SAFETY_ALL_NO, "self-harm": "yes" }, content)).toMatchObject({ pauses: true, crisis: true });
    // Answers from the check's earlier version count for nothing rather than failing.
    expect(classifyAnswers({ monitored: "yes" }, content)).toEqual({ pauses: false, crisis: false, guidance: [] });
  });

  it("the resources define coercive control as a pattern, and say an agreed, time-limited transparency agreement is not control", async () => {
    const { guideHtml } = await import("@/lib/content/guides");
    const html = guideHtml("safety-resources").replace(/\s+/g, " ");
    expect(html).toContain("<h2>What coercive control can look like</h2>");
    expect(html).toMatch(/Coercive control is a pattern, not a single act/);
    expect(html).toMatch(/isolation, threats, monitoring used to control, and fear/);
    expect(html).toMatch(/An agreed, time-limited agreement like that is not control/);
    expect(html).toMatch(/expected reaction, not abuse/);
    expect(html).toContain("<h2>Keeping your devices safe</h2>");
    expect(html).toMatch(/private browsing/i);
    expect(html).toMatch(/monitoring app/i);
  });

  it("the support lines never promise that an emergency number always works (issue 20, §5)", async () => {
    const fs = await import("node:fs");
    const text = fs.readFileSync("content/safety/resources.md", "utf8") + fs.readFileSync("content/guides/safety-resources.md", "utf8");
    expect(text).not.toMatch(/always (works|work)/i);
    expect(text).toMatch(/services, numbers and opening hours change and vary/i);
  });

  it("the page for a partner who is not sure does not assume staying together is the goal", async () => {
    const { guideHtml } = await import("@/lib/content/guides");
    const html = guideHtml("not-sure");
    expect(html).toMatch(/does not assume that\s+staying together is the goal/);
    expect(html).toMatch(/discernment counselling/i);
    expect(html).toMatch(/individual counselling/i);
  });
});

describe("talking tools content", () => {
  it("every guide renders with its headings", async () => {
    const { guideHtml } = await import("@/lib/content/guides");
    expect(guideHtml("questions")).toContain("<h2>Details that often feed rumination</h2>");
    expect(guideHtml("triggers")).toContain("<h2>A trigger plan</h2>");
    expect(guideHtml("talks")).toContain("<h2>When it gets too heated</h2>");
  });

  it("the prompt lists parse, and a typo in them is refused", async () => {
    const { talkContent, talkContentSchema } = await import("@/lib/content/talk");
    const content = talkContent();
    expect(content.attunedReplies).toContain("I'm here. What do you need right now?");
    expect(content.stateOfUs.map((s) => s.key)).toEqual(["appreciations", "went-well", "one-issue", "needs"]);
    expect(talkContentSchema.safeParse({ ...content, topicz: [] }).success).toBe(false);
    expect(talkContentSchema.safeParse({ ...content, topics: [] }).success).toBe(false);
  });
});
