import type { Keyring } from "../crypto/seal.mjs";
export type RawDatabase = {
  all(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};
export declare const SEAL_BATCH: number;
export declare function dataKeysFor(url: string, environment?: Record<string, string | undefined>): Keyring;
export declare function openDatabase(
  url: string,
  options?: { readonly?: boolean; serializable?: boolean; pragmas?: string[] },
): Promise<RawDatabase>;
export declare function checkCanary(db: RawDatabase, ring: Keyring): Promise<{ state: "missing" | "ok" | "wrong"; message?: string }>;
export declare function ensureCanary(db: RawDatabase, ring: Keyring): Promise<void>;
export declare function sealExisting(
  db: RawDatabase,
  ring: Keyring,
  options?: { batch?: number; log?: (line: string) => void },
): Promise<number>;
export declare function moveSealedPlaces(
  db: RawDatabase,
  ring: Keyring,
  options?: {
    batch?: number;
    log?: (line: string) => void;
    moves?: readonly { migration: string; from: string; to: string; columns: readonly string[] }[];
  },
): Promise<number>;
export declare function valuesUnderOtherKeys(db: RawDatabase, ring: Keyring): Promise<number>;
export declare function resealToCurrent(
  db: RawDatabase,
  ring: Keyring,
  options?: { batch?: number; log?: (line: string) => void },
): Promise<number>;
export declare function rotateKey(
  url: string,
  options?: { environment?: Record<string, string | undefined>; batch?: number; log?: (line: string) => void },
): Promise<{ moved: number; currentId: string }>;
export declare function prepareSealing(
  url: string,
  options?: { environment?: Record<string, string | undefined>; log?: (line: string) => void },
): Promise<string | null>;
export declare function refuseWrongKey(url: string, environment?: Record<string, string | undefined>): Promise<string | null>;
