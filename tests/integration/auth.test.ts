import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/server/auth/options";
import { registerUser, signOutEverywhere } from "@/lib/server/users";
import { signUpSchema } from "@/lib/validation/auth";
import { db, makeUser, PASSWORD } from "./factories";

type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<{ id: string; sessionVersion: number } | null>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize = (credentials: Record<string, unknown>) => provider.options.authorize(credentials, {});

describe("sign up and sign in", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await makeUser("Rin");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.userId } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it("signs in with the right password, whatever the email's case", async () => {
    const user = await makeUser("Noor");
    const res = await authorize({ email: user.email.toUpperCase(), password: PASSWORD });
    expect(res?.id).toBe(user.userId);
    expect(res?.sessionVersion).toBe(1);
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    const user = await makeUser("Kit");
    expect(await authorize({ email: user.email, password: "wrong password here" })).toBeNull();
    expect(await authorize({ email: "nobody@example.test", password: PASSWORD })).toBeNull();
    expect(await authorize({ email: ["x"], password: { a: 1 } })).toBeNull();
  });

  it("says an email is already registered without checking the password", async () => {
    const user = await makeUser("Ola");
    const parsed = signUpSchema.parse({ name: "Other", email: `  ${user.email.toUpperCase()} `, password: "a different password" });
    expect(await registerUser(parsed)).toEqual({ ok: false, reason: "email-taken" });
  });

  it("bumps the session version when signing out everywhere", async () => {
    const user = await makeUser("Vic");
    await signOutEverywhere(user);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).sessionVersion).toBe(2);
  });
});

describe("sign-up validation", () => {
  const valid = { name: "Dana", email: "dana@example.test", password: "long enough password" };
  const errorsFor = (input: unknown) => {
    const r = signUpSchema.safeParse(input);
    return r.success ? {} : (r.error.flatten().fieldErrors as Record<string, string[]>);
  };

  it("names every missing field", () => {
    const errors = errorsFor({});
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "password"]);
  });

  it("rejects empty, whitespace-only and wrong-typed values with clear messages", () => {
    expect(errorsFor({ ...valid, name: "   " }).name?.[0]).toMatch(/enter your name/i);
    expect(errorsFor({ ...valid, email: "not-an-email" }).email?.[0]).toMatch(/valid email/i);
    expect(errorsFor({ ...valid, password: "short" }).password?.[0]).toMatch(/at least 8/);
    expect(errorsFor({ ...valid, name: 42 }).name?.[0]).toMatch(/must be text/i);
  });

  it("rejects 10 MB of input without choking", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const errors = errorsFor({ name: huge, email: huge + "@example.test", password: huge });
    expect(errors.name?.[0]).toMatch(/too long/);
    expect(errors.email?.[0]).toMatch(/too long/);
    expect(errors.password?.[0]).toMatch(/at most/);
  });

  it("accepts unicode names and normalises the email", () => {
    const parsed = signUpSchema.parse({ ...valid, name: "  Zoë 李 🌱 ", email: "Dana@Example.TEST" });
    expect(parsed.name).toBe("Zoë 李 🌱");
    expect(parsed.email).toBe("dana@example.test");
  });
});
