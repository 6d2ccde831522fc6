import "server-only";
import { z } from "zod";
import { databaseProvider, defaultDatabaseUrl, ensureSecret } from "@/lib/local-state.mjs";

// The one module that reads the app's configuration from process.env (the CLI scripts in lib/cli,
// lib/local-state.mjs they share, and the config files at the top level aside). Validated once, at
// boot (instrumentation.ts), with a message per variable that says what a good value looks like.

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)$/,
      "must be a SQLite file URL, like file:./data/mend.db, or a PostgreSQL URL, like postgresql://mend:password@db.internal:5432/mend",
    )
    .optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be Mend's public address, like https://mend.example.org" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters long (or leave it unset: Mend then generates one)").optional(),
  MEND_TRUSTED_PROXIES: z
    .string()
    .regex(/^\d{1,2}$/, "must be the number of reverse proxies in front of Mend (0 when none), like 1")
    .optional(),
  MEND_ALLOW_INSECURE_HTTP: z
    .enum(["1", "0"], "must be 1 (serve a non-local NEXTAUTH_URL over plain http, not recommended) or 0")
    .optional(),
  MEND_SIGNUPS_PER_HOUR: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, "must be a whole number of sign-ups one address may make per hour, like 20")
    .optional(),
  MEND_WRITES_PER_DAY: z
    .string()
    .regex(/^[1-9]\d{0,6}$/, "must be a whole number of changes one person may save per day, like 2000")
    .optional(),
  MEND_IDLE_DAYS: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, "must be a whole number of days a session may sit unused, like 7")
    .optional(),
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error:
        "must be an SMTP server URL, like smtps://user:password@mail.example.org:465 (or leave it unset: mail then goes to the dev outbox)",
    })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "must be a sender address, like Mend <no-reply@mend.example.org>")
    .optional(),
  MEND_QUICK_EXIT_URL: z
    .url({ protocol: /^https?$/, error: "must be the address of a neutral site the quick exit opens, like https://www.bbc.com/weather" })
    .optional(),
  MEND_LOG_QUERIES: z
    .enum(["1", "0"], "must be 1 (print every database statement's SQL, never its values, to the server's output) or 0")
    .optional(),
  MEND_RESOURCES_FILE: z.string().optional(),
  MEND_DATA_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=?$/, "must be 32 random bytes written as base64, like the output of `openssl rand -base64 32`")
    .optional(),
  MEND_DATA_KEY_PREVIOUS: z
    .string()
    .regex(
      /^[A-Za-z0-9+/]{43}=?(,[A-Za-z0-9+/]{43}=?)*$/,
      "must be the earlier data keys a rotation still needs, base64, separated by commas (or unset)",
    )
    .optional(),
  MEND_BENCH_UNSEALED: z
    .enum(["1"], "must be 1 (store words unsealed, for `npm run bench`'s comparison on this computer only) or unset")
    .optional(),
  MEND_BENCH_HEAP_SNAPSHOT: z
    .enum(["1"], "must be 1 (a heap snapshot on SIGUSR2, for `npm run bench -- --profile` on this computer only) or unset")
    .optional(),
  // Set by `npm start` for each server process under MEND_WORKERS (lib/cli/workers.mjs), never by hand.
  MEND_WORKER: z
    .string()
    .regex(/^[1-9]\d?$/, "is set by `npm start` for each of MEND_WORKERS server processes (1, 2, …); unset it")
    .optional(),
  MEND_TEST_PASSWORD_HASHING: z
    .enum(["fast"], "must be fast (cheap password hashes, for the test suites on this computer only) or unset")
    .optional(),
});

/** A weather page: unremarkable in a browser's history and on a shared screen. */
export const DEFAULT_QUICK_EXIT_URL = "https://www.bbc.com/weather";

const LOCAL_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|[^.]+\.localhost)$/i;

export type Env = {
  nodeEnv: "development" | "production" | "test";
  /** The database Prisma connects to. */
  databaseUrl: string;
  /** Which database that is: `file:` → SQLite, `postgres(ql)://` → PostgreSQL. */
  databaseProvider: "sqlite" | "postgresql";
  /** Signs session tokens: NEXTAUTH_SECRET, or the one generated into the data folder. */
  authSecret: string;
  /** NEXTAUTH_URL: the address people use, when set. */
  publicUrl: string | null;
  /** True when the public address is https: cookies are Secure with __Secure-/__Host- names, HSTS is sent. */
  https: boolean;
  /** How many reverse proxies in front of Mend append to X-Forwarded-For (0: trust only the connection). */
  trustedProxies: number;
  /** Sign-ups one client address may make per hour. */
  signupsPerHour: number;
  /** Changes (server actions of a partner) one person may save in 24 hours. */
  writesPerDay: number;
  /** A session unused for this many days is signed out. */
  idleDays: number;
  /** Mend's public address, for links in email (NEXTAUTH_URL; http://localhost:3000 when unset). */
  appUrl: string;
  /** Where mail is sent (SMTP_URL). Unset: mail goes to the dev outbox and the server log. */
  smtpUrl: string | undefined;
  /** The sender of Mend's mail (MAIL_FROM). */
  mailFrom: string;
  /** Where the quick exit sends a person (MEND_QUICK_EXIT_URL): a neutral site, never Mend. */
  quickExitUrl: string;
  /** MEND_LOG_QUERIES=1: each statement's SQL (never its values) goes to stdout, for counting (`npm run bench`). */
  logQueries: boolean;
  /** MEND_RESOURCES_FILE: a practice's own list of support lines, replacing Mend's (checked at start). */
  resourcesFile: string | null;
  /** MEND_DATA_KEY: the key that seals what people write (decision 014); unset on SQLite: the key file in the data folder. */
  dataKey: string | undefined;
  /** MEND_DATA_KEY_PREVIOUS: older keys values may still be sealed with, while a rotation runs. */
  previousDataKeys: string[];
  /** MEND_BENCH_UNSEALED=1: no sealing, for the benchmark's comparison (loopback servers only). */
  benchUnsealed: boolean;
  /** MEND_TEST_PASSWORD_HASHING=fast: cheap argon2 parameters (lib/server/auth/password.ts), tests only. */
  fastPasswordHashing: boolean;
  /**
   * Whether this process runs the reminder and housekeeping schedules: a lone server does; under
   * MEND_WORKERS only server process 1 does (MEND_WORKER, set by lib/cli/workers.mjs).
   */
  runsSchedules: boolean;
  /** Which of MEND_WORKERS server processes this is (1, 2, …), or null for a lone server. */
  worker: number | null;
};

export class EnvError extends Error {}

/** Parses a set of variables (process.env in the app, a plain object in tests). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable counts as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join(".")} ${issue.message}`);
    throw new EnvError(`Mend's configuration is not valid:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  const publicUrl = data.NEXTAUTH_URL ? new URL(data.NEXTAUTH_URL) : null;
  // Session cookies over plain http can be read and replayed by anyone on the network path.
  if (publicUrl?.protocol === "http:" && !LOCAL_HOSTS.test(publicUrl.hostname) && data.MEND_ALLOW_INSECURE_HTTP !== "1") {
    throw new EnvError(
      `Mend's configuration is not valid:\n- NEXTAUTH_URL is ${publicUrl.origin}: plain http on a host other than this computer sends ` +
        `session cookies unencrypted. Serve Mend over https (NEXTAUTH_URL=https://…), or set MEND_ALLOW_INSECURE_HTTP=1 ` +
        `to accept the risk (e.g. on a closed network for a trial).`,
    );
  }
  // Cheap hashes would make stolen password hashes cheap to crack: only under a test runner, or a
  // server whose public address is this computer (the e2e and crash suites run `next start` so).
  const fastPasswordHashing = data.MEND_TEST_PASSWORD_HASHING === "fast";
  if (fastPasswordHashing && data.NODE_ENV !== "test" && !(publicUrl && LOCAL_HOSTS.test(publicUrl.hostname))) {
    throw new EnvError(
      `Mend's configuration is not valid:\n- MEND_TEST_PASSWORD_HASHING=fast makes password hashes cheap to crack; it is for the test ` +
        `suites only and is refused unless NEXTAUTH_URL is an address on this computer (like http://127.0.0.1:3000). Unset it.`,
    );
  }
  // Unsealed storage is for the benchmark's sealed-vs-unsealed comparison, on this computer only.
  const benchUnsealed = data.MEND_BENCH_UNSEALED === "1";
  if (benchUnsealed && !(publicUrl && LOCAL_HOSTS.test(publicUrl.hostname))) {
    throw new EnvError(
      `Mend's configuration is not valid:\n- MEND_BENCH_UNSEALED=1 stores what people write unsealed; it is for \`npm run bench\` only and ` +
        `is refused unless NEXTAUTH_URL is an address on this computer (like http://127.0.0.1:3000). Unset it.`,
    );
  }
  // A heap snapshot holds what the server has opened, words included, in the clear: the bench's only.
  if (data.MEND_BENCH_HEAP_SNAPSHOT === "1" && !(publicUrl && LOCAL_HOSTS.test(publicUrl.hostname))) {
    throw new EnvError(
      `Mend's configuration is not valid:\n- MEND_BENCH_HEAP_SNAPSHOT=1 lets a signal write the server's memory, words included, to a file; ` +
        `it is for \`npm run bench -- --profile\` only and is refused unless NEXTAUTH_URL is an address on this computer (like http://127.0.0.1:3000). Unset it.`,
    );
  }
  const databaseUrl = data.DATABASE_URL ?? defaultDatabaseUrl();
  return {
    nodeEnv: data.NODE_ENV,
    databaseUrl,
    databaseProvider: databaseProvider(databaseUrl) ?? "sqlite",
    authSecret: data.NEXTAUTH_SECRET ?? ensureSecret(),
    publicUrl: publicUrl ? publicUrl.origin : null,
    https: publicUrl?.protocol === "https:",
    trustedProxies: Number(data.MEND_TRUSTED_PROXIES ?? 0),
    signupsPerHour: Number(data.MEND_SIGNUPS_PER_HOUR ?? 20),
    writesPerDay: Number(data.MEND_WRITES_PER_DAY ?? 2000),
    idleDays: Number(data.MEND_IDLE_DAYS ?? 7),
    appUrl: (data.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    smtpUrl: data.SMTP_URL,
    mailFrom: data.MAIL_FROM ?? "Mend <no-reply@localhost>",
    quickExitUrl: data.MEND_QUICK_EXIT_URL ?? DEFAULT_QUICK_EXIT_URL,
    logQueries: data.MEND_LOG_QUERIES === "1",
    resourcesFile: data.MEND_RESOURCES_FILE ?? null,
    fastPasswordHashing,
    dataKey: data.MEND_DATA_KEY,
    benchUnsealed,
    previousDataKeys: data.MEND_DATA_KEY_PREVIOUS ? data.MEND_DATA_KEY_PREVIOUS.split(",") : [],
    runsSchedules: data.MEND_WORKER === undefined || data.MEND_WORKER === "1",
    worker: data.MEND_WORKER === undefined ? null : Number(data.MEND_WORKER),
  };
}

let loaded: Env | undefined;

/** The validated configuration, read once per process. */
export function env(): Env {
  return (loaded ??= parseEnv(process.env));
}

/** Forgets the cached configuration, so a test that changed a variable sees it. Tests only. */
export function reloadEnvForTests() {
  loaded = undefined;
}
