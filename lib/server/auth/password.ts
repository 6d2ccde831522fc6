import "server-only";
import argon2 from "argon2";
import { env } from "@/lib/server/env";

/**
 * argon2id at 64 MiB, t=3, p=4: the `argon2` package's defaults when this was written, pinned here
 * so a library upgrade cannot quietly change them (tests/unit/password-cost.test.ts holds them).
 */
export const PASSWORD_HASH = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;
/**
 * MEND_TEST_PASSWORD_HASHING=fast (1 MiB, t=1, p=1): for the test suites only, where thousands of
 * hashes would otherwise dominate the run. lib/server/env.ts refuses it outside tests and loopback
 * addresses. Each stored hash carries its own parameters, so verifying works across both settings.
 */
export const FAST_TEST_PASSWORD_HASH = { type: argon2.argon2id, memoryCost: 1_024, timeCost: 1, parallelism: 1 } as const;

/** The parameters new hashes get in this process. */
export function passwordHashOptions() {
  return env().fastPasswordHashing ? FAST_TEST_PASSWORD_HASH : PASSWORD_HASH;
}

/** At most this many hashes run at once in this process (libuv's thread pool has 4 threads). */
export const HASH_CONCURRENCY = 4;
/** How long a request waits for a free slot before it is told to try again in a moment. */
export const HASH_WAIT_MS = 2_000;

/** Every slot stayed busy for HASH_WAIT_MS: answer 429 / "try again in a moment". */
export class HashBusyError extends Error {
  constructor() {
    super("Mend is busy right now.");
  }
}

// A flood of sign-ins would otherwise queue unbounded argon2 work (and 64 MiB each) behind the
// thread pool and stall sign-in for everyone; excess requests wait briefly, then give up.
let running = 0;
const waiting: (() => void)[] = [];

export async function withHashSlot<T>(work: () => Promise<T>, waitMs = HASH_WAIT_MS): Promise<T> {
  if (running >= HASH_CONCURRENCY) {
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(new HashBusyError());
      }, waitMs);
      waiting.push(wake);
    });
  } else running++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiter, so `running` never overshoots.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function hashPassword(password: string) {
  return withHashSlot(() => argon2.hash(password, passwordHashOptions()));
}

export async function verifyPassword(hash: string, password: string) {
  return withHashSlot(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });
}

// Compared against when the email is unknown, so a wrong email costs the same time
// as a wrong password and sign-in does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyVerify(password: string) {
  dummyHash ??= argon2.hash("mend-dummy-password-for-timing", passwordHashOptions());
  return dummyHash.then((hash) => verifyPassword(hash, password)).then(() => false);
}
