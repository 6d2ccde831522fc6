import type { ChildProcess } from "node:child_process";

export type ProdServer = {
  child: ChildProcess;
  pgid: number;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};
export const sleep: (ms: number) => Promise<void>;
export function freePort(): Promise<number>;
export function startServer(options: {
  root: string;
  port: number;
  dataDir: string;
  distDir?: string;
  logFile: string;
  env?: Record<string, string>;
}): ProdServer;
export function groupAlive(pgid: number): boolean;
export function groupMembers(pgid: number): string[];
export function killGroup(server: ProdServer, signal: NodeJS.Signals): Promise<void>;
export function waitForHealth(server: ProdServer, timeoutMs?: number): Promise<void>;
export function withBuildLock<T>(root: string, distDir: string, work: () => Promise<T>, timeoutMs?: number): Promise<T>;
export function seedDemo(options: { root: string; dataDir: string; base: string }): string;
