import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, STAGE_SLUGS, getStages, parseStageFile } from "@/lib/content/stages";
import { renderMarkdown } from "@/lib/content/markdown";
import { visibleBlocks } from "@/lib/content/sections";
import { BREACHES, isAffair, sideSectionsFor } from "@/lib/content/readers";
import { TOOL_ROUTES, toolsMentioned } from "@/lib/content/tools";
import { KINDS, isEntryKind, toolsOf } from "@/lib/entries/kinds";
import { SIDES } from "@/lib/validation/couple";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "fixtures", "content", name), "utf8");
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;

describe("stage content", () => {
  const stages = getStages();

  // Each reader sees the shared text and one side (plus the other folded), so the whole file may
  // run longer than one reader's share of it. Affair-only blocks show only to a couple who said an
  // affair happened, so they are counted apart, with their own limit.
  it("has all nine stages, in order, with 450-1000 words each for every couple, and at most 700 more affair-only (both sides together)", () => {
    expect(stages.map((s) => s.slug)).toEqual([...STAGE_SLUGS]);
    for (const stage of stages) {
      const blocks = [...stage.body.intro, ...stage.body.hurt, ...stage.body.involved, ...stage.body.outro];
      const affairOnly = blocks.filter((b) => b.onlyFor === "affair").reduce((n, b) => n + words(b.html), 0);
      const general = stage.wordCount - affairOnly;
      expect({ stage: stage.slug, general, affairOnly, ok: general >= 450 && general <= 1000 && affairOnly <= 700 }).toEqual({
        stage: stage.slug,
        general,
        affairOnly,
        ok: true,
      });
      expect(words(stage.html)).toBeGreaterThan(350);
    }
  });

  it("opens with why the stage matters and closes with when to get help, shared by both readers", () => {
    for (const stage of stages) {
      expect(stage.body.intro.map((b) => b.html).join(), stage.slug).toContain("<h2>Why this stage matters</h2>");
      expect(stage.body.outro.map((b) => b.html).join(), stage.slug).toContain("<h2>When to get help</h2>");
    }
  });

  it("gives every stage both side sections, each with text for every reader (issue 20 §1)", () => {
    for (const stage of stages) {
      for (const side of ["hurt", "involved"] as const) {
        const general = visibleBlocks(stage.body[side], false);
        expect({ stage: stage.slug, side, words: words(general.map((b) => b.html).join(" ")) > 80 }).toEqual({
          stage: stage.slug,
          side,
          words: true,
        });
      }
    }
  });

  it("keeps affair-only text out of the shared parts and out of sight unless the breach is an affair", () => {
    const one = stages[0]!;
    const affairBlocks = one.body.involved.filter((b) => b.onlyFor === "affair");
    expect(affairBlocks.map((b) => b.html).join()).toContain("If it was an affair: Ending contact");
    for (const stage of stages) expect([...stage.body.intro, ...stage.body.outro].some((b) => b.onlyFor)).toBe(false);
    expect(BREACHES.filter((b) => isAffair(b))).toEqual(["affair-physical", "affair-emotional", "affair-online"]);
    expect(visibleBlocks(one.body.involved, isAffair(undefined))).not.toContainEqual(affairBlocks[0]);
    expect(visibleBlocks(one.body.involved, isAffair("money"))).not.toContainEqual(affairBlocks[0]);
    expect(visibleBlocks(one.body.involved, isAffair("affair-online"))).toContainEqual(affairBlocks[0]);
  });

  it("shows each reader their own side first and folds the other; both and rather-not-say read both, open", () => {
    expect(SIDES.map((side) => ({ side, ...sideSectionsFor(side) }))).toEqual([
      { side: "unsaid", first: "hurt", second: "involved", foldSecond: false },
      { side: "hurt", first: "hurt", second: "involved", foldSecond: true },
      { side: "involved", first: "involved", second: "hurt", foldSecond: true },
      { side: "both", first: "hurt", second: "involved", foldSecond: false },
    ]);
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

  it("offers the exercises the best programmes use, each tagged by side (issue 20 §6)", () => {
    const exercise = (slug: string, key: string) => stages.find((s) => s.slug === slug)?.exercises.find((e) => e.key === key);
    expect(exercise("communication", "impact-letter")).toMatchObject({ kind: "impact-letter", for: "hurt", visibility: "private" });
    expect(exercise("communication", "letter-reply")).toMatchObject({ kind: "letter-reply", for: "involved", visibility: "private" });
    expect(exercise("consistency", "trust-building-behaviours")).toMatchObject({ for: "involved", visibility: "partner" });
    // With a therapist, done together, and said plainly not to be blame or a shift of responsibility.
    const vulnerable = exercise("self-work", "how-we-became-vulnerable");
    expect(vulnerable).toMatchObject({ for: "both", joint: true, visibility: "therapist" });
    expect(vulnerable?.intro).toMatch(/therapist/);
    expect(vulnerable?.intro).toMatch(/not blame/);
    expect(vulnerable?.intro).toMatch(/never moves responsibility for the breach away from the partner who broke trust/);
    // Private, at the couple's pace: either can say not now without explaining; comparisons; a sex therapist.
    const closeness = exercise("new-memories", "closeness-at-our-pace");
    expect(closeness).toMatchObject({ kind: "reflection", for: "both", visibility: "private" });
    expect(closeness?.intro).toMatch(/never faster than the slower of you/);
    expect(closeness?.intro).toMatch(/Either of you can say “not now” at any time, without explaining/);
    expect(closeness?.prompts.join(" ")).toMatch(/comparisons/i);
    expect(closeness?.prompts.join(" ")).toMatch(/sex therapist/);
    for (const e of stages.flatMap((s) => s.exercises))
      if (e.kind === "impact-letter" || e.kind === "letter-reply") expect(e.visibility).toBe("private");
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

  it("fails a stage that lacks either side section, or misspells an affair block", () => {
    const valid = parseStageFile("01-acknowledgment.md", fixture("valid-stage.md"));
    expect(valid.body.hurt.map((b) => [b.onlyFor ?? "all", b.html.replace(/\s+/g, " ")])).toEqual([
      ["all", "<p>Hurt text.</p>"],
      ["affair", "<h3>If it was an affair: Ending contact</h3> <p>Hurt affair text.</p>"],
      ["all", "<h3>Looking after yourself</h3> <p>Hurt general text after the affair block.</p>"],
    ]);
    // A heading inside a code block is text, not a section.
    expect(valid.body.involved[0]!.html).toContain("## If you were hurt");
    expect(() => parseStageFile("01-acknowledgment.md", fixture("missing-hurt-section.md"))).toThrow(
      /01-acknowledgment\.md: the body needs a "## If you were hurt" section/,
    );
    expect(() => parseStageFile("01-acknowledgment.md", fixture("missing-involved-section.md"))).toThrow(
      /01-acknowledgment\.md: the body needs a "## If you broke trust" section/,
    );
    expect(() => parseStageFile("01-acknowledgment.md", fixture("misspelt-affair-block.md"))).toThrow(
      /only "### If it was an affair: <title>" is understood/,
    );
    expect(() =>
      parseStageFile("01-acknowledgment.md", fixture("valid-stage.md").replace("## If you were hurt", "## If you were hurting")),
    ).toThrow(/looks like a side section/);
    expect(() =>
      parseStageFile("01-acknowledgment.md", fixture("valid-stage.md").replace("### Looking after yourself", "## If you broke trust")),
    ).toThrow(/appears twice/);
  });
});

describe("no deadlines (issue 20 §5)", () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const content = files(path.join(__dirname, "..", "..", "content")).filter((f) => f.endsWith(".md"));

  it("no content file gives a duration in weeks, or a deadline", () => {
    expect(content.length).toBeGreaterThan(15);
    const deadline = [
      /\d+\s*[–-]\s*\d+\s*weeks/i,
      /\b(within|takes?|lasts?|about|around|often|usually|typically|in) (just )?(a few|a couple of|several|one|two|three|four|five|six|\d+) weeks\b/i,
      /should be (over|past) (it|this) by/i,
    ];
    const found = content.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return deadline.filter((re) => re.test(text)).map((re) => `${path.relative(process.cwd(), file)}: ${re}`);
    });
    expect(found).toEqual([]);
  });

  it("says that recovery after an affair often takes one to three years", () => {
    const one = getStages()[0]!;
    expect(one.markdown).toMatch(/recovery after an affair often takes one to three years/i);
    expect(one.exercises[0]!.prompts[1]).toMatch(/^The impact on your partner/);
  });
});

describe("no promise without a tool (issue 20 §9)", () => {
  const stages = getStages();
  const appDir = path.join(__dirname, "..", "..", "app", "(app)");

  /** Whether a path under app/(app) has a page, looking through route groups such as "(list)". */
  function routeExists(route: string): boolean {
    const search = (dir: string, parts: string[]): boolean => {
      if (!fs.existsSync(dir)) return false;
      const groups = fs.readdirSync(dir).filter((d) => /^\(.+\)$/.test(d));
      if (parts.length === 0) return fs.existsSync(path.join(dir, "page.tsx")) || groups.some((g) => search(path.join(dir, g), []));
      const [head, ...rest] = parts;
      // A stage's page is the one dynamic route a tool may point at, and only for a real stage.
      const stagePage = dir.endsWith(path.join("app", "stages")) && (STAGE_SLUGS as readonly string[]).includes(head!);
      return search(path.join(dir, stagePage ? "[slug]" : head!), rest) || groups.some((g) => search(path.join(dir, g), parts));
    };
    return search(appDir, route.split("/").filter(Boolean));
  }

  it("every tool a stage lists is a page under app/(app)/app/ or a kind the stage really offers", () => {
    for (const [tool, route] of Object.entries(TOOL_ROUTES))
      expect({ tool, route, exists: routeExists(route) }).toEqual({ tool, route, exists: true });
    expect(routeExists("/app/no-such-tool")).toBe(false);
    expect(routeExists("/app/stages/no-such-stage")).toBe(false);
    for (const stage of stages) {
      for (const tool of stage.tools) {
        if (Object.hasOwn(TOOL_ROUTES, tool)) continue;
        expect(isEntryKind(tool), `${stage.slug}: ${tool}`).toBe(true);
        const offered = stage.exercises.some((e) => e.kind === tool) || toolsOf(stage.slug).some((t) => t.kind === tool);
        expect({ stage: stage.slug, tool, offered }).toEqual({ stage: stage.slug, tool, offered: true });
      }
    }
    expect(Object.keys(KINDS).length).toBeGreaterThan(0);
  });

  it("the tools a stage's text mentions and the tools its frontmatter lists are the same", () => {
    for (const stage of stages) {
      expect({ stage: stage.slug, tools: [...toolsMentioned(stage.markdown)].sort() }).toEqual({
        stage: stage.slug,
        tools: [...stage.tools].sort(),
      });
    }
  });

  it("refuses a tool that doesn't exist, and an exercise that opens one", () => {
    const source = fixture("valid-stage.md");
    expect(() => parseStageFile("01-acknowledgment.md", source.replace("tools: []", "tools: [lie-detector]"))).toThrow(
      /01-acknowledgment\.md: tools\.0/,
    );
    expect(() =>
      parseStageFile("01-acknowledgment.md", source.replace("    prompts: [", "    opensTool: lie-detector\n    prompts: [")),
    ).toThrow(/exercises\.0\.opensTool/);
    expect(getStages()[1]!.exercises.find((e) => e.key === "questions-i-need-answered")?.opensTool).toBe("questions");
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
    // The shipped classes: checking since the discovery is guidance, a plain yes to control is a red flag.
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

describe("the decision point (issue 23 §3)", () => {
  it("describes both paths, rests on what an informed decision needs, sets no deadline, and has a section for each reader", async () => {
    const { guideBody } = await import("@/lib/content/guides");
    const body = guideBody("decision");
    const all = (blocks: { html: string }[]) => blocks.map((b) => b.html).join(" ");
    const shared = all([...body.intro, ...body.outro]);
    expect(shared).toContain("<h3>Staying and keeping building</h3>");
    expect(shared).toContain("<h3>Parting well</h3>");
    expect(shared).toContain("<h2>There is no deadline</h2>");
    expect(shared).toContain("<h2>What an informed decision rests on</h2>");
    expect(shared).toContain("<h2>Deciding with a therapist</h2>");
    expect(shared).toMatch(/parenting plan/);
    expect(shared).toMatch(/no\s+preferred\s+answer/);
    for (const name of ["Baucom", "Snyder", "Gordon", "Gottman", "Spring"]) expect(shared).toContain(name);
    // Neither path is the right one, and no clock runs.
    const text = all([...body.intro, ...body.hurt, ...body.involved, ...body.outro]);
    expect(text).not.toMatch(/!|you should (stay|leave)|the right (choice|decision)|within \d+ (days|weeks|months)|give up/i);
    for (const side of ["hurt", "involved"] as const) expect(words(all(visibleBlocks(body[side], false)))).toBeGreaterThan(80);
    expect(body.hurt.some((b) => b.onlyFor === "affair")).toBe(true);
  });
});

describe("talking-it-through tools content", () => {
  it("every guide renders with its headings", async () => {
    const { guideHtml } = await import("@/lib/content/guides");
    expect(guideHtml("questions")).toContain("<h2>Details that often hurt more than they help</h2>");
    expect(guideHtml("questions")).not.toMatch(/rumination/);
    expect(guideHtml("triggers")).toContain("<h2>A trigger plan</h2>");
    expect(guideHtml("talks")).toContain("<h2>When it gets too heated</h2>");
    expect(guideHtml("talks")).not.toMatch(/calms most arguments/);
    expect(guideHtml("check-ins")).not.toMatch(/counted in months/);
    expect(guideHtml("questions")).toMatch(/partner who was hurt decides how much detail helps them/);
  });

  it("the references page names each model and is honest about where the nine stages come from (issue 20 §8)", async () => {
    const { guideHtml } = await import("@/lib/content/guides");
    const html = guideHtml("references");
    for (const name of ["Gottman", "Glass", "Spring", "Baucom", "Snyder", "Gordon", "emotionally focused therapy"])
      expect(html).toContain(name);
    expect(html).toMatch(/popular article about restoring trust, not from a\s+clinical trial/);
  });

  it("the prompt lists parse, and a typo in them is refused", async () => {
    const { talkingItThroughContent, talkingItThroughContentSchema } = await import("@/lib/content/talking-it-through");
    const content = talkingItThroughContent();
    expect(content.attunedReplies).toContain("I'm here. What do you need right now?");
    expect(content.stateOfUs.map((s) => s.key)).toEqual(["appreciations", "went-well", "one-issue", "needs"]);
    expect(talkingItThroughContentSchema.safeParse({ ...content, topicz: [] }).success).toBe(false);
    expect(talkingItThroughContentSchema.safeParse({ ...content, topics: [] }).success).toBe(false);
  });

  it("the attachment-injury talk has a prompt for each step, in order, and a missing or extra step is refused", async () => {
    const { talkingItThroughContent, talkingItThroughContentSchema } = await import("@/lib/content/talking-it-through");
    const { attachmentInjury, ...rest } = talkingItThroughContent();
    expect(attachmentInjury.map((s) => s.key)).toEqual(["name-the-hurt", "respond", "ask-for-comfort", "comfort", "new-account"]);
    expect(talkingItThroughContentSchema.safeParse(rest).success).toBe(false);
    expect(talkingItThroughContentSchema.safeParse({ ...rest, attachmentInjury: attachmentInjury.slice(1) }).success).toBe(false);
    expect(talkingItThroughContentSchema.safeParse({ ...rest, attachmentInjury: [...attachmentInjury].reverse() }).success).toBe(false);
    expect(talkingItThroughContentSchema.safeParse({ ...rest, attachmentInjury: [...attachmentInjury, attachmentInjury[0]] }).success).toBe(
      false,
    );
    // Each side is told which steps are theirs.
    expect(attachmentInjury.filter((s) => s.prompt.startsWith("If you were hurt")).map((s) => s.key)).toEqual([
      "name-the-hurt",
      "ask-for-comfort",
    ]);
    expect(attachmentInjury.filter((s) => s.prompt.startsWith("If you broke trust")).map((s) => s.key)).toEqual(["respond", "comfort"]);
  });
});
