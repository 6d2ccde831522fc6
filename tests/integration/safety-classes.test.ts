import { beforeEach, describe, expect, it, vi } from "vitest";
import * as safetyActions from "@/app/(app)/app/safety/actions";
import { jointPaused, myPause, safetyCheckStatus } from "@/lib/server/safety/read";
import { takeSafetyCheck } from "@/lib/server/safety/write";
import { SAFETY_ALL_NO, type SafetyAnswers } from "@/lib/validation/safety";
import { db, makeCouple } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// Issue 20: the safety check tells checking from control. Each answer has a class in
// content/safety/check.md (red flag, signal, nothing); the server decides it from the answers.

beforeEach(() => signInAs(null));

const answers = (changes: Partial<SafetyAnswers>): SafetyAnswers => ({ ...SAFETY_ALL_NO, ...changes });
const checks = (userId: string) => db.safetyCheck.count({ where: { userId } });

describe("issue 20: checking after discovery is not control", () => {
  it("a partner who says their partner checks their phone since the discovery does not pause joint work", async () => {
    const { a } = await makeCouple();
    const result = await takeSafetyCheck(a, answers({ checks: "unagreed" }));
    expect(await jointPaused(a)).toBe(false);
    // A signal: guidance towards a transparency agreement and a talk, and the check is saved.
    expect(result).toEqual({ ok: true, data: { saved: true, paused: false, crisis: false, guidance: ["checking"] } });
    const status = await safetyCheckStatus(a);
    expect(status.due).toBe(false);
    expect(status.latest?.outcome.guidance.map((g) => g.links.map((l) => l.href))).toEqual([["/app/agreements", "/app/talks"]]);
  });

  it("nothing: agreed openness, or no to everything, saves the check and changes nothing", async () => {
    const { a } = await makeCouple();
    for (const set of [SAFETY_ALL_NO, answers({ checks: "agreed" })]) {
      expect(await takeSafetyCheck(a, set)).toEqual({ ok: true, data: { saved: true, paused: false, crisis: false, guidance: [] } });
    }
    expect(await jointPaused(a)).toBe(false);
    expect(await checks(a.userId)).toBe(2);
  });

  it("signals about control and isolation show guidance without pausing; control with a yes is a red flag", async () => {
    const { a } = await makeCouple();
    const signal = await takeSafetyCheck(a, answers({ controlled: "sometimes", isolated: "yes", checks: "unagreed" }));
    expect(signal).toMatchObject({ ok: true, data: { saved: true, paused: false, guidance: ["isolation", "checking", "control"] } });
    expect(await jointPaused(a)).toBe(false);
    const red = await takeSafetyCheck(a, answers({ controlled: "yes" }));
    expect(red).toEqual({ ok: true, data: { saved: false, crisis: false } });
    expect(await jointPaused(a)).toBe(false);
  });

  it("every red flag (fear, violence, forced sex, threats, self-harm) pauses joint work once the person chooses to", async () => {
    const reds: Partial<SafetyAnswers>[] = [
      { afraid: "yes" },
      { afraid: "sometimes" },
      { hurt: "sometimes" },
      { forced: "yes" },
      { threatened: "sometimes" },
      { "self-harm": "sometimes" },
    ];
    for (const red of reds) {
      const { a, b } = await makeCouple();
      const result = await takeSafetyCheck(a, answers(red), { confirmPause: true });
      expect(result, JSON.stringify(red)).toMatchObject({ ok: true, data: { saved: true, paused: true } });
      expect(await jointPaused(b), JSON.stringify(red)).toBe(true);
      expect(await myPause(a)).toMatchObject({ reason: "safety" });
      expect(await myPause(b)).toBeNull();
    }
  });

  it("a risk of self-harm flags crisis lines, before the choice and after it", async () => {
    const { a } = await makeCouple();
    expect(await takeSafetyCheck(a, answers({ "self-harm": "yes" }))).toEqual({ ok: true, data: { saved: false, crisis: true } });
    expect(await takeSafetyCheck(a, answers({ "self-harm": "yes" }), { confirmPause: true })).toEqual({
      ok: true,
      data: { saved: true, paused: true, crisis: true, guidance: [] },
    });
    expect((await safetyCheckStatus(a)).latest?.outcome.crisis).toBe(true);
    // Fear alone pauses without crisis lines.
    expect((await takeSafetyCheck(a, answers({ afraid: "yes" }), { confirmPause: true })).ok).toBe(true);
    expect((await safetyCheckStatus(a)).latest?.outcome.crisis).toBe(false);
  });

  it("'read the resources first' saves nothing and pauses nothing; 'pause now' pauses (through the form's action)", async () => {
    const { a, b } = await makeCouple();
    signInAs(a);
    const fields = { ...answers({ afraid: "yes" }) };
    // The first save of red-flag answers only asks for the choice: the resources link saves nothing.
    expect(await safetyActions.takeSafetyCheckAction(null, form(fields))).toEqual({ ok: true, data: { saved: false, crisis: false } });
    expect(await checks(a.userId)).toBe(0);
    expect(await jointPaused(b)).toBe(false);
    expect(await db.auditEvent.count({ where: { coupleId: a.coupleId, action: "joint.paused" } })).toBe(0);
    // A client can't skip the warning by saying something else, only choose to pause.
    expect(await safetyActions.takeSafetyCheckAction(null, form({ ...fields, intent: "later" }))).toMatchObject({ ok: false });
    expect(await checks(a.userId)).toBe(0);
    const paused = await safetyActions.takeSafetyCheckAction(null, form({ ...fields, intent: "pause" }));
    expect(paused).toMatchObject({ ok: true, data: { saved: true, paused: true } });
    expect(await jointPaused(b)).toBe(true);
  });

  it("choosing to pause with answers that carry no red flag pauses nothing: the server decides, not the form", async () => {
    const { a, b } = await makeCouple();
    signInAs(a);
    const result = await safetyActions.takeSafetyCheckAction(null, form({ ...answers({ checks: "unagreed" }), intent: "pause" }));
    expect(result).toMatchObject({ ok: true, data: { saved: true, paused: false, guidance: ["checking"] } });
    expect(await jointPaused(b)).toBe(false);
  });

  it("an answer the question doesn't offer is refused with a field error and stores nothing", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    const result = await safetyActions.takeSafetyCheckAction(null, form({ ...SAFETY_ALL_NO, checks: "sometimes", afraid: "agreed" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { checks: ["Choose an answer to this question."], afraid: ["Choose an answer to this question."] },
    });
    expect(await checks(a.userId)).toBe(0);
  });
});
