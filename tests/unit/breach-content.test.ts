import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { exercisesFor, getStage, getStages, parseStageFile } from "@/lib/content/stages";
import { BREACHES, BREACH_GROUPS, BREACH_GROUP_KEYS, inBreachGroup, isAffair } from "@/lib/content/readers";
import { AGREEMENT_TEMPLATES, agreementTemplate } from "@/lib/agreements/templates";
import { proposeAgreementSchema } from "@/lib/validation/agreement";
import { COMMITMENT_STARTERS } from "@/lib/commitments/starters";
import { createCommitmentSchema } from "@/lib/validation/commitment";
import { KINDS } from "@/lib/entries/kinds";

/** A field label that would ask where to send something: the final message must never have one. */
const ADDRESS_LABEL = /\b(e-?mail|address|phone number|recipient|send to)\b/i;

// Issue 20 §2: steps for one kind of breach, shown only to a couple who said it is that kind.

describe("breach groups and onlyFor", () => {
  it("groups only known kinds, and 'rather not say' is in none", () => {
    for (const [group, members] of Object.entries(BREACH_GROUPS)) for (const m of members) expect(BREACHES, group).toContain(m);
    expect(BREACH_GROUPS.affair).toEqual(["affair-physical", "affair-emotional", "affair-online"]);
    for (const group of BREACH_GROUP_KEYS) {
      expect(inBreachGroup("unsaid", group)).toBe(false);
      expect(inBreachGroup(null, group)).toBe(false);
      expect(inBreachGroup(undefined, group)).toBe(false);
    }
    expect(BREACHES.filter(isAffair)).toEqual([...BREACH_GROUPS.affair]);
  });

  it("every onlyFor in content names a group (read from the files, not through the schema)", () => {
    const dir = path.join(process.cwd(), "content", "stages");
    const used = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .flatMap((f) => (matter(fs.readFileSync(path.join(dir, f), "utf8")).data.exercises as { onlyFor?: string }[]).map((e) => e.onlyFor))
      .filter(Boolean);
    expect(used.length).toBeGreaterThan(0);
    for (const group of used) expect(BREACH_GROUP_KEYS as readonly string[]).toContain(group);
  });

  it("the content schema refuses an unknown group, naming the file and field", () => {
    const source = fs.readFileSync(path.join(process.cwd(), "content", "stages", "01-acknowledgment.md"), "utf8");
    expect(() => parseStageFile("01-acknowledgment.md", source.replace("onlyFor: affair", "onlyFor: cheating"))).toThrow(
      /01-acknowledgment\.md: exercises\.\d+\.onlyFor/,
    );
  });

  it("stage 1's affair exercises show only for the three affair kinds", () => {
    const stage = getStage("acknowledgment")!;
    const affairOnly = stage.exercises.filter((e) => e.onlyFor === "affair").map((e) => e.key);
    expect(affairOnly.sort()).toEqual(["final-message", "unavoidable-contact"]);
    for (const breach of [...BREACHES, null, undefined]) {
      const keys = exercisesFor(stage, breach).map((e) => e.key);
      for (const key of affairOnly) expect({ breach, key, shown: keys.includes(key) }).toEqual({ breach, key, shown: isAffair(breach) });
    }
    // Every couple keeps every exercise without onlyFor, on every stage.
    for (const s of getStages())
      expect(exercisesFor(s, "unsaid").map((e) => e.key)).toEqual(s.exercises.filter((e) => !e.onlyFor).map((e) => e.key));
  });

  it("the final message is shared with the partner by default, and its form has no address field", () => {
    const stage = getStage("acknowledgment")!;
    const exercise = stage.exercises.find((e) => e.key === "final-message")!;
    expect(exercise).toMatchObject({ kind: "final-message", for: "involved", visibility: "partner" });
    expect(KINDS["final-message"].defaultVisibility).toBe("partner");
    expect(KINDS["final-message"].note).toMatch(/Mend never sends/);
    const fields = KINDS["final-message"].fields(exercise);
    for (const f of fields) expect(f.name).toMatch(/^answer-\d$/);
    for (const f of fields) expect(ADDRESS_LABEL.test(f.label), f.label).toBe(false);
  });
});

describe("starters and templates", () => {
  it("each commitment starter is a commitment the ordinary form would accept", () => {
    for (const [key, s] of Object.entries(COMMITMENT_STARTERS))
      expect(createCommitmentSchema.safeParse({ what: s.what, cadence: s.cadence, timeZone: "UTC" }).success, key).toBe(true);
  });

  it("each agreement template is a valid proposal (transparency needs a scope and a review date)", () => {
    for (const [key, t] of Object.entries(AGREEMENT_TEMPLATES)) {
      const parsed = proposeAgreementSchema.safeParse({
        title: t.title,
        text: t.text,
        category: t.category,
        scope: t.scope,
        reviewAt: "2027-03-01",
      });
      expect(parsed.error?.issues ?? [], key).toEqual([]);
      expect(t.note, key).toMatch(/not (coercive|financial) control/);
    }
  });

  it("an unknown or malformed template key is ignored", () => {
    expect(agreementTemplate("transparency")?.key).toBe("transparency");
    expect(agreementTemplate("hidden-money")?.key).toBe("hidden-money");
    for (const bad of [undefined, "", "TRANSPARENCY", "toString", "__proto__", ["transparency"], 1])
      expect(agreementTemplate(bad)).toBeNull();
  });
});
