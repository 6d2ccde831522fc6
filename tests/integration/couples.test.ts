import { describe, expect, it } from "vitest";
import { createCouple, getCouple } from "@/lib/server/couples/couple";
import { acceptInvite, issueInvite, lookupInvite, openInvite, revokeInvites } from "@/lib/server/couples/invites";
import { hashToken } from "@/lib/server/tokens";
import { db, invite, makeCouple, makeUser, partnerOf } from "./factories";

async function soloCouple(name = "Alex") {
  const user = await makeUser(name);
  const res = await createCouple(user, { name: `${name}'s space`, side: "hurt" });
  if (!res.ok) throw new Error("setup");
  return partnerOf(user, res.coupleId, "hurt");
}

describe("couple workspace and invites", () => {
  it("creates a workspace with its creator as the first partner", async () => {
    const a = await soloCouple();
    const couple = await getCouple(a);
    expect(couple.members).toHaveLength(1);
    expect(couple.me).toMatchObject({ userId: a.userId, side: "hurt", isMe: true });
    expect(couple.partner).toBeNull();
  });

  it("stores only a hash of the 256-bit invite token", async () => {
    const a = await soloCouple();
    const { token } = await invite(a);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await db.invite.findMany({ where: { coupleId: a.coupleId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("lets the second partner join once, and then the link is spent", async () => {
    const a = await soloCouple();
    const { token } = await invite(a);
    expect(await lookupInvite(token)).toMatchObject({ status: "open", invitedBy: "Alex" });
    const b = await makeUser("Sam");
    expect(await acceptInvite(b, token)).toEqual({ ok: true, coupleId: a.coupleId });
    const couple = await getCouple(a);
    expect(couple.partner?.name).toBe("Sam");
    const c = await makeUser("Third");
    expect(await acceptInvite(c, token)).toEqual({ ok: false, reason: "full" });
    expect(await lookupInvite(token)).toEqual({ status: "full" });
    expect(await db.membership.count({ where: { coupleId: a.coupleId } })).toBe(2);
  });

  it("issues no new invite once both partners have joined", async () => {
    const { a } = await makeCouple();
    expect(await issueInvite(a)).toBeNull();
    expect(await db.invite.count({ where: { coupleId: a.coupleId, usedAt: null } })).toBe(0);
  });

  it("revokes the old link when a new one is issued", async () => {
    const a = await soloCouple();
    const first = await invite(a);
    const second = await invite(a);
    expect(await lookupInvite(first.token)).toEqual({ status: "invalid" });
    const b = await makeUser("Sam");
    expect(await acceptInvite(b, first.token)).toEqual({ ok: false, reason: "invalid" });
    expect((await acceptInvite(b, second.token)).ok).toBe(true);
  });

  it("refuses a revoked or expired link", async () => {
    const a = await soloCouple();
    const { token } = await invite(a);
    await revokeInvites(a);
    expect(await openInvite(a)).toBeNull();
    expect(await lookupInvite(token)).toEqual({ status: "invalid" });

    const again = await invite(a);
    await db.invite.updateMany({ where: { tokenHash: hashToken(again.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const b = await makeUser("Sam");
    expect(await acceptInvite(b, again.token)).toEqual({ ok: false, reason: "invalid" });
  });

  it("expires invites after 7 days", async () => {
    const a = await soloCouple();
    const { expiresAt } = await invite(a);
    const days = (expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  it("keeps a person in at most one couple", async () => {
    const a = await soloCouple("Alex");
    const other = await soloCouple("Jo");
    const { token } = await invite(a);
    expect(await acceptInvite(other, token)).toEqual({ ok: false, reason: "already-in-couple" });
    expect(await createCouple(other, { name: "Another", side: "unsaid" })).toEqual({ ok: false, reason: "already-in-couple" });
  });

  it("treats junk tokens as invalid without touching the database", async () => {
    const b = await makeUser("Sam");
    for (const junk of ["", "short", "../../etc/passwd", "x".repeat(10_000), "é".repeat(43)]) {
      expect(await lookupInvite(junk)).toEqual({ status: "invalid" });
      expect(await acceptInvite(b, junk)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("lets exactly one of several people who accept the same link at once join", async () => {
    const a = await soloCouple("Alex");
    const { token } = await invite(a);
    const people = await Promise.all(["Sam", "Kim", "Lee"].map((name) => makeUser(name)));
    const results = await Promise.all(people.map((p) => acceptInvite(p, token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: "full" },
      { ok: false, reason: "full" },
    ]);
    expect(await db.membership.count({ where: { coupleId: a.coupleId } })).toBe(2);
  });

  it("never lets a couple have a third member, even through two open links at once", async () => {
    const a = await soloCouple("Alex");
    const first = await invite(a);
    // A second open link (as a race between two "invite" clicks could leave behind).
    const second = await invite(a);
    await db.invite.updateMany({ where: { coupleId: a.coupleId }, data: { revokedAt: null } });
    const [sam, kim] = await Promise.all([makeUser("Sam"), makeUser("Kim")]);
    const results = await Promise.all([acceptInvite(sam, first.token), acceptInvite(kim, second.token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "full" });
    expect(await db.membership.count({ where: { coupleId: a.coupleId } })).toBe(2);
  });

  it("refuses a third member at the database itself", async () => {
    const { coupleId } = await makeCouple();
    const third = await makeUser("Lee");
    await expect(db.membership.create({ data: { userId: third.userId, coupleId, seat: 2 } })).rejects.toMatchObject({ code: "P2002" });
  });
});
