import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SEALED_PREFIX,
  SealedValueError,
  isSealed,
  keyId,
  keyring,
  newKey,
  open,
  seal,
  sealedKeyId,
  sealedPlace,
} from "@/lib/crypto/seal.mjs";
import { loadDataKeys, replaceCurrentKey, writeRetiringKey } from "@/lib/local-state.mjs";
import { TMP_DIR } from "../setup/paths";

// Decision 014: AES-256-GCM from node:crypto, a random nonce per value, the key id and a version
// byte in the stored form, the row and column as associated data.
const place = sealedPlace("Entry", "body", "c1");

describe("seal and open", () => {
  const ring = keyring(newKey());

  it("opens what it sealed, for any text, and never stores the text itself", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400, unit: "grapheme" }), (text) => {
        const stored = seal(ring, text, place);
        expect(isSealed(stored)).toBe(true);
        expect(stored.startsWith(SEALED_PREFIX)).toBe(true);
        if (text.length > 8) expect(stored).not.toContain(text);
        expect(open(ring, stored, place)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("seals the same words differently each time (a random nonce), and names its key", () => {
    const one = seal(ring, "the same words", place);
    const two = seal(ring, "the same words", place);
    expect(one).not.toBe(two);
    expect(sealedKeyId(one)).toBe(ring.currentId);
    expect(ring.currentId).toBe(keyId(ring.current));
    expect(ring.currentId).toMatch(/^[0-9a-f]{16}$/);
  });

  it("leaves an empty value empty, and reads a plain (not yet sealed) value as it is", () => {
    expect(seal(ring, "", place)).toBe("");
    expect(open(ring, "written before sealing", place)).toBe("written before sealing");
  });

  it("refuses a value moved to another row or column, altered, or sealed with a key it was not given", () => {
    const stored = seal(ring, "private words", place);
    expect(() => open(ring, stored, sealedPlace("Entry", "body", "c2"))).toThrow(SealedValueError);
    expect(() => open(ring, stored, sealedPlace("CheckIn", "note", "c1"))).toThrow(/moved from another row or column/);
    const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), "base64url");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => open(ring, SEALED_PREFIX + bytes.toString("base64url"), place)).toThrow(/altered/);
    const other = keyring(newKey());
    expect(() => open(other, stored, place)).toThrow(new RegExp(`key ${ring.currentId}, which this Mend was not given`));
    expect(() => open(ring, `${SEALED_PREFIX}AAAA`, place)).toThrow(/unknown form/);
  });

  it("opens with an older key of the ring while sealing with the current one", () => {
    const old = keyring(newKey());
    const stored = seal(old, "sealed before the rotation", place);
    const rotated = keyring(newKey(), [old.current]);
    expect(open(rotated, stored, place)).toBe("sealed before the rotation");
    expect(sealedKeyId(seal(rotated, "new", place))).toBe(rotated.currentId);
  });
});

describe("where the key comes from", () => {
  const fresh = () => (fs.mkdirSync(TMP_DIR, { recursive: true }), fs.mkdtempSync(path.join(TMP_DIR, "keys-")));

  it("the embedded database: generated on first run into <data dir>/keys/, private, and the same on the next start", () => {
    const dir = fresh();
    const first = loadDataKeys({ provider: "sqlite", dir });
    const folder = path.join(dir, "keys");
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    const keyFile = path.join(folder, "data.key");
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(keyFile, "utf8").trim(), "base64").equals(first.current)).toBe(true);
    const again = loadDataKeys({ provider: "sqlite", dir });
    expect(again.currentId).toBe(first.currentId);
    expect(again.keys.size).toBe(1);
  });

  it("a rotation's retiring keys still open, and the new key seals", () => {
    const dir = fresh();
    const folder = path.join(dir, "keys");
    const old = loadDataKeys({ provider: "sqlite", dir });
    writeRetiringKey(folder, old.current);
    const next = newKey();
    replaceCurrentKey(folder, next);
    const ring = loadDataKeys({ provider: "sqlite", dir });
    expect(ring.currentId).toBe(keyId(next));
    expect([...ring.keys.keys()].sort()).toEqual([old.currentId, keyId(next)].sort());
    expect(fs.readdirSync(folder).sort()).toEqual(["data.key", `retiring-${old.currentId}.key`]);
  });

  it("a running app never makes a key of its own: a key file gone missing is an error", () => {
    const dir = fresh();
    expect(() => loadDataKeys({ provider: "sqlite", dir, create: false })).toThrow(/data key file .*data\.key is missing/);
    expect(fs.existsSync(path.join(dir, "keys", "data.key"))).toBe(false);
  });

  it("MEND_DATA_KEY wins over the key file, with older keys beside it", () => {
    const key = newKey();
    const older = newKey();
    const ring = loadDataKeys({
      provider: "sqlite",
      dataKey: key.toString("base64"),
      previousKeys: [older.toString("base64")],
      dir: fresh(),
    });
    expect(ring.currentId).toBe(keyId(key));
    expect([...ring.keys.keys()].sort()).toEqual([keyId(key), keyId(older)].sort());
  });

  it("PostgreSQL without MEND_DATA_KEY refuses, saying what to do", () => {
    expect(() => loadDataKeys({ provider: "postgresql", dir: fresh() })).toThrow(/MEND_DATA_KEY is not set.*openssl rand -base64 32/s);
  });

  it("a key file that is not a key refuses, naming the file", () => {
    const dir = fresh();
    loadDataKeys({ provider: "sqlite", dir });
    fs.writeFileSync(path.join(dir, "keys", "data.key"), "not a key\n");
    expect(() => loadDataKeys({ provider: "sqlite", dir })).toThrow(/The key file .*data\.key must be 32 random bytes/);
  });
});
