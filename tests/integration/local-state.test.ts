import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildInputsHash, buildReason, readBuildHash, writeBuildHash } from "@/lib/cli/setup.mjs";
import { tightenPermissions } from "@/lib/local-state.mjs";
import { ROOT, TMP_DIR } from "../setup/paths";

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

function freshDir(name: string) {
  const dir = path.join(TMP_DIR, `local-state-${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

/**
 * Runs the start script's own setup (prepareEnvironment, then migrate) in a child process, as
 * `npm start` does, then writes once through SQLite in WAL mode from that same process (standing in
 * for the server, which inherits the umask) and reports the modes of everything it created.
 */
function startSetup(dataDir: string) {
  const script = `
    import fs from "node:fs";
    import Database from "better-sqlite3";
    import { prepareEnvironment, migrate } from "./lib/cli/setup.mjs";
    prepareEnvironment();
    migrate();
    const file = process.env.DATABASE_URL.slice("file:".length);
    const db = new Database(file);
    db.pragma("journal_mode = WAL");
    db.exec("CREATE TABLE crash_probe (x)");
    db.prepare("INSERT INTO crash_probe VALUES (1)").run();
    const mode = (f) => (fs.statSync(f).mode & 0o777).toString(8);
    const modes = { dir: mode(process.env.MEND_DATA_DIR), db: mode(file), wal: mode(file + "-wal"), shm: mode(file + "-shm"), secret: mode(process.env.MEND_DATA_DIR + "/nextauth-secret") };
    db.close();
    console.log("MODES " + JSON.stringify(modes));
  `;
  const env: NodeJS.ProcessEnv = { ...process.env, MEND_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, env, encoding: "utf8" });
  expect(result.status, result.stderr).toBe(0);
  const line = result.stdout.split("\n").find((l) => l.startsWith("MODES "));
  return { modes: JSON.parse(line!.slice("MODES ".length)) as Record<string, string>, stdout: result.stdout };
}

describe("private local state", () => {
  it("creates the data folder 0700 and the database, its -wal/-shm files and the secret 0600", () => {
    const dir = path.join(freshDir("fresh"), "data");
    const { modes } = startSetup(dir);
    expect(modes).toEqual({ dir: "700", db: "600", wal: "600", shm: "600", secret: "600" });
  });

  it("tightens an existing 0755 folder with 0644 files on start and says so in one line", () => {
    const dir = freshDir("wide");
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o755);
    for (const name of ["mend.db", "mend.db-wal", "nextauth-secret"]) {
      fs.writeFileSync(path.join(dir, name), name === "nextauth-secret" ? "s".repeat(48) : "");
      fs.chmodSync(path.join(dir, name), 0o644);
    }
    const lines: string[] = [];
    const changed = tightenPermissions({ dir, log: (line) => lines.push(line) });
    expect(modeOf(dir)).toBe(0o700);
    expect(modeOf(path.join(dir, "mend.db"))).toBe(0o600);
    expect(modeOf(path.join(dir, "mend.db-wal"))).toBe(0o600);
    expect(modeOf(path.join(dir, "nextauth-secret"))).toBe(0o600);
    expect(fs.existsSync(path.join(dir, "mend.db-shm"))).toBe(false); // only files that exist
    expect(changed).toHaveLength(4);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(dir);
    expect(lines[0]).toMatch(/755→700/);
    expect(lines[0]).toMatch(/mend\.db 644→600/);

    // Already private: nothing to do, nothing logged.
    expect(tightenPermissions({ dir, log: (line) => lines.push(line) })).toEqual([]);
    expect(lines).toHaveLength(1);
  });

  it("tightens through the start script's setup too", () => {
    const dir = freshDir("wide-start");
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o755);
    const { modes, stdout } = startSetup(dir);
    expect(modes.dir).toBe("700");
    expect(stdout).toMatch(/tightened permissions of private files in .*: .*755→700/);
  });
});

describe("build freshness", () => {
  function tree(name: string) {
    const root = freshDir(`tree-${name}`);
    const files: Record<string, string> = {
      "app/page.tsx": "export default function Page() { return null; }",
      "lib/server/x.ts": "export const x = 1;",
      "lib/generated/prisma/client.ts": "generated",
      "content/stages/01.md": "# One",
      "package.json": "{}",
      "notes.txt": "not a build input",
    };
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), content);
    }
    return root;
  }

  it("hashes an unchanged tree alike, even with new timestamps, and a copy of it alike", () => {
    const a = tree("a");
    const before = buildInputsHash(a);
    fs.utimesSync(path.join(a, "app/page.tsx"), new Date(), new Date(Date.now() + 60_000));
    expect(buildInputsHash(a)).toBe(before);
    expect(buildInputsHash(tree("b"))).toBe(before);
  });

  it("hashes differently when a source file changes, appears or moves", () => {
    const root = tree("changed");
    const before = buildInputsHash(root);
    fs.appendFileSync(path.join(root, "lib/server/x.ts"), "\n// edited");
    const edited = buildInputsHash(root);
    expect(edited).not.toBe(before);
    fs.writeFileSync(path.join(root, "app/new.tsx"), "x");
    const added = buildInputsHash(root);
    expect(added).not.toBe(edited);
    fs.renameSync(path.join(root, "lib/server/x.ts"), path.join(root, "lib/server/y.ts"));
    expect(buildInputsHash(root)).not.toBe(added);
  });

  it("ignores generated code and files that are not build inputs", () => {
    const root = tree("ignored");
    const before = buildInputsHash(root);
    fs.writeFileSync(path.join(root, "lib/generated/prisma/client.ts"), "regenerated");
    fs.writeFileSync(path.join(root, "notes.txt"), "edited");
    expect(buildInputsHash(root)).toBe(before);
  });

  it("hashes this checkout quickly", () => {
    const started = performance.now();
    expect(buildInputsHash(ROOT)).toMatch(/^[0-9a-f]{64}$/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("decides when `npm start` builds", () => {
    const h = "a".repeat(64);
    expect(buildReason({ built: false, storedHash: null, currentHash: h, forced: false })).toBe("first start");
    expect(buildReason({ built: true, storedHash: h, currentHash: h, forced: false })).toBeNull();
    expect(buildReason({ built: true, storedHash: "b".repeat(64), currentHash: h, forced: false })).toBe(
      "sources changed since the last build",
    );
    expect(buildReason({ built: true, storedHash: null, currentHash: h, forced: false })).toMatch(/no source hash/);
    expect(buildReason({ built: true, storedHash: h, currentHash: h, forced: true })).toBe("MEND_REBUILD=1");
  });

  it("keeps the hash beside the build", () => {
    const dist = freshDir("dist");
    fs.mkdirSync(dist);
    expect(readBuildHash(dist)).toBeNull();
    writeBuildHash("c".repeat(64), dist);
    expect(readBuildHash(dist)).toBe("c".repeat(64));
  });
});
