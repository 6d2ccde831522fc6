// Every core (issue 26): MEND_WORKERS server processes behind one port, with Node's `cluster`.
// The primary (start.mjs) accepts connections and hands them to the workers in turn; each worker
// is lib/cli/server.mjs, a whole Mend server. What must be shared already lives in the database
// (sessions, throttling counters, the daily-write allowance), and SQLite writers take the lock up
// front (BEGIN IMMEDIATE, decision 004), so the processes need nothing from each other. The one
// thing that must not run in every process, the reminder and housekeeping schedules, runs in
// worker 1 only (MEND_WORKER, read by lib/server/env.ts); a restarted worker keeps its number.
import cluster from "node:cluster";
import os from "node:os";

export const MAX_WORKERS = 64;

/** MEND_WORKERS as a number of processes: unset → 1, `auto` → the cores this machine offers. */
export function workerCount(raw, cores = os.availableParallelism()) {
  const value = (raw ?? "").trim();
  if (value === "") return 1;
  if (value === "auto") return Math.max(1, Math.min(cores, MAX_WORKERS));
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_WORKERS) {
    throw new Error(
      `MEND_WORKERS is ${JSON.stringify(raw)}: it must be a whole number of server processes from 1 to ${MAX_WORKERS}, ` +
        `or auto (one per core, ${cores} here), or unset (one).`,
    );
  }
  return Number(value);
}

/** Each server process's old-generation heap, in MB, unless NODE_OPTIONS names its own (issue 26, step 4). */
export const SERVER_HEAP_MB = 256;

/**
 * The Node flags each server process starts with. A production server holds about 110 MB of live
 * heap under load; left to V8's default limit (a quarter of the machine's memory, up to 4 GB) it let
 * garbage pile up to ~350 MB of heap and ~480–560 MB resident before collecting. A limit of
 * SERVER_HEAP_MB makes V8 collect sooner at no throughput cost measured (docs/performance.md). A
 * NODE_OPTIONS that sets --max-old-space-size itself (either spelling) wins: that is Node's own
 * knob, and an operator with a bigger couple list or a smaller machine reaches for it first.
 * `profileDir` (the bench's --profile): a CPU profile written there when the process stops; with
 * `heapSnapshot` also a heap snapshot there on SIGUSR2 (the bench only: it holds opened words in
 * the clear, lib/server/env.ts refuses it off this computer).
 */
export function serverNodeFlags({ nodeOptions = "", dev = false, profileDir = null, heapSnapshot = false } = {}) {
  const flags = [];
  if (!dev && !/--max[-_]old[-_]space[-_]size\b/.test(nodeOptions)) flags.push(`--max-old-space-size=${SERVER_HEAP_MB}`);
  if (profileDir) flags.push("--cpu-prof", `--cpu-prof-dir=${profileDir}`);
  if (profileDir && heapSnapshot) flags.push("--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${profileDir}`);
  return flags;
}

/** A worker that dies this soon after it started, twice running, is not restarted again: something is wrong with every start. */
const EARLY_EXIT_MS = 10_000;

/**
 * Runs `count` copies of `exec` as cluster workers, restarts one that dies unexpectedly (with its
 * number), and passes SIGINT/SIGTERM on to all of them; resolves with the exit code once they are all gone.
 */
export function serveWithWorkers({ count, exec, args = [], execArgv = [], env = process.env, log = console }) {
  cluster.setupPrimary({ exec, args, execArgv });
  const started = new Map(); // worker id → { number, at }
  const earlyExits = new Map(); // number → consecutive early exits
  let stopping = false;
  let exitCode = 0;

  const fork = (number) => {
    const worker = cluster.fork({ ...env, MEND_WORKER: String(number), MEND_WORKERS: String(count) });
    started.set(worker.id, { number, at: Date.now() });
  };

  return new Promise((resolve) => {
    cluster.on("exit", (worker, code, signal) => {
      const { number, at } = started.get(worker.id);
      started.delete(worker.id);
      if (!stopping) {
        const early = Date.now() - at < EARLY_EXIT_MS;
        const streak = early ? (earlyExits.get(number) ?? 0) + 1 : 0;
        earlyExits.set(number, streak);
        if (streak < 2) {
          log.error(`Mend: server process ${number} of ${count} stopped (${signal ?? `exit code ${code}`}); starting it again.`);
          fork(number);
          return;
        }
        log.error(
          `Mend: server process ${number} of ${count} stopped twice right after starting (${signal ?? `exit code ${code}`}); stopping Mend.`,
        );
        exitCode = code || 1;
        stop("SIGTERM");
      }
      if (started.size === 0) resolve(exitCode);
    });
    const stop = (signal) => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    };
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
    for (let number = 1; number <= count; number++) fork(number);
  });
}
