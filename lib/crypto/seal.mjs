// Sealing at rest (issue 24, decision 014): what people write is stored as AES-256-GCM ciphertext
// under a key that never sits in the database. Plain JS (seal.d.mts beside it) so the CLI scripts
// (start, seed-demo, `npm run mend -- seal-existing | rotate-key`) seal and open exactly as the app does.
//
// Stored form: SEALED_PREFIX + base64url(version byte | key id (8) | nonce (12) | tag (16) | ciphertext).
// The associated data is "<Model>.<column>.<row id>": a sealed value copied into another row or
// column fails to open. An empty string is stored as it is (it says nothing, and lets a column's
// default and an erasure stay plain).
import crypto from "node:crypto";

export const SEALED_PREFIX = "~sealed~";
const VERSION = 1;
const KEY_ID_BYTES = 8;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES + TAG_BYTES;

/**
 * A value that could not be opened. `kind` says why: "altered" (it doesn't authenticate: changed, or
 * moved from another row or column), "unknown-key" (sealed with a key this Mend wasn't given: a
 * setup problem, never the value's), "unknown-form" (not a form this version knows).
 */
export class SealedValueError extends Error {
  constructor(message, where, kind) {
    super(message);
    this.name = "SealedValueError";
    this.where = where;
    this.kind = kind;
  }
}

/** The key's public name: 16 hex characters derived from the key, so a key file and a stored value can be matched. */
export function keyId(key) {
  return crypto.createHmac("sha256", key).update("mend data key id").digest().subarray(0, KEY_ID_BYTES).toString("hex");
}

/** Reads a key written as base64 (32 bytes); throws with `label` in the message otherwise. */
export function parseKey(text, label) {
  const key = Buffer.from(String(text).trim(), "base64");
  if (key.length !== 32 || key.toString("base64").replace(/=+$/, "") !== String(text).trim().replace(/=+$/, "")) {
    throw new Error(`${label} must be 32 random bytes written as base64 (openssl rand -base64 32).`);
  }
  return key;
}

export function newKey() {
  return crypto.randomBytes(32);
}

/**
 * The keys Mend can open with, and the one it seals with: `current` first, then older keys a
 * rotation has not finished moving away from.
 */
export function keyring(current, older = []) {
  const keys = new Map();
  for (const key of [current, ...older]) keys.set(keyId(key), key);
  return { currentId: keyId(current), current, keys };
}

export function isSealed(stored) {
  return typeof stored === "string" && stored.startsWith(SEALED_PREFIX);
}

/** The id of the key a stored value was sealed with, or null for a plain value. */
export function sealedKeyId(stored) {
  if (!isSealed(stored)) return null;
  const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), "base64url");
  return bytes.length >= HEADER_BYTES ? bytes.subarray(1, 1 + KEY_ID_BYTES).toString("hex") : null;
}

/** "<Model>.<column>.<row id>": what a sealed value is bound to. */
export function sealedPlace(model, column, rowId) {
  return `${model}.${column}.${rowId}`;
}

export function seal(ring, plain, place) {
  if (typeof plain !== "string") throw new TypeError(`only text is sealed (${place})`);
  if (plain === "") return "";
  const nonce = crypto.randomBytes(NONCE_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", ring.current, nonce);
  cipher.setAAD(Buffer.from(place, "utf8"));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const header = Buffer.concat([Buffer.from([VERSION]), Buffer.from(ring.currentId, "hex"), nonce, cipher.getAuthTag()]);
  return SEALED_PREFIX + Buffer.concat([header, body]).toString("base64url");
}

/** The plain text of a stored value; a plain (not yet sealed) value comes back as it is. */
export function open(ring, stored, place) {
  if (!isSealed(stored)) return stored;
  const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), "base64url");
  if (bytes.length < HEADER_BYTES || bytes[0] !== VERSION) {
    throw new SealedValueError(`a sealed value in ${place} has an unknown form`, place, "unknown-form");
  }
  const id = bytes.subarray(1, 1 + KEY_ID_BYTES).toString("hex");
  const key = ring.keys.get(id);
  if (!key)
    throw new SealedValueError(`a value in ${place} was sealed with key ${id}, which this Mend was not given`, place, "unknown-key");
  const nonce = bytes.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + NONCE_BYTES);
  const tag = bytes.subarray(1 + KEY_ID_BYTES + NONCE_BYTES, HEADER_BYTES);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAAD(Buffer.from(place, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedValueError(
      `a sealed value in ${place} does not open: it was altered, or moved from another row or column`,
      place,
      "altered",
    );
  }
}
