import { db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";

// "Nothing of couple 1 changed", exactly: every row of every model that belongs to the couple.
// The model list comes from the generated client, so a new model is covered the day it is added:
// it must carry `coupleId` or `userId`, or be named below with the reason it belongs to no couple.

/** Models whose rows belong to a person by email address (development mail kept for its recipient). */
const BY_EMAIL: Partial<Record<Prisma.ModelName, string>> = { OutboxMail: "to", SignUpRequest: "email" };

/** Models whose rows belong to no couple and no person. */
export const NOT_OWNED: Partial<Record<Prisma.ModelName, string>> = {
  RateLimit: "throttle counters keyed by a hash of a client or an account; attempts count by design",
  SealCanary: "the data key's check (decision 014), written at start, never by an action",
};

type Columns = Map<string, Set<string>>;
let columns: Promise<Columns> | undefined;

/** Each model's table columns (PRAGMA table_info), read once. */
export function tableColumns(): Promise<Columns> {
  return (columns ??= (async () => {
    const map: Columns = new Map();
    for (const model of Object.values(Prisma.ModelName)) {
      const rows = await db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${model}")`);
      if (rows.length === 0) throw new Error(`No table for model ${model} (a @@map? teach couple-snapshot.ts)`);
      map.set(model, new Set(rows.map((r) => r.name)));
    }
    return map;
  })());
}

/** How a model's rows are tied to a couple and its people, or why they are not. */
export async function ownership(model: Prisma.ModelName): Promise<"couple" | "user" | "coupleRow" | "userRow" | "email" | "none"> {
  const cols = (await tableColumns()).get(model)!;
  if (model === "Couple") return "coupleRow";
  if (model === "User") return "userRow";
  if (cols.has("coupleId")) return "couple";
  if (cols.has("userId")) return "user";
  if (BY_EMAIL[model] && cols.has(BY_EMAIL[model])) return "email";
  if (NOT_OWNED[model]) return "none";
  throw new Error(`Model ${model} has neither coupleId nor userId: add it to NOT_OWNED in couple-snapshot.ts with a reason`);
}

const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

/**
 * Every row of the couple (by coupleId) and of its people (by userId), as one comparable string.
 * Rows are sorted as text, so the result does not depend on the order SQLite returns them in.
 */
export async function snapshotCouple(coupleId: string, people: { userId: string; email: string }[]): Promise<string> {
  const out: Record<string, string[]> = {};
  const userIds = people.map((p) => p.userId);
  const marks = userIds.map(() => "?").join(",");
  for (const model of Object.values(Prisma.ModelName)) {
    const how = await ownership(model);
    if (how === "none") continue;
    const sql = {
      couple: [`SELECT * FROM "${model}" WHERE "coupleId" = ?`, coupleId],
      coupleRow: [`SELECT * FROM "${model}" WHERE "id" = ?`, coupleId],
      user: [`SELECT * FROM "${model}" WHERE "userId" IN (${marks})`, ...userIds],
      userRow: [`SELECT * FROM "${model}" WHERE "id" IN (${marks})`, ...userIds],
      email: [`SELECT * FROM "${model}" WHERE "${BY_EMAIL[model]}" IN (${marks})`, ...people.map((p) => p.email)],
    }[how] as [string, ...string[]];
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(...sql);
    out[model] = rows.map(json).sort();
  }
  return json(out);
}
