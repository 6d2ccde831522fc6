import argon2 from "argon2";
import { afterEach, describe, expect, it } from "vitest";
import { reloadEnvForTests } from "@/lib/server/env";
import { FAST_TEST_PASSWORD_HASH, PASSWORD_HASH, hashPassword, passwordHashOptions, verifyPassword } from "@/lib/server/auth/password";

// The suites hash with MEND_TEST_PASSWORD_HASHING=fast (vitest.config.mts); production must not.
const setting = process.env.MEND_TEST_PASSWORD_HASHING;
afterEach(() => {
  if (setting === undefined) delete process.env.MEND_TEST_PASSWORD_HASHING;
  else process.env.MEND_TEST_PASSWORD_HASHING = setting;
  reloadEnvForTests();
});

function setHashing(value: string | undefined) {
  if (value === undefined) delete process.env.MEND_TEST_PASSWORD_HASHING;
  else process.env.MEND_TEST_PASSWORD_HASHING = value;
  reloadEnvForTests();
}

describe("password hashing cost", () => {
  it("is pinned in production to argon2id at 64 MiB, three passes, four lanes", () => {
    expect(PASSWORD_HASH).toEqual({ type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 });
  });

  it("stores hashes with the production parameters unless the fast test setting is on", async () => {
    setHashing(undefined);
    expect(passwordHashOptions()).toBe(PASSWORD_HASH);
    expect(await hashPassword("a calm long password")).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
  });

  it("hashes cheaply with MEND_TEST_PASSWORD_HASHING=fast, and either kind of hash verifies under either setting", async () => {
    setHashing("fast");
    expect(passwordHashOptions()).toBe(FAST_TEST_PASSWORD_HASH);
    const fast = await hashPassword("a calm long password");
    expect(fast).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    setHashing(undefined);
    const slow = await hashPassword("a calm long password");
    for (const value of [undefined, "fast"]) {
      setHashing(value);
      expect(await verifyPassword(fast, "a calm long password")).toBe(true);
      expect(await verifyPassword(slow, "a calm long password")).toBe(true);
      expect(await verifyPassword(slow, "another password")).toBe(false);
    }
  });
});
