import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Keyring } from "@/lib/crypto/seal.mjs";
import { CURRENT_KEY_FILE, keysDir, loadDataKeys } from "@/lib/local-state.mjs";
import { env } from "@/lib/server/env";

/** How often, at most, a read looks at the key folder for a rotation (a stat of a file and its folder). */
const RECHECK_MS = 1000;

export type DataKeys = {
  /** The keys to seal with: the key folder is looked at first, so a write never seals with a key a rotation replaced. */
  sealing(): Keyring;
  /** The keys to open with (looked at once a second at most). */
  opening(): Keyring;
  /** Reads the keys again: a value sealed with a key this process has not seen yet (a rotation began). */
  reload(): Keyring;
};

type Source = { provider: "sqlite" | "postgresql"; dataKey?: string; previousDataKeys: string[]; dir?: string; create?: boolean };

function fromEnv(): Source {
  const { databaseProvider, dataKey, previousDataKeys, nodeEnv } = env();
  // `npm start` makes the key on a first start; a production server never makes one itself.
  return { provider: databaseProvider, dataKey, previousDataKeys, create: nodeEnv !== "production" };
}

/**
 * The data keys for this process (decision 014), read at the client's creation: a missing key
 * (PostgreSQL without MEND_DATA_KEY) fails there, clearly. From the key folder, a rotation
 * (`npm run mend -- rotate-key`) is picked up while Mend serves: a new data.key seals from the next
 * write on, and a retiring key keeps opening until the rotation retires it. A key file that
 * disappears while Mend runs is an error, never replaced by a new key.
 */
export function dataKeys(source: Source = fromEnv()): DataKeys {
  const { provider, dataKey, previousDataKeys, dir, create } = source;
  const load = (allowCreate: boolean) => loadDataKeys({ provider, dataKey, previousKeys: previousDataKeys, dir, create: allowCreate });
  let ring = load(create ?? true);
  if (dataKey) return { sealing: () => ring, opening: () => ring, reload: () => ring };
  const folder = keysDir(dir);
  const stamp = () => {
    try {
      const file = fs.statSync(path.join(folder, CURRENT_KEY_FILE));
      return `${file.ino}:${file.mtimeMs}:${fs.statSync(folder).mtimeMs}`;
    } catch {
      return "";
    }
  };
  let seen = stamp();
  let checkedAt = Date.now();
  const reload = () => {
    seen = stamp();
    checkedAt = Date.now();
    ring = load(false);
    return ring;
  };
  const current = () => {
    checkedAt = Date.now();
    return stamp() === seen ? ring : reload();
  };
  return {
    sealing: current,
    opening: () => (Date.now() - checkedAt >= RECHECK_MS ? current() : ring),
    reload,
  };
}
