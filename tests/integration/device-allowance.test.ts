import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/server/auth/options";
import { changePassword } from "@/lib/server/auth/change-password";
import { confirmRecentPassword } from "@/lib/server/auth/reauth";
import { startSession } from "@/lib/server/auth/sessions";
import { signOutEverywhere } from "@/lib/server/users";
import { SIGNIN_ACCOUNT } from "@/lib/server/auth/throttle";
import { changePasswordAction } from "@/app/(app)/app/settings/password/actions";
import { db, makeUser, PASSWORD } from "./factories";
import { form, signInAs } from "./session";

// Someone who knows an email can keep the account's sign-in waiting with one wrong guess each time
// the wait ends. A browser that signed in to the account before keeps its own allowance: these
// tests play browsers through next-auth's real sign-in (the provider's authorize, then its signIn
// event, which sets the device cookie), each with its own cookie jar and client address.

const calls = vi.hoisted(() => ({ jar: new Map<string, { value: string; options: Record<string, unknown> }>(), headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => calls.headers,
  cookies: async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) => void calls.jar.set(name, { value, options }),
  }),
}));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

type SignedIn = { id: string; sessionVersion: number; sid: string } & Record<string, unknown>;
type Authorize = (credentials: Record<string, unknown>, req: unknown) => Promise<SignedIn | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

/** Each sign-in is a real argon2 check (about 20 in one case): slow on a busy 2-core machine. */
const SLOW = 180_000;

let n = 0;
const freshAddress = () => `198.21.${++n >> 8}.${n & 255}`;

/** A browser: its cookies (name → value) and the address it connects from. */
class Browser {
  cookies = new Map<string, string>();
  constructor(public address = freshAddress()) {}

  /** The headers of a request from this browser. */
  headers() {
    return { "x-mend-client": this.address, cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") };
  }

  /** Keeps what the server set in this request. */
  keepCookies() {
    for (const [name, { value }] of calls.jar) this.cookies.set(name, value);
  }

  /** One sign-in attempt, as the sign-in form makes it: "ok", "wrong" or the refusal's code. */
  async signIn(email: string, password: string): Promise<string> {
    let user: SignedIn | null;
    try {
      user = await authorize({ email, password }, { headers: this.headers() });
    } catch (error) {
      return (error as Error).message;
    }
    if (!user) return "wrong";
    // What next-auth does next on a success; the cookies it sets land in this browser.
    calls.jar.clear();
    await authOptions.events?.signIn?.({ user, account: null } as never);
    this.keepCookies();
    return "ok";
  }
}

/**
 * Someone else, from their own browsers and addresses, runs the account's count up until it waits;
 * then, as if they had kept at it for a while, the wait is its longest (so no step below races its end).
 */
async function blockAccount(email: string) {
  for (let i = 0; i < SIGNIN_ACCOUNT.free; i++) expect(await new Browser().signIn(email, `a wrong guess ${i}`)).toBe("wrong");
  expect(await new Browser().signIn(email, "one more guess")).toMatch(/^throttled:/);
  const key = `signin:account:${crypto.createHash("sha256").update(email).digest("hex").slice(0, 32)}`;
  const { count } = await db.rateLimit.updateMany({
    where: { key, blockedUntil: { not: null } },
    data: { blockedUntil: new Date(Date.now() + SIGNIN_ACCOUNT.maxMs) },
  });
  expect(count).toBe(1);
}

/** The browser's one device cookie, as [name, value]. */
function deviceCookie(browser: Browser): [string, string] {
  const found = [...browser.cookies].filter(([name]) => name.includes("mend-device"));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("a browser that signed in before keeps its own allowance", { timeout: SLOW }, () => {
  it("lets the owner in from a known browser during someone else's wait; a new browser still waits", async () => {
    const owner = await makeUser("Ada");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");

    await blockAccount(owner.email);
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    // Even with the right password, a browser the account has never signed in from waits.
    expect(await new Browser().signIn(owner.email, PASSWORD)).toMatch(/^throttled:/);
    expect(await new Browser(laptop.address).signIn(owner.email, PASSWORD)).toMatch(/^throttled:/);
    // The owner's success doesn't wipe the guesser's count: the next guess still waits.
    expect(await new Browser().signIn(owner.email, "yet another guess")).toMatch(/^throttled:/);
  });

  it("holds when the guesser shares the owner's network and has run the address's count up too", async () => {
    const owner = await makeUser("Bea");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    const guesser = new Browser(laptop.address);
    for (let i = 0; i < 20; i++) await guesser.signIn(i < 6 ? owner.email : `nobody-${n}-${i}@example.test`, "a wrong guess");
    expect(await guesser.signIn(`nobody-${n}-x@example.test`, "a wrong guess")).toMatch(/^throttled:/);
    expect(await new Browser(laptop.address).signIn(owner.email, PASSWORD)).toMatch(/^throttled:/);
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
  });

  it("still makes a known browser wait when it guesses wrong itself, without holding up the account elsewhere", async () => {
    const owner = await makeUser("Cleo");
    const laptop = new Browser();
    const phone = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    expect(await phone.signIn(owner.email, PASSWORD)).toBe("ok");
    for (let i = 0; i < 5; i++) expect(await laptop.signIn(owner.email, `a wrong guess ${i}`)).toBe("wrong");
    expect(await laptop.signIn(owner.email, PASSWORD)).toMatch(/^throttled:/);
    expect(await phone.signIn(owner.email, PASSWORD)).toBe("ok");
    expect(await new Browser().signIn(owner.email, PASSWORD)).toBe("ok");
  });

  it("gives a forged or edited device cookie, or one for another account, no allowance of its own", async () => {
    const owner = await makeUser("Dina");
    const other = await makeUser("Edda");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    const shared = new Browser();
    expect(await shared.signIn(other.email, PASSWORD)).toBe("ok");
    const [name, value] = deviceCookie(laptop);
    const [otherName, otherValue] = deviceCookie(shared);
    expect(otherName).not.toBe(name);
    await blockAccount(owner.email);

    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === "A" ? "B" : "A") + s.slice(at + 1);
    const presenting = (cookies: [string, string][]) => {
      const browser = new Browser();
      for (const [k, v] of cookies) browser.cookies.set(k, v);
      return browser.signIn(owner.email, PASSWORD);
    };
    // The same device id with an edited signature, an edited id under the old signature, a made-up pair.
    expect(await presenting([[name, flip(value, value.length - 2)]])).toMatch(/^throttled:/);
    expect(await presenting([[name, flip(value, 0)]])).toMatch(/^throttled:/);
    expect(await presenting([[name, `${"A".repeat(22)}.${"B".repeat(43)}`]])).toMatch(/^throttled:/);
    expect(await presenting([[name, "x"]])).toMatch(/^throttled:/);
    // Another account's cookie, as it came or under this account's name.
    expect(await presenting([[otherName, otherValue]])).toMatch(/^throttled:/);
    expect(await presenting([[name, otherValue]])).toMatch(/^throttled:/);
    // The real one still works.
    expect(await presenting([[name, value]])).toBe("ok");
  });

  it("stops helping once the owner signs out everywhere", async () => {
    const owner = await makeUser("Fenna");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    await signOutEverywhere(owner);
    await blockAccount(owner.email);
    expect(await laptop.signIn(owner.email, PASSWORD)).toMatch(/^throttled:/);
  });

  it("stops helping once the password changes", async () => {
    const owner = await makeUser("Greta");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    const NEW = "a quiet walk by the river";
    expect(
      await changePassword(owner, { currentPassword: PASSWORD, newPassword: NEW }, { client: freshAddress(), cookie: undefined }),
    ).toMatchObject({
      ok: true,
    });
    await blockAccount(owner.email);
    expect(await laptop.signIn(owner.email, NEW)).toMatch(/^throttled:/);
  });
});

describe("the password asked again while signed in", { timeout: SLOW }, () => {
  it("is counted on a known browser's own allowance too, and after a change this browser stays known", async () => {
    const owner = await makeUser("Ilse");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    await blockAccount(owner.email);
    const here = { ...owner, sessionId: await startSession(owner.userId, null) };
    // Signed in a while ago: Mend asks for the password again.
    await db.userSession.updateMany({ where: { id: here.sessionId }, data: { verifiedAt: new Date(Date.now() - 60 * 60_000) } });

    // Before a therapist link, the export, leaving or deleting.
    const unknown = new Browser();
    const refused = await confirmRecentPassword(here, PASSWORD, { client: unknown.address, cookie: unknown.headers().cookie });
    expect(refused.refused).toMatchObject({ ok: false, formError: expect.stringMatching(/^Too many attempts/) });
    expect(await confirmRecentPassword(here, PASSWORD, { client: laptop.address, cookie: laptop.headers().cookie })).toEqual({
      refused: null,
      checked: true,
    });

    // Changing the password.
    signInAs(here);
    const NEW = "a quiet walk by the river";
    const change = form({ currentPassword: PASSWORD, newPassword: NEW, confirmPassword: NEW });
    calls.headers = new Headers(unknown.headers());
    expect(await changePasswordAction(null, change)).toMatchObject({ ok: false, formError: expect.stringMatching(/^Too many attempts/) });
    calls.headers = new Headers(laptop.headers());
    calls.jar.clear();
    expect(await changePasswordAction(null, change)).toEqual({ ok: true, data: undefined });
    laptop.keepCookies();
    expect(await new Browser().signIn(owner.email, NEW)).toMatch(/^throttled:/);
    expect(await laptop.signIn(owner.email, NEW)).toBe("ok");
  });
});

describe("the device cookie", { timeout: SLOW }, () => {
  it("is httpOnly, SameSite=Lax, long-lived, per account, and carries neither the account's id nor its email", async () => {
    const owner = await makeUser("Hedy");
    const laptop = new Browser();
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    const [name, value] = deviceCookie(laptop);
    const { options } = calls.jar.get(name)!;
    // Served over http in tests: no Secure, no prefix (cookies.test.ts covers https).
    expect(name).toMatch(/^mend-device-[A-Za-z0-9_-]{16}$/);
    expect(options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
    expect(options.maxAge).toBeGreaterThanOrEqual(180 * 24 * 60 * 60);
    for (const secret of [owner.userId, owner.email, owner.email.split("@")[0]]) {
      expect(name).not.toContain(secret);
      expect(value).not.toContain(secret);
    }
    // Signing in again from the same browser keeps its device (and so its count), renewing the cookie.
    expect(await laptop.signIn(owner.email, PASSWORD)).toBe("ok");
    expect(calls.jar.get(name)?.value).toBe(value);
  });
});
