import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/server/auth/options";
import { reloadEnvForTests } from "@/lib/server/env";
import { SIGN_UP_LINK_INVALID } from "@/lib/validation/auth";
import { signUpTokenIsLive } from "@/lib/server/auth/sign-up";
import { confirmSignUpAction, signUpAction } from "@/app/(auth)/signup/actions";
import { startMailbox, plainText, type Mailbox } from "../support/mailbox";
import { db, makeUser, PASSWORD } from "./factories";
import { form, redirectOf, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

// Sign-up with SMTP configured (decision 007): every address is answered "check your email";
// a real SMTP server on loopback receives what Mend sends.

type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
let client = 0;
const signInOk = async (email: string, password: string) =>
  Boolean(await authorize({ email, password }, { headers: { "x-mend-client": `198.18.7.${++client}` } }));

const APP = "https://mend.example.org";
let mailbox: Mailbox;
const saved = { SMTP_URL: process.env.SMTP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = APP;
  reloadEnvForTests();
});
afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  reloadEnvForTests();
  await mailbox.close();
});
beforeEach(() => signInAs(null));

let n = 0;
const newAddress = () => `someone-${Date.now()}-${++n}@example.test`;
const signUp = (email: string, password = "a long walk after dinner", name = "Robin") =>
  signUpAction(null, form({ name, email, password }));
const linkIn = (raw: string) => new RegExp(`${APP}/signup/confirm/([A-Za-z0-9_-]{43})`).exec(plainText(raw))?.[1];

describe("sign-up with email confirmation", () => {
  it("answers 'check your email', creates the account only from the mailed link, and the link works once", async () => {
    const email = newAddress();
    expect(await signUp(email)).toEqual({ ok: true, data: { checkEmail: true } });
    // Nothing to sign in with yet: an unconfirmed sign-up is refused like a wrong password.
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await signInOk(email, "a long walk after dinner")).toBe(false);

    const mail = await mailbox.waitFor(email, /Confirm your email/);
    const token = linkIn(mail.raw);
    expect(token).toBeTruthy();
    // Only the token's hash is stored.
    expect(JSON.stringify(await db.signUpRequest.findMany({ where: { email } }))).not.toContain(token!);
    expect(await signUpTokenIsLive(token!)).toBe(true);

    expect(await redirectOf(confirmSignUpAction(null, form({ token: token! })))).toBe("/signin?confirmed=1");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Robin");
    expect(await signInOk(email, "a long walk after dinner")).toBe(true);
    // Spent: the pending row (and its copy of the password hash) is gone, a second use is refused.
    expect(await db.signUpRequest.count({ where: { email } })).toBe(0);
    expect(await signUpTokenIsLive(token!)).toBe(false);
    expect(await confirmSignUpAction(null, form({ token: token! }))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: SIGN_UP_LINK_INVALID,
    });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("gives a taken address the very same answer, mails its owner instead, and changes nothing", async () => {
    const owner = await makeUser("Quinn");
    const res = await signUp(owner.email.toUpperCase(), "somebody else's guess");
    expect(res).toEqual(await signUp(newAddress()));
    const notice = await mailbox.waitFor(owner.email, /already has one/);
    expect(plainText(notice.raw)).toContain(`${APP}/forgot-password`);
    expect(linkIn(notice.raw)).toBeUndefined();
    expect(await db.signUpRequest.count({ where: { email: owner.email } })).toBe(0);
    expect(await signInOk(owner.email, PASSWORD)).toBe(true);
    expect(await signInOk(owner.email, "somebody else's guess")).toBe(false);
  });

  it("refuses expired and made-up links alike, and a link whose address was registered meanwhile", async () => {
    const email = newAddress();
    await signUp(email);
    const token = linkIn((await mailbox.waitFor(email, /Confirm your email/)).raw)!;
    await db.signUpRequest.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await signUpTokenIsLive(token)).toBe(false);
    expect(await confirmSignUpAction(null, form({ token }))).toEqual({ ok: false, fieldErrors: {}, formError: SIGN_UP_LINK_INVALID });
    expect(await confirmSignUpAction(null, form({ token: "x".repeat(43) }))).toMatchObject({ ok: false });
    expect(await confirmSignUpAction(null, form({ token: "<script>" }))).toMatchObject({ ok: false });
    expect(await db.user.count({ where: { email } })).toBe(0);

    const raced = newAddress();
    await signUp(raced);
    const racedToken = linkIn((await mailbox.waitFor(raced, /Confirm your email/)).raw)!;
    await db.user.create({ data: { email: raced, name: "First", passwordHash: "x" } });
    expect(await redirectOf(confirmSignUpAction(null, form({ token: racedToken })))).toBe("/signin?confirmed=taken");
    expect(await db.user.findMany({ where: { email: raced }, select: { name: true } })).toEqual([{ name: "First" }]);
    expect(await db.signUpRequest.count({ where: { email: raced } })).toBe(0);
  });

  it("sends at most three mails an hour to one address, whatever is asked", async () => {
    const email = newAddress();
    for (let i = 0; i < 5; i++) expect(await signUp(email)).toEqual({ ok: true, data: { checkEmail: true } });
    await mailbox.waitFor(email, /Confirm your email/);
    await new Promise((r) => setTimeout(r, 300));
    expect(mailbox.inbox.filter((m) => m.to.includes(email))).toHaveLength(3);
  });
});
