import { describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/server/auth/options";
import { endOtherSessions, endSession, listSessions, RECENT_PASSWORD_MS, sessionIsLive, startSession } from "@/lib/server/auth/sessions";
import { signOutEverywhere } from "@/lib/server/users";
import { createShareLinkAction } from "@/app/(app)/app/settings/sharing/actions";
import { endOtherSessionsAction, endSessionAction } from "@/app/(app)/app/settings/actions";
import { db, makeCouple, makeUser, PASSWORD } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-mend-client": "198.20.0.1" }) }));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<{ id: string; sid: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** What the session callback makes of a token: the user id, or "" when it counts as signed out. */
async function sessionOf(token: { uid: string; sv: number; sid?: string }) {
  const session = await authOptions.callbacks!.session!({ session: { expires: "" }, token } as never);
  return (session as { user: { id: string } }).user.id;
}

describe("sessions you can see", () => {
  it("makes each sign-in a row with the device in rough words, which the token must still have", async () => {
    const user = await makeUser("Oona");
    const signedIn = await authorize(
      { email: user.email, password: PASSWORD },
      { headers: { "x-mend-client": "198.20.1.1", "user-agent": IPHONE } },
    );
    const row = await db.userSession.findUniqueOrThrow({ where: { id: signedIn!.sid } });
    expect(row).toMatchObject({ userId: user.userId, device: "Safari on iPhone" });
    expect(await sessionOf({ uid: user.userId, sv: 1, sid: row.id })).toBe(user.userId);
    // A token from before sessions were rows, or naming another person's row, counts as signed out.
    expect(await sessionOf({ uid: user.userId, sv: 1 })).toBe("");
    const other = await makeUser("Pia");
    expect(await sessionOf({ uid: other.userId, sv: 1, sid: row.id })).toBe("");
  });

  it("signs one device out from the list, or every device but this one, and never another person's", async () => {
    const user = await makeUser("Rafe");
    const [here, phone, laptop] = [
      await startSession(user.userId, IPHONE),
      await startSession(user.userId, null),
      await startSession(user.userId, null),
    ];
    const me = { ...user, sessionId: here };
    const stranger = await makeUser("Sol");
    signInAs({ ...stranger, sessionId: await startSession(stranger.userId, null) });
    expect(await endSessionAction(null, form({ id: phone }))).toMatchObject({ ok: false, formError: "That session has already ended." });
    expect(await sessionOf({ uid: user.userId, sv: 1, sid: phone })).toBe(user.userId);

    signInAs(me);
    expect(await endSessionAction(null, form({ id: phone }))).toEqual({ ok: true, data: undefined });
    expect(await sessionOf({ uid: user.userId, sv: 1, sid: phone })).toBe("");
    expect((await listSessions(me)).map((s) => [s.id, s.current])).toEqual(
      expect.arrayContaining([
        [here, true],
        [laptop, false],
      ]),
    );
    expect(await endOtherSessionsAction(null, form({}))).toEqual({ ok: true, data: undefined });
    expect((await listSessions(me)).map((s) => s.id)).toEqual([here]);
    expect(await sessionOf({ uid: user.userId, sv: 1, sid: here })).toBe(user.userId);
    await endOtherSessions(me);
    expect(await endSession(me, laptop)).toBe(false);
  });

  it("signs a session out after 7 days unused, and refreshes last-seen on use", async () => {
    const user = await makeUser("Tove");
    const sid = await startSession(user.userId, null);
    const sixDaysOn = new Date(Date.now() + 6 * 24 * 60 * 60_000);
    expect(await sessionIsLive(user.userId, sid, sixDaysOn)).toBe(true);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(sixDaysOn);
    expect(await sessionIsLive(user.userId, sid, new Date(sixDaysOn.getTime() + 7 * 24 * 60 * 60_000 + 1))).toBe(false);
    expect(await db.userSession.findUnique({ where: { id: sid } })).toBeNull();
  });

  it("ends every row when signing out everywhere", async () => {
    const user = await makeUser("Ugo");
    await startSession(user.userId, null);
    await startSession(user.userId, null);
    await signOutEverywhere(user);
    expect(await db.userSession.count({ where: { userId: user.userId } })).toBe(0);
  });
});

describe("the password again before a therapist link", () => {
  it("asks for it when the last one was more than 10 minutes ago, checks it, then lets the link be made", async () => {
    const { a } = await makeCouple();
    const sessionId = await startSession(a.userId, null);
    await db.userSession.update({ where: { id: sessionId }, data: { verifiedAt: new Date(Date.now() - RECENT_PASSWORD_MS - 1000) } });
    signInAs({ ...a, sessionId });
    const fields = { therapistName: "Dr. Lee", scope: ["progress"] };
    expect(await createShareLinkAction(null, form(fields))).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.stringMatching(/^Enter your password/)] },
    });
    expect(await createShareLinkAction(null, form({ ...fields, password: "not my password" }))).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That isn't your password."] },
    });
    expect(await db.shareLink.count({ where: { coupleId: a.coupleId } })).toBe(0);
    expect(await createShareLinkAction(null, form({ ...fields, password: PASSWORD }))).toMatchObject({ ok: true });
    // Entered just now: the next link within 10 minutes needs no password.
    expect(await createShareLinkAction(null, form(fields))).toMatchObject({ ok: true });
    expect(await db.shareLink.count({ where: { coupleId: a.coupleId } })).toBe(2);
  });

  it("asks for it from a session it can't place", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    expect(await createShareLinkAction(null, form({ therapistName: "Dr. Lee", scope: ["progress"] }))).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.any(String)] },
    });
  });
});
