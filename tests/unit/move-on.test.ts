import { describe, expect, it } from "vitest";
import { SIDES, type Side } from "@/lib/validation/couple";
import { JOINT_STAGE_COUNT, MOVE_ON_SLUG, isJointStage, mayHoldMoveOn } from "@/lib/journey/move-on";
import { STAGE_SLUGS, getStage } from "@/lib/content/stages";

// Issue 20 §4: stage 8's "choice to move on" belongs to the partner who was hurt.
describe("who may hold the choice to move on", () => {
  it("lets a hurt partner, or one on both sides, hold it whatever the other said", () => {
    for (const other of [...SIDES, null] as (Side | null)[]) {
      expect(mayHoldMoveOn("hurt", other)).toBe(true);
      expect(mayHoldMoveOn("both", other)).toBe(true);
    }
  });

  it("never lets the partner who broke trust hold it", () => {
    for (const other of [...SIDES, null] as (Side | null)[]) expect(mayHoldMoveOn("involved", other)).toBe(false);
  });

  it("lets a partner who'd rather not say hold it unless the other partner said they were hurt", () => {
    expect(mayHoldMoveOn("unsaid", "hurt")).toBe(false);
    expect(mayHoldMoveOn("unsaid", "involved")).toBe(true);
    expect(mayHoldMoveOn("unsaid", "unsaid")).toBe(true);
    expect(mayHoldMoveOn("unsaid", "both")).toBe(true);
    // Alone in the workspace (no partner yet, or the partner left): nobody else on the hurt side.
    expect(mayHoldMoveOn("unsaid", null)).toBe(true);
  });

  it("always leaves someone able to decide when anyone in the couple could be the hurt one", () => {
    for (const x of SIDES)
      for (const y of SIDES) {
        const someoneMayBeHurt = x !== "involved" || y !== "involved";
        expect(mayHoldMoveOn(x, y) || mayHoldMoveOn(y, x)).toBe(someoneMayBeHurt);
      }
  });
});

describe("which stages are joint", () => {
  it("is every stage but forgiveness, which is nobody's joint work", () => {
    expect(MOVE_ON_SLUG).toBe("forgiveness");
    expect(STAGE_SLUGS.filter((s) => !isJointStage(s))).toEqual(["forgiveness"]);
    expect(JOINT_STAGE_COUNT).toBe(STAGE_SLUGS.filter(isJointStage).length);
  });
});

describe("stage 8's words", () => {
  const stage = getStage(MOVE_ON_SLUG)!;

  it("gives the partner who broke trust a plan for earning trust, backed by commitments", () => {
    const earning = stage.exercises.find((e) => e.key === "earning-trust");
    expect(earning).toMatchObject({ for: "involved" });
    expect(stage.tools).toContain("commitments");
  });

  it("never tells the hurt partner to forgive, or when", () => {
    const text = [stage.purpose, stage.markdown, ...stage.exercises.flatMap((e) => [e.intro, ...e.prompts])].join("\n");
    for (const push of [
      /should forgive/i,
      /need to forgive/i,
      /time to forgive/i,
      /ready to forgive yet/i,
      /\bwait(ing)? well\b/i,
      /lets you move forward/i,
    ])
      expect(text).not.toMatch(push);
  });
});
