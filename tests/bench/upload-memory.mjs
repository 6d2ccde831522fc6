// Memory of Mend's server under unauthenticated uploads (issue 21, point 6): starts the production
// server (reusing `.next-e2e` when current), reads its RSS, sends UPLOADS concurrent POSTs of
// UPLOAD_MB each, reads the RSS again. Prints figures, never pass/fail (memory is noisy; the limits
// themselves are asserted in tests/integration/http-server.test.ts).
//
// Usage: node tests/bench/upload-memory.mjs   (UPLOADS=40, UPLOAD_MB=10)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { freePort, killGroup, sleep, startServer, waitForHealth } from "../support/prod-server.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const UPLOADS = Number(process.env.UPLOADS || 40);
const UPLOAD_MB = Number(process.env.UPLOAD_MB || 10);

/** The node process that serves (lib/cli/server.mjs), not start.mjs that spawned it. */
function serverPid(pgid) {
  const ps = spawnSync("ps", ["-e", "-o", "pid=,pgid=,args="], { encoding: "utf8" }).stdout;
  const line = ps.split("\n").find((l) => l.trim().split(/\s+/)[1] === String(pgid) && l.includes("lib/cli/server.mjs"));
  if (!line) throw new Error("no lib/cli/server.mjs process in the server's group");
  return Number(line.trim().split(/\s+/)[0]);
}

const rssMb = (pid) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? NaN);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
};

async function upload(base, body) {
  try {
    const res = await fetch(`${base}/`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body });
    await res.arrayBuffer();
    return String(res.status);
  } catch (error) {
    // A server that refuses before reading may close while the body is still being sent.
    return (error.cause?.code ?? error.code ?? "error").toString();
  }
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-upload-memory-"));
const port = await freePort();
const server = startServer({ root: ROOT, port, dataDir, distDir: ".next-e2e", logFile: path.join(dataDir, "server.log") });
try {
  await waitForHealth(server, 900_000);
  // A few ordinary requests first, so "before" is a warmed-up server, not a cold one.
  for (let i = 0; i < 5; i++) await (await fetch(`${server.base}/`)).arrayBuffer();
  await sleep(1000);
  const pid = serverPid(server.pgid);
  const before = rssMb(pid);
  const body = Buffer.alloc(UPLOAD_MB * 1024 * 1024, "a");
  const outcomes = await Promise.all(Array.from({ length: UPLOADS }, () => upload(server.base, body)));
  const after = rssMb(pid);
  await sleep(2000);
  const settled = rssMb(pid);
  const counts = Object.entries(outcomes.reduce((n, o) => ({ ...n, [o]: (n[o] ?? 0) + 1 }), {}))
    .map(([o, n]) => `${n}× ${o}`)
    .join(", ");
  console.log(`${UPLOADS} uploads of ${UPLOAD_MB} MB: ${counts}`);
  console.log(`RSS before ${before.rss} MB; right after ${after.rss} MB (peak ${after.peak} MB); 2 s later ${settled.rss} MB`);
} finally {
  await killGroup(server, "SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
}
