import { beforeEach, describe, expect, it, vi } from "vitest";
import * as startActions from "@/app/(app)/app/start/actions";
import * as welcomeActions from "@/app/(app)/app/welcome/actions";
import * as inviteActions from "@/app/(auth)/invite/[token]/actions";
import { requirePartner, type PartnerContext, type UserContext } from "@/lib/server/access";
import { startSession } from "@/lib/server/auth/sessions";
import { onboardingOf, setOnboardingStep } from "@/lib/server/onboarding/state";
import { db, invite, makeCouple, makeUser } from "./factories";
import { form, redirectOf, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 22 §2: setting up is stored per membership, so it resumes where the partner left it.

async function signedIn(user: Pick<UserContext, "userId" | "name" | "email">): Promise<PartnerContext> {
  signInAs({ ...user, sessionId: await startSession(user.userId, null) });
  return requirePartner();
}

const stored = async (userId: string) =>
  (await db.membership.findUniqueOrThrow({ where: { userId }, select: { onboarding: true } })).onboarding;

describe("setting up", () => {
  it("starts at what to expect for the partner who creates the workspace, and the shorter flow for the one who joins", async () => {
    const alex = await makeUser("Alex");
    signInAs({ ...alex, sessionId: await startSession(alex.userId, null) });
    expect(await redirectOf(welcomeActions.createCoupleAction(null, form({ name: "Alex & Sam", side: "hurt" })))).toBe("/app/start");
    const a = await requirePartner();
    expect(await onboardingOf(a)).toEqual({ done: false, flow: "create", step: "expect", index: 0, total: 5 });

    const { token } = await invite(a);
    const sam = await makeUser("Sam");
    signInAs({ ...sam, sessionId: await startSession(sam.userId, null) });
    expect(await redirectOf(inviteActions.acceptInviteAction(null, form({ token })))).toBe("/app/start");
    const b = await requirePartner();
    expect(await onboardingOf(b)).toEqual({ done: false, flow: "join", step: "expect", index: 0, total: 4 });
  });

  it("moves through the action and reads back the same step later; finishing is final", async () => {
    const { a } = await makeCouple();
    await signedIn(a);
    expect(await startActions.setOnboardingStepAction(null, form({ step: "safety" }))).toEqual({ ok: true, data: undefined });
    expect(await stored(a.userId)).toBe("create.safety");
    // Coming back later (a new render, a new request) opens the same step.
    expect(await onboardingOf(a)).toMatchObject({ done: false, step: "safety", index: 2, total: 5 });

    expect(await startActions.setOnboardingStepAction(null, form({ step: "done" }))).toEqual({ ok: true, data: undefined });
    expect(await onboardingOf(a)).toEqual({ done: true });
    expect(await startActions.setOnboardingStepAction(null, form({ step: "about" }))).toMatchObject({
      ok: false,
      formError: expect.any(String),
    });
    expect(await stored(a.userId)).toBe("done");
    // Finishing again (the dashboard card's "Hide this" in a second tab) is harmless.
    expect(await startActions.setOnboardingStepAction(null, form({ step: "done" }))).toEqual({ ok: true, data: undefined });
  });

  it("answers bad input with a field error and stores nothing", async () => {
    const { a, b } = await makeCouple();
    await signedIn(a);
    for (const step of ["", "nowhere", "create.safety", "DONE"]) {
      const result = await startActions.setOnboardingStepAction(null, form({ step }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { step: [expect.any(String)] } });
    }
    expect(await stored(a.userId)).toBe("create.expect");

    // The invite step is not part of the joining partner's flow.
    await signedIn(b);
    expect(await startActions.setOnboardingStepAction(null, form({ step: "invite" }))).toMatchObject({
      ok: false,
      fieldErrors: { step: ["That step isn't part of your setting up."] },
    });
    expect(await stored(b.userId)).toBe("join.expect");
  });

  it("moves only the caller's own place: the partner's and another couple's stay where they are", async () => {
    const one = await makeCouple(["Alex", "Sam"]);
    const two = await makeCouple(["Cory", "Dee"]);
    await signedIn(one.a);
    expect(await startActions.setOnboardingStepAction(null, form({ step: "check-in" }))).toEqual({ ok: true, data: undefined });
    expect(await stored(one.a.userId)).toBe("create.check-in");
    expect(await stored(one.b.userId)).toBe("join.expect");
    expect(await stored(two.a.userId)).toBe("create.expect");
    expect(await stored(two.b.userId)).toBe("join.expect");

    // A context naming another couple (a stale or forged one) changes nothing anywhere.
    const crossed: PartnerContext = { ...one.a, coupleId: two.coupleId };
    expect(await setOnboardingStep(crossed, "done")).toMatchObject({ ok: false, formError: expect.any(String) });
    expect(await onboardingOf(crossed)).toEqual({ done: true });
    expect(await stored(one.a.userId)).toBe("create.check-in");
    expect(await stored(two.a.userId)).toBe("create.expect");
  });

  it("is refused to someone signed out, and sends someone without a workspace to make one", async () => {
    expect(await redirectOf(startActions.setOnboardingStepAction(null, form({ step: "done" })))).toMatch(/^\/signin/);
    const loner = await makeUser("Lone");
    signInAs({ ...loner, sessionId: await startSession(loner.userId, null) });
    expect(await redirectOf(startActions.setOnboardingStepAction(null, form({ step: "done" })))).toBe("/app/welcome");
  });

  it("reads a value Mend doesn't know as finished, so nobody is stuck in a flow", async () => {
    const { a } = await makeCouple();
    await db.membership.update({ where: { userId: a.userId }, data: { onboarding: "create.someday" } });
    expect(await onboardingOf(a)).toEqual({ done: true });
  });
});
