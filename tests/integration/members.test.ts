import { describe, expect, it } from "vitest";
import { coupleMembers, couplePaused, coupleRow } from "@/lib/server/couples/members";
import { pauseJointWork } from "@/lib/server/safety/write";
import { createCouple } from "@/lib/server/couples/couple";
import { leaveCouple } from "@/lib/server/departure/leave";
import { acceptInvite } from "@/lib/server/couples/invites";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { db, invite, makeCouple, makeUser, partnerOf, takeSafetyChecks } from "./factories";

// The couple's members are one SQL statement with their names and check-in settings (issue 26),
// run alike on SQLite and PostgreSQL (this file runs on both). Each case compares it with the same
// read through Prisma's typed client, so a date, a boolean or a seat can't come back in another shape.

async function throughPrisma(coupleId: string) {
  const rows = await db.membership.findMany({
    where: { coupleId },
    select: {
      userId: true,
      side: true,
      seat: true,
      joinedAt: true,
      sharedSince: true,
      user: { select: { name: true, checkInPrefs: { select: { timeZone: true, scoresPrivate: true } } } },
    },
    orderBy: { seat: "asc" },
  });
  return rows.map((r) => ({
    userId: r.userId,
    name: r.user.name,
    side: r.side,
    seat: r.seat,
    joinedAt: r.joinedAt,
    sharedSince: r.sharedSince,
    prefs: r.user.checkInPrefs,
  }));
}

describe("the couple's members, in one statement", () => {
  it("reads a workspace of one, with no check-in settings yet", async () => {
    const alex = await makeUser("Alex");
    const created = await createCouple(alex, { name: "Alone for now", side: "hurt" });
    if (!created.ok) throw new Error("setup");
    const members = await coupleMembers({ coupleId: created.coupleId });
    expect(members).toEqual(await throughPrisma(created.coupleId));
    expect(members).toEqual([expect.objectContaining({ name: "Alex", side: "hurt", seat: 1, sharedSince: null, prefs: null })]);
    expect(members[0]!.joinedAt).toBeInstanceOf(Date);
  });

  it("reads both partners in seat order, each with their own settings, scores private or not", async () => {
    const { coupleId, a, b } = await makeCouple(["Robin", "Kai"]);
    await updateCheckInPrefs(a, { timeZone: "Pacific/Auckland", scoresPrivate: true, reminderEmail: false, reminderHour: 19 });
    await updateCheckInPrefs(b, { timeZone: "America/New_York", scoresPrivate: false, reminderEmail: false, reminderHour: 19 });
    const members = await coupleMembers({ coupleId });
    expect(members).toEqual(await throughPrisma(coupleId));
    expect(members.map((m) => [m.name, m.seat, m.prefs])).toEqual([
      ["Robin", 1, { timeZone: "Pacific/Auckland", scoresPrivate: true }],
      ["Kai", 2, { timeZone: "America/New_York", scoresPrivate: false }],
    ]);
  });

  it("reads a partner who joined after someone left, with the moment they may read from", async () => {
    const { coupleId, a, b } = await makeCouple(["Parker", "Quinn"]);
    const left = await leaveCouple(b, { shared: "keep" });
    if (!left.ok) throw new Error("setup");
    const { token } = await invite(a);
    const riley = await makeUser("Riley");
    expect((await acceptInvite(riley, token)).ok).toBe(true);
    const members = await coupleMembers(partnerOf(riley, coupleId));
    expect(members).toEqual(await throughPrisma(coupleId));
    const joined = members.find((m) => m.name === "Riley")!;
    expect(joined.sharedSince).toBeInstanceOf(Date);
    expect(joined.seat).toBe(2);
    // Another couple's members are never in it.
    expect(members.map((m) => m.name).sort()).toEqual(["Parker", "Riley"]);
  });

  it("reads the couple's own row and whether joint work is paused in the same statement", async () => {
    const { coupleId, a, b } = await makeCouple(["Sol", "Ren"]);
    const prismaRow = () =>
      db.couple.findUnique({
        where: { id: coupleId },
        select: { id: true, name: true, createdAt: true, breach: true, maintenanceSince: true, dailyRemindersUntil: true },
      });
    expect(await coupleRow({ coupleId })).toEqual(await prismaRow());
    await db.couple.update({
      where: { id: coupleId },
      data: { breach: "affair", maintenanceSince: new Date(), dailyRemindersUntil: new Date() },
    });
    expect(await coupleRow({ coupleId })).toEqual(await prismaRow());
    expect(await couplePaused({ coupleId })).toBe(false);
    await takeSafetyChecks(a, b);
    expect((await pauseJointWork(b)).ok).toBe(true);
    expect(await couplePaused({ coupleId })).toBe(true);
    // Another couple's pause is not this one's.
    const other = await makeCouple(["Uma", "Vik"]);
    expect(await couplePaused({ coupleId: other.coupleId })).toBe(false);
    expect(await coupleRow({ coupleId: "no-such-couple" })).toBeNull();
    expect(await coupleMembers({ coupleId: "no-such-couple" })).toEqual([]);
  });
});
