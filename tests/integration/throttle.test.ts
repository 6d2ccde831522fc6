import { afterEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/server/auth/options";
import { backoffDelay, beginAttempt, consume } from "@/lib/server/rate-limit/counters";
import { SIGNIN_ACCOUNT, SIGNIN_CLIENT } from "@/lib/server/auth/throttle";
import { HASH_CONCURRENCY, HashBusyError, withHashSlot } from "@/lib/server/auth/password";
import { clientAddress } from "@/lib/server/client-address";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { db, makeUser, PASSWORD } from "./factories";
import { form, signInAs } from "./session";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<{ id: string } | null>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };

let n = 0;
const freshAddress = () => `198.18.${++n >> 8}.${n & 255}`;
/** One sign-in attempt as next-auth makes it, from `address`: "ok", "wrong" or the thrown error code. */
async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    return (await provider.options.authorize({ email, password }, { headers: { "x-mend-client": address } })) ? "ok" : "wrong";
  } catch (error) {
    return (error as Error).message;
  }
}

afterEach(() => vi.useRealTimers());

describe("sign-in throttling", () => {
  it("answers the first five wrong passwords normally, then asks to wait, growing and capped at 15 minutes", () => {
    const delays = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, SIGNIN_ACCOUNT) / 1000);
    expect(delays).toEqual([0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]);
    expect(backoffDelay(1000, SIGNIN_CLIENT)).toBe(15 * 60_000);
  });

  it("delays the 6th attempt on one account, even the right password, and says so without naming the account", async () => {
    const user = await makeUser("Tess");
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await attempt(user.email, "not the password", freshAddress()));
    expect(results.slice(0, 5)).toEqual(["wrong", "wrong", "wrong", "wrong", "wrong"]);
    // The first wait is 30 s, less however long the 5th password check took (seconds on a busy machine).
    expect(results[5]).toMatch(/^throttled:\d+$/);
    expect(Number(results[5]!.split(":")[1])).toBeLessThanOrEqual(30);
    expect(await attempt(user.email, PASSWORD, freshAddress())).toMatch(/^throttled:/);
    expect(signInErrorMessage("throttled:30")).toBe("Too many attempts. Please wait, then try again in 30 seconds.");
  });

  it("treats an unknown email exactly like a known one", async () => {
    const known = await makeUser("Uma");
    const outcomes = async (email: string) => {
      const out = [];
      for (let i = 0; i < 6; i++) out.push((await attempt(email, "not the password", freshAddress())).replace(/:\d+$/, ""));
      return out;
    };
    expect(await outcomes("nobody-here@example.test")).toEqual(await outcomes(known.email));
  });

  it("lets the owner in once the wait is over, and a success starts the count again", async () => {
    const user = await makeUser("Vera");
    for (let i = 0; i < 5; i++) await attempt(user.email, "not the password", freshAddress());
    expect(await attempt(user.email, PASSWORD, freshAddress())).toMatch(/^throttled:/);
    // Nothing is locked for good: the wait simply runs out.
    const key = (await db.rateLimit.findMany({ where: { key: { startsWith: "signin:account:" }, blockedUntil: { not: null } } })).map(
      (r) => r.key,
    );
    await db.rateLimit.updateMany({ where: { key: { in: key } }, data: { blockedUntil: new Date(Date.now() - 1) } });
    expect(await attempt(user.email, PASSWORD, freshAddress())).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await attempt(user.email, "not the password", freshAddress())).toBe("wrong");
  });

  it("limits one client across many accounts", async () => {
    const address = freshAddress();
    const results = [];
    for (let i = 0; i < SIGNIN_CLIENT.free + 1; i++) results.push(await attempt(`guess-${i}@example.test`, "not the password", address));
    expect(results.slice(0, SIGNIN_CLIENT.free)).not.toContainEqual(expect.stringMatching(/^throttled/));
    expect(results.at(-1)).toMatch(/^throttled:/);
    expect(await attempt("someone-else@example.test", "whatever password", freshAddress())).toBe("wrong");
  });

  it("never extends a wait for attempts made while waiting", async () => {
    const key = `test:extend:${freshAddress()}`;
    const t0 = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < 5; i++) expect((await beginAttempt(key, SIGNIN_ACCOUNT, t0)).ok).toBe(true);
    for (let s = 1; s < 30; s += 7)
      expect(await beginAttempt(key, SIGNIN_ACCOUNT, new Date(t0.getTime() + s * 1000))).toMatchObject({ ok: false });
    expect((await beginAttempt(key, SIGNIN_ACCOUNT, new Date(t0.getTime() + 30_000))).ok).toBe(true);
  });
});

describe("sign-up and fixed windows", () => {
  it("refuses a client's 21st sign-up within the hour, with the wait in words", async () => {
    signInAs(null);
    requestHeaders.current = new Headers({ "x-mend-client": freshAddress() });
    for (let i = 0; i < 20; i++) {
      const res = await signUpAction(
        null,
        form({ name: "Someone", email: `signup-${n}-${i}@example.test`, password: "correct horse battery" }),
      );
      expect(res.ok).toBe(true);
    }
    const res = await signUpAction(null, form({ name: "Someone", email: `signup-${n}-x@example.test`, password: "correct horse battery" }));
    expect(res).toMatchObject({ ok: false, formError: expect.stringMatching(/^Too many attempts\. .*try again in (59|60) minutes\.$/) });
    requestHeaders.current = new Headers({ "x-mend-client": freshAddress() });
    expect(
      (await signUpAction(null, form({ name: "Other", email: `signup-${n}-y@example.test`, password: "correct horse battery" }))).ok,
    ).toBe(true);
  }, 90_000); // 21 real argon2 hashes: slow on a busy 2-core machine

  it("opens a new window when the old one has passed", async () => {
    const key = `test:window:${freshAddress()}`;
    const t0 = new Date("2026-01-01T00:00:00Z");
    expect(await consume(key, { limit: 1, windowMs: 1000 }, t0)).toEqual({ ok: true });
    expect(await consume(key, { limit: 1, windowMs: 1000 }, new Date(t0.getTime() + 999))).toEqual({ ok: false, retryAfterMs: 1 });
    expect(await consume(key, { limit: 1, windowMs: 1000 }, new Date(t0.getTime() + 1000))).toEqual({ ok: true });
  });
});

describe("concurrent password hashes", () => {
  it(`runs at most ${HASH_CONCURRENCY} at once; the rest wait briefly, then are told to try again`, async () => {
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const job = () =>
      withHashSlot(async () => {
        peak = Math.max(peak, ++running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
      }, 200);
    const held = Array.from({ length: HASH_CONCURRENCY }, job);
    const waiter = job();
    const tooLate = withHashSlot(async () => "never", 50);
    await expect(tooLate).rejects.toBeInstanceOf(HashBusyError);
    releases.shift()!();
    await new Promise((r) => setTimeout(r, 20));
    expect(peak).toBe(HASH_CONCURRENCY);
    while (releases.length) releases.shift()!();
    await Promise.all([...held, waiter]);
    expect(peak).toBe(HASH_CONCURRENCY);
  });

  it("answers a busy sign-in with 'try again in a moment'", () => {
    expect(signInErrorMessage("busy")).toBe("Mend is busy right now. Please try again in a moment.");
  });
});

describe("the client address", () => {
  const h = (fields: Record<string, string>) => new Headers(fields);
  it("comes from the connection when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(h({ "x-mend-client": "198.51.100.7", "x-forwarded-for": "1.2.3.4" }), 0)).toBe("198.51.100.7");
    expect(clientAddress(h({ "x-mend-client": "::ffff:198.51.100.7" }), 0)).toBe("198.51.100.7");
    expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });

  it("comes from X-Forwarded-For, counted from the right, when MEND_TRUSTED_PROXIES says how many proxies append to it", () => {
    const forged = "6.6.6.6, 203.0.113.5, 10.0.0.2";
    expect(clientAddress(h({ "x-mend-client": "10.0.0.3", "x-forwarded-for": forged }), 1)).toBe("10.0.0.2");
    expect(clientAddress(h({ "x-mend-client": "10.0.0.3", "x-forwarded-for": forged }), 2)).toBe("203.0.113.5");
    // Fewer entries than proxies: a misconfiguration; fall back to the connection.
    expect(clientAddress(h({ "x-mend-client": "10.0.0.3", "x-forwarded-for": "203.0.113.5" }), 2)).toBe("10.0.0.3");
  });
});

describe("housekeeping", () => {
  it("prunes counters past their window and spent or expired sign-ups and reset links, and keeps live ones", async () => {
    const { pruneExpired } = await import("@/lib/server/housekeeping");
    const now = new Date();
    const past = new Date(now.getTime() - 60_000);
    const future = new Date(now.getTime() + 60_000);
    const longAgo = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
    const tag = `hk-${now.getTime()}`;
    await db.rateLimit.createMany({
      data: [
        { key: `${tag}:expired`, count: 3, resetAt: past },
        { key: `${tag}:live`, count: 3, resetAt: future },
        { key: `${tag}:still-waiting`, count: 9, resetAt: past, blockedUntil: future },
      ],
    });
    const base = { name: "P", passwordHash: "h" };
    await db.signUpRequest.createMany({
      data: [
        { ...base, email: `${tag}-a@example.test`, tokenHash: `${tag}-1`, expiresAt: past },
        { ...base, email: `${tag}-b@example.test`, tokenHash: `${tag}-2`, expiresAt: future, usedAt: past },
        { ...base, email: `${tag}-c@example.test`, tokenHash: `${tag}-3`, expiresAt: future },
      ],
    });
    const user = await makeUser("Hana");
    await db.passwordResetToken.createMany({
      data: [
        { userId: user.userId, tokenHash: `${tag}-old`, expiresAt: longAgo },
        { userId: user.userId, tokenHash: `${tag}-recent`, expiresAt: past },
      ],
    });
    await pruneExpired(now);
    expect((await db.rateLimit.findMany({ where: { key: { startsWith: tag } }, orderBy: { key: "asc" } })).map((r) => r.key)).toEqual([
      `${tag}:live`,
      `${tag}:still-waiting`,
    ]);
    expect((await db.signUpRequest.findMany({ where: { tokenHash: { startsWith: tag } } })).map((r) => r.tokenHash)).toEqual([`${tag}-3`]);
    expect((await db.passwordResetToken.findMany({ where: { userId: user.userId } })).map((r) => r.tokenHash)).toEqual([`${tag}-recent`]);
  });
});
