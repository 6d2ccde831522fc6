import { beforeEach, describe, expect, it, vi } from "vitest";
import * as settingsActions from "@/app/(app)/app/settings/actions";
import * as welcomeActions from "@/app/(app)/app/welcome/actions";
import { requirePartner, type PartnerContext, type UserContext } from "@/lib/server/access";
import { startSession } from "@/lib/server/auth/sessions";
import { BREACH_SET, getBreach, getCouple, setBreach } from "@/lib/server/couples/couple";
import { acceptInvite } from "@/lib/server/couples/invites";
import { leaveCouple } from "@/lib/server/departure/leave";
import { EXPORT_SECTIONS } from "@/lib/server/export/sections";
import { partnerFeed } from "@/lib/server/partner-feed";
import { db, invite, makeCouple, makeUser, therapistFor } from "./factories";
import { form, redirectOf, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Issue 20 §1: the workspace records what happened; either partner sets it, both see it.

async function signedIn(user: Pick<UserContext, "userId" | "name" | "email">): Promise<PartnerContext> {
  signInAs({ ...user, sessionId: await startSession(user.userId, null) });
  return requirePartner();
}

const stored = async (coupleId: string) =>
  (await db.couple.findUniqueOrThrow({ where: { id: coupleId }, select: { breach: true } })).breach;

describe("the kind of breach", () => {
  it("starts unset; either partner sets, changes or clears it through the action, and both read the same value", async () => {
    const { coupleId, a, b } = await makeCouple();
    expect(await getBreach(a)).toBeNull();
    expect((await getCouple(b)).breach).toBeNull();

    await signedIn(a);
    expect(await settingsActions.setBreachAction(null, form({ breach: "affair-emotional" }))).toEqual({ ok: true, data: undefined });
    expect(await getBreach(b)).toBe("affair-emotional");
    expect((await getCouple(b)).breach).toBe("affair-emotional");

    await signedIn(b);
    expect(await settingsActions.setBreachAction(null, form({ breach: "money" }))).toEqual({ ok: true, data: undefined });
    expect((await getCouple(a)).breach).toBe("money");

    expect(await settingsActions.setBreachAction(null, form({ breach: "" }))).toEqual({ ok: true, data: undefined });
    expect(await stored(coupleId)).toBeNull();
    expect(await getBreach(a)).toBeNull();
  });

  it("refuses a value it doesn't know with a field error, and changes nothing", async () => {
    const { coupleId, a } = await makeCouple();
    await setBreach(a, "lies");
    await signedIn(a);
    for (const bad of ["affair", "AFFAIR-PHYSICAL", "money ", "null"]) {
      const res = await settingsActions.setBreachAction(null, form({ breach: bad }));
      expect(res, bad).toMatchObject({ ok: false, fieldErrors: { breach: [expect.any(String)] } });
    }
    expect(await settingsActions.setBreachAction(null, form({}))).toMatchObject({
      ok: false,
      fieldErrors: { breach: [expect.any(String)] },
    });
    expect(await stored(coupleId)).toBe("lies");
  });

  it("is scoped to the caller's couple: another couple's partner changes only their own, a therapist link nothing", async () => {
    const one = await makeCouple();
    const two = await makeCouple(["Cory", "Dana"]);
    await setBreach(one.a, "affair-physical");
    await signedIn(two.a);
    expect(await settingsActions.setBreachAction(null, form({ breach: "money" }))).toEqual({ ok: true, data: undefined });
    expect(await stored(two.coupleId)).toBe("money");
    expect(await stored(one.coupleId)).toBe("affair-physical");
    // A context pointed at another couple (a forged id) finds no membership and writes nothing.
    expect(await setBreach({ ...two.a, coupleId: one.coupleId }, "lies")).toMatchObject({ ok: false });
    expect(await stored(one.coupleId)).toBe("affair-physical");

    const therapist = await therapistFor(one.a, ["progress"]);
    await expect(setBreach(therapist, "lies")).rejects.toThrow();
    expect(await stored(one.coupleId)).toBe("affair-physical");
  });

  it("can be chosen in onboarding, and skipped there", async () => {
    const u = await makeUser("Robin");
    signInAs({ ...u, sessionId: await startSession(u.userId, null) });
    expect(
      await redirectOf(welcomeActions.createCoupleAction(null, form({ name: "Robin & Lee", side: "hurt", breach: "affair-online" }))),
    ).toMatch(/^\/app\/start$/);
    expect((await getCouple(await requirePartner())).breach).toBe("affair-online");

    const v = await makeUser("Lee");
    signInAs({ ...v, sessionId: await startSession(v.userId, null) });
    expect(await redirectOf(welcomeActions.createCoupleAction(null, form({ name: "Lee", side: "unsaid" })))).toMatch(/^\/app\/start$/);
    expect((await getCouple(await requirePartner())).breach).toBeNull();

    const w = await makeUser("Wren");
    signInAs({ ...w, sessionId: await startSession(w.userId, null) });
    expect(await welcomeActions.createCoupleAction(null, form({ name: "Wren", side: "unsaid", breach: "cheating" }))).toMatchObject({
      ok: false,
      fieldErrors: { breach: [expect.any(String)] },
    });
    expect(await db.membership.count({ where: { userId: w.userId } })).toBe(0);
  });

  it("shows in the partner's feed as a neutral line that names neither the kind nor a judgement", async () => {
    const { a, b } = await makeCouple();
    await setBreach(a, "affair-physical");
    const feed = await partnerFeed(b);
    expect(feed.filter((i) => i.type === "breach")).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { coupleId: a.coupleId, action: BREACH_SET } });
    expect(events.map((e) => e.subject)).toEqual([""]);
    // Saving the same value again adds no line.
    await setBreach(b, "affair-physical");
    expect(await db.auditEvent.count({ where: { coupleId: a.coupleId, action: BREACH_SET } })).toBe(1);
  });

  it("is in the export", async () => {
    const { a } = await makeCouple();
    await setBreach(a, "money");
    const section = EXPORT_SECTIONS.find((s) => s.key === "couple")!;
    expect(await section.read(a)).toMatchObject({ breach: "money" });
  });

  it("is cleared when a partner leaves, so a new partner starts without it (decision 011)", async () => {
    const { coupleId, a, b } = await makeCouple(["Parker", "Quinn"]);
    await setBreach(a, "affair-physical");
    await signedIn(b);
    expect(await leaveCouple(await requirePartner(), { shared: "keep" })).toMatchObject({ ok: true });
    expect(await stored(coupleId)).toBeNull();

    const { token } = await invite(a);
    const r = await makeUser("Riley");
    expect((await acceptInvite(r, token)).ok).toBe(true);
    const rCtx = await signedIn(r);
    expect((await getCouple(rCtx)).breach).toBeNull();
    expect((await getCouple(a)).breach).toBeNull();
  });
});
