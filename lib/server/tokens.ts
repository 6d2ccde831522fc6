import "server-only";
import crypto from "node:crypto";

/** 256 random bits from the CSPRNG, URL-safe. Only `hash` is ever stored. */
export function newToken() {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string) {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any lookup, so junk never reaches the database. */
export function looksLikeToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
