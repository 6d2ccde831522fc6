import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SMTPServer } from "smtp-server";
import { decode } from "next-auth/jwt";
import { authOptions } from "@/lib/server/auth/options";
import { changePasswordAction } from "@/app/(app)/app/settings/password/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/[token]/actions";
import { issueResetToken, RESET_TTL_MINUTES, resetPassword } from "@/lib/server/auth/password-reset";
import { changePasswordSchema, signUpSchema } from "@/lib/validation/auth";
import { COMMON_PASSWORDS } from "@/lib/validation/common-passwords";
import { db, makeUser, PASSWORD } from "./factories";
import { startSession } from "@/lib/server/auth/sessions";
import { form, signInAs } from "./session";

// Real next-auth callbacks, a real SQLite file, a real SMTP server on a free port.
const jar = vi.hoisted(() => ({ set: new Map<string, { value: string; options: Record<string, unknown> }>(), headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => jar.headers,
  cookies: async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) => void jar.set.set(name, { value, options }),
  }),
}));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<{ id: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
let n = 0;
const signInOk = async (email: string, password: string) =>
  Boolean(await authorize({ email, password }, { headers: { "x-mend-client": `198.19.0.${++n}` } }));
/** What the session callback makes of a JWT carrying this session version. */
async function sessionUserId(userId: string, sv: number, sid?: string) {
  const session = await authOptions.callbacks!.session!({ session: { expires: "" }, token: { uid: userId, sv, sid } } as never);
  return (session as { user: { id: string } }).user.id;
}

const NEW = "a quiet walk by the river";

describe("changing the password", () => {
  it("needs the current password, ends every other session and keeps this one with a re-issued token", async () => {
    const user = await makeUser("Ines");
    const here = await startSession(user.userId, null);
    const elsewhere = await startSession(user.userId, null);
    signInAs({ ...user, sessionId: here });
    jar.headers = new Headers({ "x-mend-client": "198.19.1.1" });
    jar.set.clear();
    const wrong = await changePasswordAction(null, form({ currentPassword: "not my password", newPassword: NEW, confirmPassword: NEW }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ["That isn't your current password."] } });
    expect(await signInOk(user.email, PASSWORD)).toBe(true);

    expect(await sessionUserId(user.userId, 1, elsewhere)).toBe(user.userId);
    const res = await changePasswordAction(null, form({ currentPassword: PASSWORD, newPassword: NEW, confirmPassword: NEW }));
    expect(res).toEqual({ ok: true, data: undefined });
    // Every session under the old version ends…
    expect(await sessionUserId(user.userId, 1, elsewhere)).toBe("");
    expect(await sessionUserId(user.userId, 1, here)).toBe("");
    expect(await db.userSession.findMany({ where: { userId: user.userId }, select: { id: true } })).toEqual([{ id: here }]);
    // …and this browser got a token under the new one, which the session callback accepts.
    const cookie = jar.set.get("next-auth.session-token");
    expect(cookie?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    const token = await decode({ token: cookie!.value, secret: process.env.NEXTAUTH_SECRET! });
    expect(token).toMatchObject({ uid: user.userId, sv: 2, sid: here });
    expect(await sessionUserId(user.userId, token!.sv!, token!.sid)).toBe(user.userId);
    expect(await signInOk(user.email, PASSWORD)).toBe(false);
    expect(await signInOk(user.email, NEW)).toBe(true);
  });

  it("refuses short, overlong, common and mismatched new passwords with field errors, and stores nothing", async () => {
    const errors = (newPassword: string, confirmPassword = newPassword) => {
      const r = changePasswordSchema.safeParse({ currentPassword: PASSWORD, newPassword, confirmPassword });
      return r.success ? {} : r.error.flatten().fieldErrors;
    };
    expect(errors("short12").newPassword?.[0]).toBe("Use at least 8 characters.");
    expect(errors("x".repeat(129)).newPassword?.[0]).toBe("Use at most 128 characters.");
    expect(errors("y".repeat(128)).newPassword?.[0]).toMatch(/most common/);
    expect(errors("Password123").newPassword?.[0]).toMatch(/most common/);
    expect(errors("iloveyou1").newPassword?.[0]).toMatch(/most common/);
    expect(errors("our kettle sings", "our kettle sang").confirmPassword?.[0]).toBe("The two new passwords don't match.");
    expect(errors("eight ch")).toEqual({});
    expect(errors("z".repeat(127) + "q")).toEqual({});
    expect(signUpSchema.safeParse({ name: "A", email: "a@example.test", password: "qwertyuiop" }).success).toBe(false);
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(300);

    const user = await makeUser("Jo");
    signInAs(user);
    const before = await db.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(
      (await changePasswordAction(null, form({ currentPassword: PASSWORD, newPassword: "12345678", confirmPassword: "12345678" }))).ok,
    ).toBe(false);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.userId } })).toEqual(before);
  });
});

describe("resetting a forgotten password", () => {
  const inbox: { to: string; body: string }[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        stream.on("end", () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), body });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as { port: number }).port;
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    vi.stubEnv("MAIL_FROM", "Mend <mend@example.test>");
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3999");
    vi.resetModules();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function waitForMail(to: string) {
    for (let i = 0; i < 100; i++) {
      const mail = inbox.find((m) => m.to === to);
      if (mail) return mail;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no mail for ${to}`);
  }

  it("mails a single-use link that sets a new password, ends every session and works once", async () => {
    // A fresh module graph so env() sees SMTP_URL.
    const { requestResetAction: request } = await import("@/app/(auth)/forgot-password/actions");
    const { resetPasswordAction: reset } = await import("@/app/(auth)/reset-password/[token]/actions");
    const user = await makeUser("Kai");
    const open = await startSession(user.userId, null);
    expect(await sessionUserId(user.userId, 1, open)).toBe(user.userId);
    signInAs(null);
    jar.headers = new Headers({ "x-mend-client": "198.19.2.1" });
    expect(await request(null, form({ email: user.email.toUpperCase() }))).toEqual({ ok: true, data: { email: user.email } });
    const mail = await waitForMail(user.email);
    expect(mail.body).toContain("From: Mend <mend@example.test>");
    expect(mail.body).toContain("Subject: Reset your Mend password");
    const token = /http:\/\/localhost:3999\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.body.replace(/=\r?\n/g, ""))?.[1];
    expect(token).toBeTruthy();
    const stored = await db.passwordResetToken.findMany({ where: { userId: user.userId } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token!);
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBeCloseTo(RESET_TTL_MINUTES * 60_000, -4);

    const res = await reset(null, form({ token: token!, newPassword: NEW, confirmPassword: NEW }));
    expect(res).toEqual({ ok: true, data: undefined });
    expect(await sessionUserId(user.userId, 1, open)).toBe("");
    expect(await signInOk(user.email, NEW)).toBe(true);
    const again = await reset(
      null,
      form({ token: token!, newPassword: "another calm sentence", confirmPassword: "another calm sentence" }),
    );
    expect(again).toMatchObject({ ok: false, formError: expect.stringMatching(/expired or was already used/) });
    expect(await signInOk(user.email, NEW)).toBe(true);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const { requestResetAction: request } = await import("@/app/(auth)/forgot-password/actions");
    jar.headers = new Headers({ "x-mend-client": "198.19.2.2" });
    const before = inbox.length;
    expect(await request(null, form({ email: "nobody-at-all@example.test" }))).toEqual({
      ok: true,
      data: { email: "nobody-at-all@example.test" },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.length).toBe(before);
  });

  it("tells an address over its allowance to wait, and quietly stops mailing one account", async () => {
    const { requestResetAction: request } = await import("@/app/(auth)/forgot-password/actions");
    const user = await makeUser("Lou");
    const results = [];
    for (let i = 0; i < 6; i++) {
      jar.headers = new Headers({ "x-mend-client": "198.19.2.3" });
      results.push(await request(null, form({ email: `someone-${i}@example.test` })));
    }
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, formError: expect.stringMatching(/^Too many attempts/) });
    for (let i = 0; i < 5; i++) {
      jar.headers = new Headers({ "x-mend-client": `198.19.3.${i}` });
      expect((await request(null, form({ email: user.email }))).ok).toBe(true);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(inbox.filter((m) => m.to === user.email)).toHaveLength(3);
  });

  it("refuses an expired link", async () => {
    const user = await makeUser("Mo");
    const issued = await issueResetToken(user.email, new Date(Date.now() - (RESET_TTL_MINUTES + 1) * 60_000));
    expect(await resetPassword(issued!.token, NEW)).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPasswordAction(null, form({ token: "x".repeat(43), newPassword: NEW, confirmPassword: NEW }))).toMatchObject({
      ok: false,
    });
  });
});

describe("npm run mend -- reset-link", () => {
  it("prints a one-time link for an account, and says so when there is none", async () => {
    const user = await makeUser("Nia");
    const run = promisify(execFile);
    const env = { ...process.env, NEXTAUTH_URL: "https://mend.example.org" };
    const cli = path.resolve(__dirname, "..", "..", "lib", "cli", "mend.mjs");
    const { stdout } = await run(process.execPath, [cli, "reset-link", user.email.toUpperCase()], { env });
    const token = /^https:\/\/mend\.example\.org\/reset-password\/([A-Za-z0-9_-]{43})\n$/.exec(stdout)?.[1];
    expect(token).toBeTruthy();
    expect(await resetPassword(token!, NEW)).toEqual({ ok: true });
    expect(await resetPassword(token!, NEW)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInOk(user.email, NEW)).toBe(true);
    await expect(run(process.execPath, [cli, "reset-link", "nobody@example.test"], { env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/no account uses/),
    });
  });
});
