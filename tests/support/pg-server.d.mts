export function pgBinDir(): string;
export function freePort(): Promise<number>;
export function startPostgres(options?: { log?: (line: string) => void }): Promise<{
  port: number;
  dir: string;
  url: (database?: string) => string;
  stop: () => void;
}>;
