import { describe, expect, it } from "vitest";
import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/server/auth/options";
import { attachedCaller, callerRow } from "@/lib/server/auth/caller";
import { dismissSignInNotices, startSession } from "@/lib/server/auth/sessions";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { env } from "@/lib/server/env";
import { setOnboardingStep } from "@/lib/server/onboarding/state";
import { db, makeCouple, makeUser } from "./factories";

// Who is asking, in one statement per request (issue 26): the session check and what every page then
// asks about the caller (lib/server/auth/caller.ts), SQL of our own run alike on SQLite and PostgreSQL
// (this file runs on both). Each case compares it with the same reads through Prisma's typed client.

async function throughPrisma(userId: string, sessionId: string) {
  const [user, session, membership, prefs] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true, sessionVersion: true } }),
    db.userSession.findFirst({ where: { id: sessionId, userId }, select: { lastSeenAt: true, noticesSeenAt: true } }),
    db.membership.findUnique({
      where: { userId },
      select: { coupleId: true, side: true, sharedSince: true, onboarding: true, seenAt: true, lastVisitEndedAt: true },
    }),
    db.checkInPrefs.findUnique({ where: { userId }, select: { timeZone: true } }),
  ]);
  if (!user || !session) return null;
  const newSignIns = await db.userSession.count({ where: { userId, id: { not: sessionId }, createdAt: { gt: session.noticesSeenAt } } });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    sessionVersion: user.sessionVersion,
    ...session,
    newSignIns,
    membership,
    timeZone: prefs?.timeZone ?? null,
  };
}

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 9, minutes, 30, 250));
const sessionCallback = authOptions.callbacks!.session! as (params: { session: Session; token: JWT }) => Promise<Session>;

describe("who is asking, in one statement", () => {
  it("reads an account in no couple, with no check-in settings and no other sign-in", async () => {
    const user = await makeUser("Ines");
    const sid = await startSession(user.userId, null, at(0));
    const caller = await callerRow(user.userId, sid);
    expect(caller).toEqual(await throughPrisma(user.userId, sid));
    expect(caller).toMatchObject({ name: "Ines", membership: null, timeZone: null, newSignIns: 0 });
    expect(caller!.noticesSeenAt).toEqual(at(0));
  });

  it("reads a partner's membership, time zone and the sign-ins made since this one last looked", async () => {
    const { a } = await makeCouple(["Teo", "Mara"]);
    const laptop = await startSession(a.userId, null, at(0));
    await startSession(a.userId, null, at(5));
    await startSession(a.userId, null, at(9));
    await updateCheckInPrefs(a, { timeZone: "Asia/Kolkata", scoresPrivate: false, reminderEmail: false, reminderHour: 20 });
    expect((await setOnboardingStep(a, "done")).ok).toBe(true);
    const caller = await callerRow(a.userId, laptop);
    expect(caller).toEqual(await throughPrisma(a.userId, laptop));
    expect(caller).toMatchObject({ timeZone: "Asia/Kolkata", newSignIns: 2, membership: { coupleId: a.coupleId, side: "involved" } });
    // Dismissed from this sign-in: none are new to it any more; a later one is.
    await dismissSignInNotices({ ...a, sessionId: laptop }, at(10));
    expect((await callerRow(a.userId, laptop))!.newSignIns).toBe(0);
    await startSession(a.userId, null, at(11));
    expect(await callerRow(a.userId, laptop)).toEqual(await throughPrisma(a.userId, laptop));
    expect((await callerRow(a.userId, laptop))!.newSignIns).toBe(1);
  });

  it("is nothing for a sign-in that ended, or one that is another person's", async () => {
    const noor = await makeUser("Noor");
    const lior = await makeUser("Lior");
    const hers = await startSession(noor.userId, null, at(0));
    expect(await callerRow(lior.userId, hers)).toBeNull();
    await db.userSession.deleteMany({ where: { id: hers } });
    expect(await callerRow(noor.userId, hers)).toBeNull();
  });

  it("the session check hands the row on with the session, never to the browser", async () => {
    const { a } = await makeCouple(["Ada", "Lin"]);
    const sid = await startSession(a.userId, null);
    const { sessionVersion } = (await db.user.findUniqueOrThrow({ where: { id: a.userId }, select: { sessionVersion: true } }))!;
    const check = (token: JWT) =>
      sessionCallback({ session: { user: { id: "", name: "", email: "" }, sv: 0, sid: "", expires: "" }, token });

    const session = await check({ uid: a.userId, sv: sessionVersion, sid });
    expect(session.user.id).toBe(a.userId);
    expect(attachedCaller(session)).toMatchObject({ userId: a.userId, membership: { coupleId: a.coupleId } });
    // /api/auth/session answers with JSON: the row is not in it.
    expect(JSON.parse(JSON.stringify(session))).toEqual({
      user: { id: a.userId, name: "Ada", email: a.email },
      sv: sessionVersion,
      sid,
      expires: "",
    });

    // Idle for longer than MEND_IDLE_DAYS: refused, and the sign-in's row ends with it.
    const idle = await startSession(a.userId, null);
    await db.userSession.updateMany({
      where: { id: idle },
      data: { lastSeenAt: new Date(Date.now() - (env().idleDays + 1) * 86_400_000) },
    });
    const refusedIdle = await check({ uid: a.userId, sv: sessionVersion, sid: idle });
    expect(refusedIdle.user.id).toBe("");
    expect(attachedCaller(refusedIdle)).toBeUndefined();
    expect(await db.userSession.count({ where: { id: idle } })).toBe(0);

    // A revoked session version or an ended sign-in: no user, and no row either.
    for (const token of [
      { uid: a.userId, sv: sessionVersion + 1, sid },
      { uid: a.userId, sv: sessionVersion, sid: "gone" },
      { uid: a.userId, sv: sessionVersion },
    ]) {
      const refused = await check(token);
      expect(refused.user.id).toBe("");
      expect(attachedCaller(refused)).toBeUndefined();
    }
  });
});
