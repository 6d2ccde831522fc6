import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/server/auth/options";
import { newSignIns, startSession } from "@/lib/server/auth/sessions";
import { reloadEnvForTests } from "@/lib/server/env";
import { dismissSignInNoticesAction } from "@/app/(app)/app/settings/actions";
import { startMailbox, plainText, type Mailbox } from "../support/mailbox";
import { db, makeUser, PASSWORD } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-mend-client": "198.20.9.1" }) }));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// "A new sign-in shows a notice on the next visit (and an email when SMTP is on)."

const FIREFOX_ANDROID = "Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0";
type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<{ id: string; sid: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
let client = 0;
const signIn = async (email: string, userAgent = FIREFOX_ANDROID) => {
  const res = await authorize(
    { email, password: PASSWORD },
    { headers: { "x-mend-client": `198.20.9.${++client}`, "user-agent": userAgent } },
  );
  if (!res) throw new Error("sign-in failed");
  return res.sid;
};
const t = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 12, minutes));

describe("new sign-in notices", () => {
  it("shows every other session a later sign-in until that session dismisses it, and never another person's", async () => {
    const user = await makeUser("Noor");
    const stranger = await makeUser("Lior");
    const laptop = await startSession(user.userId, null, t(0));
    expect(await newSignIns({ ...user, sessionId: laptop })).toEqual([]);

    const phone = await startSession(user.userId, FIREFOX_ANDROID, t(5));
    await startSession(stranger.userId, null, t(6));
    expect(await newSignIns({ ...user, sessionId: laptop })).toEqual([{ id: phone, device: "Firefox on Android", createdAt: t(5) }]);
    // The new session itself has nothing to be told about.
    expect(await newSignIns({ ...user, sessionId: phone })).toEqual([]);

    signInAs({ ...user, sessionId: laptop });
    expect(await dismissSignInNoticesAction(null, form({}))).toEqual({ ok: true, data: undefined });
    expect(await newSignIns({ ...user, sessionId: laptop })).toEqual([]);

    const tablet = await startSession(user.userId, null, new Date(Date.now() + 60_000));
    expect((await newSignIns({ ...user, sessionId: laptop })).map((s) => s.id)).toEqual([tablet]);
    expect((await newSignIns({ ...user, sessionId: phone })).map((s) => s.id)).toEqual([tablet]);
    // Someone else's session id shows nothing, and dismissing through it changes nothing.
    expect(await newSignIns({ ...stranger, sessionId: laptop })).toEqual([]);
    signInAs({ ...stranger, sessionId: phone });
    await dismissSignInNoticesAction(null, form({}));
    expect((await newSignIns({ ...user, sessionId: phone })).map((s) => s.id)).toEqual([tablet]);
  });
});

describe("new sign-in mail", () => {
  let mailbox: Mailbox;
  const saved = process.env.SMTP_URL;
  beforeAll(async () => {
    mailbox = await startMailbox();
    process.env.SMTP_URL = mailbox.url;
    reloadEnvForTests();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
    reloadEnvForTests();
    await mailbox.close();
  });

  it("mails the owner about a sign-in, naming the device, but not for the first one right after sign-up", async () => {
    const fresh = await makeUser("Ada");
    await signIn(fresh.email);
    const settled = await makeUser("Bo");
    await db.user.update({ where: { id: settled.userId }, data: { createdAt: new Date(Date.now() - 24 * 60 * 60_000) } });
    await signIn(settled.email);
    const mail = await mailbox.waitFor(settled.email, /New sign-in to your Mend account/);
    expect(plainText(mail.raw)).toContain("Firefox on Android");
    expect(plainText(mail.raw)).toContain("/forgot-password");
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.inbox.filter((m) => m.to.includes(fresh.email))).toEqual([]);
  });

  it("sends at most five such mails an hour to one account", async () => {
    const user = await makeUser("Cy");
    await db.user.update({ where: { id: user.userId }, data: { createdAt: new Date(Date.now() - 24 * 60 * 60_000) } });
    for (let i = 0; i < 7; i++) await signIn(user.email);
    await mailbox.waitFor(user.email);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailbox.inbox.filter((m) => m.to.includes(user.email))).toHaveLength(5);
    expect(await db.userSession.count({ where: { userId: user.userId } })).toBe(7);
  });
});
