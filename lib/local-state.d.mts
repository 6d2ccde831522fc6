export function dataDir(): string;
export function defaultDatabaseUrl(): string;
export function sqlitePath(url: string): string | null;
export function ensureSecret(dir?: string): string;
