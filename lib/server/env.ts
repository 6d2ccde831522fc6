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
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  /** The database Prisma connects to. */
  databaseUrl: string;
  /** Signs session tokens: NEXTAUTH_SECRET, or the one generated into the data folder. */
  authSecret: string;
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
  };
}

let loaded: Env | undefined;

/** The validated configuration, read once per process. */
export function env(): Env {
  return (loaded ??= parseEnv(process.env));
}
