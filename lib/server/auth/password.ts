import "server-only";
import argon2 from "argon2";

// argon2id with the library's defaults (19 MiB, t=2, p=1: the OWASP baseline).

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

// A flood of sign-ins would otherwise queue unbounded argon2 work (and ~19 MiB each) behind the
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
  return withHashSlot(() => argon2.hash(password, { type: argon2.argon2id }));
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
  dummyHash ??= argon2.hash("mend-dummy-password-for-timing", { type: argon2.argon2id });
  return dummyHash.then((hash) => verifyPassword(hash, password)).then(() => false);
}
