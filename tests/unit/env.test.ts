import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/server/env";
import { MAX_WORKERS, SERVER_HEAP_MB, serverNodeFlags, workerCount } from "@/lib/cli/workers.mjs";

const ROOT = path.resolve(__dirname, "..", "..");
const SECRET = "s".repeat(40);

describe("configuration", () => {
  it("takes good values as they are", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "file:/srv/mend/mend.db",
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: "https://mend.example.org",
    });
    expect(env).toEqual({
      nodeEnv: "production",
      databaseUrl: "file:/srv/mend/mend.db",
      databaseProvider: "sqlite",
      authSecret: SECRET,
      publicUrl: "https://mend.example.org",
      https: true,
      trustedProxies: 0,
      signupsPerHour: 20,
      writesPerDay: 2000,
      idleDays: 7,
      appUrl: "https://mend.example.org",
      smtpUrl: undefined,
      mailFrom: "Mend <no-reply@localhost>",
      quickExitUrl: "https://www.bbc.com/weather",
      logQueries: false,
      resourcesFile: null,
      fastPasswordHashing: false,
      dataKey: undefined,
      previousDataKeys: [],
      benchUnsealed: false,
      runsSchedules: true,
      worker: null,
    });
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_RESOURCES_FILE: "/srv/mend/support-lines.md" }).resourcesFile).toBe(
      "/srv/mend/support-lines.md",
    );
  });

  it("takes the data key as 32 bytes of base64, and older keys as a comma-separated list", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    const older = Buffer.alloc(32, 9).toString("base64");
    const parsed = parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_DATA_KEY: key, MEND_DATA_KEY_PREVIOUS: `${older},${key}` });
    expect(parsed.dataKey).toBe(key);
    expect(parsed.previousDataKeys).toEqual([older, key]);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_DATA_KEY: "short" })).toThrow(
      /- MEND_DATA_KEY must be 32 random bytes written as base64/,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_DATA_KEY: key, MEND_DATA_KEY_PREVIOUS: `${older};x` })).toThrow(
      /- MEND_DATA_KEY_PREVIOUS must be the earlier data keys/,
    );
  });

  it("stores words unsealed only for the benchmark, on a server whose address is this computer", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "http://127.0.0.1:4100", MEND_BENCH_UNSEALED: "1" }).benchUnsealed).toBe(true);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "https://mend.example.org", MEND_BENCH_UNSEALED: "1" })).toThrow(
      /MEND_BENCH_UNSEALED=1 stores what people write unsealed/,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_BENCH_UNSEALED: "1" })).toThrow(/MEND_BENCH_UNSEALED/);
  });

  it("logs statements only when asked with MEND_LOG_QUERIES=1", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_LOG_QUERIES: "1" }).logQueries).toBe(true);
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_LOG_QUERIES: "0" }).logQueries).toBe(false);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_LOG_QUERIES: "yes" })).toThrow(/- MEND_LOG_QUERIES must be 1/);
  });

  it("takes a quick-exit address and refuses one that is not a web address", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_QUICK_EXIT_URL: "https://example.org/news" }).quickExitUrl).toBe(
      "https://example.org/news",
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_QUICK_EXIT_URL: "javascript:alert(1)" })).toThrow(
      /- MEND_QUICK_EXIT_URL must be the address of a neutral site/,
    );
  });

  it("picks PostgreSQL from a postgres(ql):// URL, and says what a good URL looks like", () => {
    for (const url of ["postgresql://mend:pw@db.internal:5432/mend", "postgres://mend@10.0.0.5/mend?sslmode=require"]) {
      expect(parseEnv({ NEXTAUTH_SECRET: SECRET, DATABASE_URL: url })).toMatchObject({ databaseUrl: url, databaseProvider: "postgresql" });
    }
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, DATABASE_URL: "mysql://db/mend" })).toThrow(
      /DATABASE_URL must be a SQLite file URL.*or a PostgreSQL URL/,
    );
  });

  it("takes mail settings and says what a good one looks like", () => {
    const good = parseEnv({ NEXTAUTH_SECRET: SECRET, SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "Mend <hello@example.org>" });
    expect(good).toMatchObject({ smtpUrl: "smtps://u:p@mail.example.org:465", mailFrom: "Mend <hello@example.org>" });
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, SMTP_URL: "https://mail.example.org" })).toThrow(
      /- SMTP_URL must be an SMTP server URL/,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MAIL_FROM: "not an address" })).toThrow(/- MAIL_FROM must be a sender address/);
  });

  it("falls back to the data folder's database when DATABASE_URL is unset or empty", () => {
    expect(parseEnv({ DATABASE_URL: "", NEXTAUTH_SECRET: SECRET }).databaseUrl).toMatch(/^file:.*mend\.db$/);
  });

  it("names every bad variable and says what a good value looks like", () => {
    let message = "";
    try {
      parseEnv({ DATABASE_URL: "mysql://db/mend", NEXTAUTH_URL: "mend.example.org", NEXTAUTH_SECRET: "short", NODE_ENV: "staging" });
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Mend's configuration is not valid:/);
    expect(message).toMatch(/- DATABASE_URL must be a SQLite file URL, like file:/);
    expect(message).toMatch(/- NEXTAUTH_URL must be Mend's public address/);
    expect(message).toMatch(/- NEXTAUTH_SECRET must be at least 32 characters/);
    expect(message).toMatch(/- NODE_ENV /);
  });
});

describe("the public address", () => {
  it("refuses plain http on a host other than this computer, with a message that says what to do", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "http://mend.example.org" })).toThrow(
      /NEXTAUTH_URL is http:\/\/mend\.example\.org: plain http .* set MEND_ALLOW_INSECURE_HTTP=1/s,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "http://192.168.1.20:3000" })).toThrow(EnvError);
  });

  it("accepts http on this computer, and elsewhere only when explicitly allowed", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:4000", "http://[::1]:3000", "http://mend.localhost"]) {
      expect(parseEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: url }).https, url).toBe(false);
    }
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: "http://mend.lan", MEND_ALLOW_INSECURE_HTTP: "1" }).publicUrl).toBe(
      "http://mend.lan",
    );
  });

  it("reads the number of trusted proxies, and nothing but a number", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_TRUSTED_PROXIES: "2" }).trustedProxies).toBe(2);
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_TRUSTED_PROXIES: "yes" })).toThrow(
      /MEND_TRUSTED_PROXIES must be the number of reverse proxies/,
    );
  });
});

describe("the fast password hashing of the test suites", () => {
  const FAST = { NEXTAUTH_SECRET: SECRET, MEND_TEST_PASSWORD_HASHING: "fast" };

  it("is off unless asked for, and takes nothing but fast", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, NODE_ENV: "test" }).fastPasswordHashing).toBe(false);
    expect(() => parseEnv({ ...FAST, NODE_ENV: "test", MEND_TEST_PASSWORD_HASHING: "cheap" })).toThrow(
      /- MEND_TEST_PASSWORD_HASHING must be fast/,
    );
  });

  it("is taken under a test runner and by a server whose public address is this computer", () => {
    expect(parseEnv({ ...FAST, NODE_ENV: "test" }).fastPasswordHashing).toBe(true);
    for (const url of ["http://127.0.0.1:4321", "http://localhost:3000", "http://[::1]:3000"]) {
      expect(parseEnv({ ...FAST, NODE_ENV: "production", NEXTAUTH_URL: url }).fastPasswordHashing, url).toBe(true);
    }
  });

  it("is refused on a production server anyone else can reach, or whose address is not given", () => {
    for (const url of ["https://mend.example.org", "http://192.168.1.20:3000", "https://127.0.0.1.example.org", undefined]) {
      expect(() => parseEnv({ ...FAST, NODE_ENV: "production", NEXTAUTH_URL: url, MEND_ALLOW_INSECURE_HTTP: "1" }), String(url)).toThrow(
        /MEND_TEST_PASSWORD_HASHING=fast makes password hashes cheap to crack.*Unset it\./s,
      );
    }
    expect(() => parseEnv({ ...FAST, NODE_ENV: "development" })).toThrow(EnvError);
  });
});

describe("server processes (MEND_WORKERS)", () => {
  it("runs the schedules in a lone server and in server process 1 only", () => {
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET })).toMatchObject({ runsSchedules: true, worker: null });
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_WORKER: "1" })).toMatchObject({ runsSchedules: true, worker: 1 });
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_WORKER: "2" })).toMatchObject({ runsSchedules: false, worker: 2 });
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_WORKER: "0" })).toThrow(/- MEND_WORKER is set by `npm start`/);
  });

  it("counts MEND_WORKERS: unset is one, auto is one per core, anything else is refused with what a good value is", () => {
    expect(workerCount(undefined, 8)).toBe(1);
    expect(workerCount("", 8)).toBe(1);
    expect(workerCount("3", 8)).toBe(3);
    expect(workerCount("auto", 2)).toBe(2);
    expect(workerCount("auto", 200)).toBe(MAX_WORKERS);
    for (const bad of ["0", "-1", "two", "1.5", String(MAX_WORKERS + 1), "AUTO"]) {
      expect(() => workerCount(bad, 2), bad).toThrow(
        /MEND_WORKERS is .*: it must be a whole number of server processes from 1 to 64, or auto \(one per core, 2 here\)/,
      );
    }
  });
});

describe("the server processes' Node flags", () => {
  it("bound the heap in production, unless NODE_OPTIONS names its own limit; never in development", () => {
    expect(SERVER_HEAP_MB).toBe(256);
    expect(serverNodeFlags()).toEqual(["--max-old-space-size=256"]);
    expect(serverNodeFlags({ nodeOptions: "--enable-source-maps" })).toEqual(["--max-old-space-size=256"]);
    expect(serverNodeFlags({ nodeOptions: "--enable-source-maps --max-old-space-size=1024" })).toEqual([]);
    expect(serverNodeFlags({ nodeOptions: "--max_old_space_size=1024" })).toEqual([]);
    expect(serverNodeFlags({ dev: true })).toEqual([]);
  });

  it("profile: a CPU profile in the profile folder, and a heap snapshot on SIGUSR2 only when the bench asks", () => {
    expect(serverNodeFlags({ profileDir: "/tmp/p" })).toEqual(["--max-old-space-size=256", "--cpu-prof", "--cpu-prof-dir=/tmp/p"]);
    expect(serverNodeFlags({ profileDir: "/tmp/p", heapSnapshot: true })).toEqual([
      "--max-old-space-size=256",
      "--cpu-prof",
      "--cpu-prof-dir=/tmp/p",
      "--heapsnapshot-signal=SIGUSR2",
      "--diagnostic-dir=/tmp/p",
    ]);
  });

  it("refuses a heap snapshot signal on a server that isn't on this computer: a snapshot holds people's words", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_BENCH_HEAP_SNAPSHOT: "1", NEXTAUTH_URL: "https://mend.example.org" })).toThrow(
      /MEND_BENCH_HEAP_SNAPSHOT=1 lets a signal write the server's memory/,
    );
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, MEND_BENCH_HEAP_SNAPSHOT: "1", NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBeTruthy();
  });
});

describe("process.env", () => {
  // The CLI scripts, the local-state module they share, and instrumentation.ts aside.
  const ALLOWED = new Set(["lib/server/env.ts", "lib/local-state.mjs", "instrumentation.ts"]);

  function sources(dir: string): string[] {
    return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
      const rel = path.join(dir, d.name);
      if (d.isDirectory()) return rel === "lib/generated" || rel === "lib/cli" ? [] : sources(rel);
      return /\.(ts|tsx|mjs|js)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [rel] : [];
    });
  }

  it("is read by the env module alone in app/, components/ and lib/", () => {
    const files = [...sources("app"), ...sources("components"), ...sources("lib"), "proxy.ts", "instrumentation.ts"];
    expect(files.length).toBeGreaterThan(50);
    const readers = files.filter((file) => !ALLOWED.has(file) && /process\.env/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(readers).toEqual([]);
  });
});
