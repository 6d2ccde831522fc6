// A throwaway PostgreSQL server from the installed binaries: a temp data folder, a free port on
// loopback, trust authentication, stopped and deleted by stop(). As root it runs as the `postgres`
// user (initdb and postgres refuse root). Used by `npm run test:postgres`, the bench, the
// two-instance test and `npm run db:migration`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export function pgBinDir() {
  if (process.env.MEND_PG_BIN) return process.env.MEND_PG_BIN;
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql).");
  return path.join(base, versions[0], "bin");
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function run(bin, args) {
  const command = asRoot ? "runuser" : bin;
  const full = asRoot ? ["-u", "postgres", "--", bin, ...args] : args;
  const result = spawnSync(command, full, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Starts a server; resolves to { url(database), port, stop() }. The `postgres` database exists. */
export async function startPostgres({ log = () => {} } = {}) {
  const bin = pgBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) {
    fs.chmodSync(dir, 0o755);
    execFileSync("chown", ["postgres", dir]);
  }
  const port = await freePort();
  run(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C"]);
  // Tuned for throwaway test data: durability off (fsync), enough connections for parallel workers.
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  log(`PostgreSQL on 127.0.0.1:${port} (${data})`);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch (error) {
      console.error(String(error));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { port, dir, url: (database = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${database}`, stop };
}
