export const MAX_WORKERS: number;
export function workerCount(raw: string | undefined, cores?: number): number;
export function serveWithWorkers(options: {
  count: number;
  exec: string;
  args?: string[];
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
  log?: Pick<Console, "error">;
}): Promise<number>;
export const SERVER_HEAP_MB: number;
export function serverNodeFlags(options?: {
  nodeOptions?: string;
  dev?: boolean;
  profileDir?: string | null;
  heapSnapshot?: boolean;
}): string[];
