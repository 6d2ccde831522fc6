import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { exerciseSchema } from "@/lib/content/schema";
import { STAGE_SLUGS, getStages } from "@/lib/content/stages";
import { ENTRY_KINDS, KINDS, bodyFromForm, isExerciseKind, kindOf, toolsOf, type EntryKind } from "@/lib/entries/kinds";
import type { FieldSpec } from "@/lib/entries/fields";

function formOf(values: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(values)) form.set(name, value);
  return form;
}

/** A value any field of this type accepts. */
function sampleValue(field: FieldSpec, i: number) {
  if (field.type === "date") return "2026-12-24";
  if (field.type === "select") return field.options![field.options!.length - 1]!.value;
  return `Words for ${field.name} ${i}`;
}

const exercise = { prompts: ["What happened?", "What did it cost?", "What will change?"] };

/** One bad body per kind, the field it is about and the message a person reads there. */
const BAD: Record<EntryKind, { body: unknown; field: string; message: RegExp }> = {
  prompt: { body: { answers: ["", " "] }, field: "answers", message: /at least one box/ },
  reflection: { body: { answers: ["x".repeat(20_001)] }, field: "answers", message: /at most 20,000 characters/ },
  accountability: { body: { answers: ["x".repeat(12_000), "y".repeat(12_000)] }, field: "answers", message: /All answers together/ },
  letter: { body: { answers: [""] }, field: "answers", message: /at least one box/ },
  "final-message": { body: { answers: ["   "] }, field: "answers", message: /at least one box/ },
  "impact-letter": { body: { answers: ["", ""] }, field: "answers", message: /at least one box/ },
  "letter-reply": { body: { answers: ["I hear you."] }, field: "letterId", message: /isn't shared with you/ },
  goal: { body: { title: "  ", steps: [] }, field: "title", message: /Enter goal/ },
  homework: { body: { text: "" }, field: "text", message: /Enter homework/ },
  activity: { body: { title: "Picnic", status: "someday" }, field: "status", message: /.+/ },
  memory: { body: { title: "Picnic", text: "", date: "2026-02-31" }, field: "date", message: /doesn't exist/ },
  gratitude: { body: { text: "x".repeat(2_001) }, field: "text", message: /at most 2,000 characters/ },
  "relapse-plan": {
    body: { warningSigns: " ", wallsAndWindows: "Work trips", whenASignShows: "Tell you" },
    field: "warningSigns",
    message: /Enter warning signs/,
  },
  "decision-notes": { body: { notes: "  " }, field: "notes", message: /Enter your notes/ },
};

describe("the entry kind registry", () => {
  it.each(ENTRY_KINDS)("%s: its schema rejects bad input with a message on the field", (kind) => {
    const bad = BAD[kind];
    expect(bad, `add a bad ${kind} body to BAD`).toBeDefined();
    const parsed = kindOf(kind).schema.safeParse(bad.body);
    expect(parsed.success).toBe(false);
    const fieldErrors = z.flattenError(parsed.error!).fieldErrors as Record<string, string[] | undefined>;
    expect(fieldErrors[bad.field]?.[0]).toMatch(bad.message);
    // Not an object at all, or missing everything: still an answer per field, never a crash.
    expect(kindOf(kind).schema.safeParse({}).success).toBe(false);
    expect(kindOf(kind).schema.safeParse("not a body").success).toBe(false);
  });

  it.each(ENTRY_KINDS)("%s: a filled-in form becomes a valid body and comes back as the same form values", (kind) => {
    const def = kindOf(kind);
    const values = Object.fromEntries(def.fields(exercise).map((f, i) => [f.name, sampleValue(f, i)]));
    const parsed = def.schema.safeParse(bodyFromForm(kind, formOf(values)));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(def.toValues(parsed.data!)).toEqual(values);
    // The stored blank body (shown for an unreadable row) is a body the edit form can show.
    expect(() => def.toValues(def.blank)).not.toThrow();
  });

  it.each(ENTRY_KINDS)("%s: each box stops where its check refuses (the field's maxLength is the schema's limit)", (kind) => {
    const def = kindOf(kind);
    const fields = def.fields(exercise);
    const values = Object.fromEntries(fields.map((f, i) => [f.name, sampleValue(f, i)]));
    for (const field of fields.filter((f) => f.maxLength !== undefined && (f.type === "text" || f.type === "textarea"))) {
      const withText = (length: number) => bodyFromForm(kind, formOf({ ...values, [field.name]: "x".repeat(length) }));
      expect(def.schema.safeParse(withText(field.maxLength!)).error?.issues ?? [], `${field.name} at its maxLength`).toEqual([]);
      const over = def.schema.safeParse(withText(field.maxLength! + 1));
      expect(over.success, `${field.name} one past its maxLength`).toBe(false);
      expect(JSON.stringify(over.error?.issues)).toMatch(/too long|at most/);
    }
  });

  it("a letter reply keeps the letter it answers when edited, and its checks on the answers", () => {
    const previous = { letterId: "letter-1", answers: ["old"] };
    // An edit can't move a reply under another letter: the stored letter wins over the form's.
    expect(bodyFromForm("letter-reply", formOf({ letterId: "letter-2", "answer-0": "new" }), previous)).toEqual({
      letterId: "letter-1",
      answers: ["new"],
    });
    expect(bodyFromForm("letter-reply", formOf({ letterId: "letter-2", "answer-0": "new" }))).toEqual({
      letterId: "letter-2",
      answers: ["new"],
    });
    const empty = kindOf("letter-reply").schema.safeParse({ letterId: "letter-1", answers: [" "] });
    expect(z.flattenError(empty.error!).fieldErrors).toMatchObject({ answers: [expect.stringMatching(/at least one box/)] });
    // Its letter travels in a hidden field, never as a box to fill in.
    expect(
      kindOf("letter-reply")
        .fields(exercise)
        .filter((f) => f.type === "hidden"),
    ).toEqual([expect.objectContaining({ name: "letterId" })]);
  });

  it("the impact letter and its reply are private at first, the reply is joint work, and both are stage 2 exercises for their side", () => {
    expect(kindOf("impact-letter")).toMatchObject({ exercise: true, defaultVisibility: "private" });
    expect(kindOf("letter-reply")).toMatchObject({ exercise: true, defaultVisibility: "private", joint: true, highlight: true });
    const stage2 = getStages().find((s) => s.slug === "communication")!;
    expect(stage2.exercises.filter((e) => e.kind === "impact-letter" || e.kind === "letter-reply").map((e) => [e.kind, e.for])).toEqual([
      ["impact-letter", "hurt"],
      ["letter-reply", "involved"],
    ]);
  });

  it("keeps the ticks on goal steps whose text did not change", () => {
    const previous = {
      title: "Pause",
      steps: [
        { text: "Count to five", done: true },
        { text: "Breathe", done: true },
      ],
    };
    const body = bodyFromForm("goal", formOf({ title: "Pause", steps: "Count to five\nBreathe out slowly\n\n" }), previous);
    expect(body).toEqual({
      title: "Pause",
      steps: [
        { text: "Count to five", done: true },
        { text: "Breathe out slowly", done: false },
      ],
    });
  });

  it("keeps a homework item's tick and who made it when its text is edited", () => {
    const body = bodyFromForm("homework", formOf({ text: "Read chapter 4" }), { text: "Read chapter 3", done: true, doneBy: "user-b" });
    expect(body).toEqual({ text: "Read chapter 4", done: true, doneBy: "user-b" });
    expect(bodyFromForm("homework", formOf({ text: "New" }))).toEqual({ text: "New", done: false, doneBy: undefined });
  });

  it("keeps an activity's status when the form has none, and takes the form's when it has one", () => {
    const previous = { title: "Picnic", status: "planned" };
    expect(bodyFromForm("activity", formOf({ title: "Picnic by the lake" }), previous)).toMatchObject({ status: "planned" });
    expect(bodyFromForm("activity", formOf({ title: "Picnic", status: "done" }), previous)).toMatchObject({ status: "done" });
    expect(bodyFromForm("activity", formOf({ title: "Picnic" }))).toMatchObject({ status: "idea" });
  });

  it("treats an unreadable stored body as no previous body, not as a crash", () => {
    expect(bodyFromForm("homework", formOf({ text: "x" }), { done: "yes" })).toEqual({ text: "x", done: false, doneBy: undefined });
  });

  it("offers each tool kind on one stage, and exercise kinds never as tools", () => {
    for (const kind of ENTRY_KINDS) {
      const def = kindOf(kind);
      const offeredOn = STAGE_SLUGS.filter((slug) => toolsOf(slug).some((tool) => tool.kind === kind));
      // A kind nobody can write is a kind nobody needs.
      expect(offeredOn.length, `${kind} is offered on ${offeredOn.join(", ") || "no stage"}`).toBe(def.exercise ? 0 : 1);
      expect(Boolean(def.tool), `${kind}: a tool kind has its tool section's words`).toBe(!def.exercise);
    }
  });

  it("offers today's tools on today's stages, in this order", () => {
    const offered = Object.fromEntries(
      STAGE_SLUGS.map((slug) => [slug, toolsOf(slug).map((t) => t.kind)]).filter(([, kinds]) => kinds!.length > 0),
    );
    expect(offered).toEqual({
      "self-work": ["goal"],
      "professional-help": ["homework"],
      "new-memories": ["activity", "memory", "gratitude"],
      boundaries: ["relapse-plan", "decision-notes"],
    });
  });

  it("offers the activity tool wherever the content has starter ideas (they add activities)", () => {
    for (const stage of getStages()) {
      if (stage.activityIdeas)
        expect(
          toolsOf(stage.slug).map((t) => t.kind),
          stage.slug,
        ).toContain(KINDS.activity.kind);
    }
  });
});

describe("content and the registry", () => {
  const dir = path.join(process.cwd(), "content", "stages");
  // Read straight from the files, not through the content schema (which is built from the registry).
  const used = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) =>
      (matter(fs.readFileSync(path.join(dir, f), "utf8")).data.exercises as { kind: string }[]).map((e) => ({ file: f, kind: e.kind })),
    );

  it("has an exercise kind in the registry for every exercise in content/stages", () => {
    expect(used.length).toBeGreaterThan(0);
    for (const { file, kind } of used) expect(isExerciseKind(kind), `${file}: kind ${kind}`).toBe(true);
  });

  it("keeps sensitive kinds private: content can't loosen a kind that defaults to private", () => {
    const base = { key: "reflect", title: "Reflect", for: "both", intro: "An intro that is long enough.", prompts: ["What happened?"] };
    for (const kind of ENTRY_KINDS.filter(isExerciseKind)) {
      const loosened = exerciseSchema.safeParse({ ...base, kind, visibility: "partner" });
      expect(loosened.success, kind).toBe(kindOf(kind).defaultVisibility !== "private");
    }
    expect(kindOf("reflection").defaultVisibility).toBe("private");
    expect(kindOf("letter").defaultVisibility).toBe("private");
  });

  it("gives a kind only its author reads no other visibility, and keeps it off its stage's page (issue 23 §3)", () => {
    const onlyMe = ENTRY_KINDS.filter((kind) => kindOf(kind).onlyMe);
    expect(onlyMe).toEqual(["decision-notes"]);
    for (const kind of onlyMe) {
      expect(kindOf(kind).defaultVisibility).toBe("private");
      expect(isExerciseKind(kind)).toBe(false);
      expect(kindOf(kind).tool?.page).toBe("/app/decision");
    }
  });
});
