export function dataDir(): string;
export function defaultDatabaseUrl(): string;
export function databaseProvider(url: string): "sqlite" | "postgresql" | null;
export function prismaLayout(provider: "sqlite" | "postgresql" | null): { schema: string; migrations: string };
export function sqlitePath(url: string): string | null;
export function ensureSecret(dir?: string): string;
export const SQLITE_COMPANIONS: readonly string[];
export function tightenPermissions(options?: { dir?: string; dbFile?: string | null; log?: (line: string) => void }): string[];
export function keysDir(dir?: string): string;
export function loadDataKeys(options: {
  provider: "sqlite" | "postgresql";
  dataKey?: string;
  previousKeys?: string[];
  dir?: string;
}): import("./crypto/seal.mjs").Keyring;
export const CURRENT_KEY_FILE: string;
export function writeRetiringKey(folder: string, key: Buffer): string;
export function replaceCurrentKey(folder: string, key: Buffer): void;
