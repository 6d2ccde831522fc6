import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { Keyring } from "@/lib/crypto/seal.mjs";
import { CURRENT_KEY_FILE, keysDir, loadDataKeys } from "@/lib/local-state.mjs";
import { env } from "@/lib/server/env";

function fromEnv() {
  const { databaseProvider, dataKey, previousDataKeys } = env();
  return { provider: databaseProvider, dataKey, previousDataKeys };
}

/** How often, at most, the key folder is looked at for a rotation (a stat of a file and its folder). */
const RECHECK_MS = 1000;

export type DataKeys = {
  /** The keys to seal and open with now. */
  ring(): Keyring;
  /** Reads the keys again: a value sealed with a key this process has not seen yet (a rotation began). */
  reload(): Keyring;
};

/**
 * The data keys for this process (decision 014), read at the client's creation: a missing key
 * (PostgreSQL without MEND_DATA_KEY) fails there, clearly. From the key folder, a rotation
 * (`npm run mend -- rotate-key`) is picked up while Mend serves: a new data.key seals from the next
 * write on, and a retiring key keeps opening until the rotation retires it.
 */
export function dataKeys(
  source: { provider: "sqlite" | "postgresql"; dataKey?: string; previousDataKeys: string[]; dir?: string } = fromEnv(),
): DataKeys {
  const { provider, dataKey, previousDataKeys, dir } = source;
  const load = () => loadDataKeys({ provider, dataKey, previousKeys: previousDataKeys, dir });
  let ring = load();
  if (dataKey) return { ring: () => ring, reload: () => ring };
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
    ring = load();
    return ring;
  };
  return {
    ring() {
      if (Date.now() - checkedAt >= RECHECK_MS) {
        checkedAt = Date.now();
        if (stamp() !== seen) reload();
      }
      return ring;
    },
    reload,
  };
}
