import "server-only";
import { z } from "zod";
import { defaultDatabaseUrl, ensureSecret } from "@/lib/local-state.mjs";

// The one module that reads the app's configuration from process.env (the CLI scripts in lib/cli,
// lib/local-state.mjs they share, and the config files at the top level aside). Validated once, at
// boot (instrumentation.ts), with a message per variable that says what a good value looks like.

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "must be a SQLite file URL, like file:./data/mend.db")
    .optional(),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be Mend's public address, like https://mend.example.org" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters long (or leave it unset: Mend then generates one)").optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an SMTP server URL, like smtps://user:password@mail.example.org:465 (or leave it unset: mail then goes to the dev outbox)" })
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "must be a sender address, like Mend <no-reply@mend.example.org>")
    .optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  /** The database Prisma connects to. */
  databaseUrl: string;
  /** Signs session tokens: NEXTAUTH_SECRET, or the one generated into the data folder. */
  authSecret: string;
  /** Mend's public address, for links in email (NEXTAUTH_URL; http://localhost:3000 when unset). */
  appUrl: string;
  /** Where mail is sent (SMTP_URL). Unset: mail goes to the dev outbox and the server log. */
  smtpUrl: string | undefined;
  /** The sender of Mend's mail (MAIL_FROM). */
  mailFrom: string;
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
  return {
    nodeEnv: parsed.data.NODE_ENV,
    databaseUrl: parsed.data.DATABASE_URL ?? defaultDatabaseUrl(),
    authSecret: parsed.data.NEXTAUTH_SECRET ?? ensureSecret(),
    appUrl: (parsed.data.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    smtpUrl: parsed.data.SMTP_URL,
    mailFrom: parsed.data.MAIL_FROM ?? "Mend <no-reply@localhost>",
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
