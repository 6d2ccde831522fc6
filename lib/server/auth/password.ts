import "server-only";
import argon2 from "argon2";

// argon2id with the library's defaults (19 MiB, t=2, p=1: the OWASP baseline).
export function hashPassword(password: string) {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string) {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Compared against when the email is unknown, so a wrong email costs the same time
// as a wrong password and sign-in does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyVerify(password: string) {
  dummyHash ??= hashPassword("mend-dummy-password-for-timing");
  return dummyHash.then((hash) => verifyPassword(hash, password)).then(() => false);
}
