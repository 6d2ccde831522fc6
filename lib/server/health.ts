import "server-only";
import { connection, db } from "@/lib/server/db";

export type Health = { status: "ok"; db: "ok" } | { status: "error"; db: "error"; reason: string };

/** A transaction open longer than this means the connection is stuck (Prisma's own timeout is 5 s). */
export const BUSY_AFTER_MS = 8_000;

type Options = {
  client?: Pick<typeof db, "$queryRawUnsafe">;
  busyAfterMs?: number;
};

/** A real round trip to the database (reads the migrations table), unless the connection is stuck. */
export async function checkHealth({ client = db, busyAfterMs = BUSY_AFTER_MS }: Options = {}): Promise<Health> {
  // Checked first: on a single connection the query below would wait behind the stuck transaction.
  const openMs = connection.oldestTransactionMs();
  if (openMs > busyAfterMs) {
    console.error(`health check: the database connection has been inside one transaction for ${openMs} ms`);
    return { status: "error", db: "error", reason: "database busy" };
  }
  try {
    await client.$queryRawUnsafe("SELECT COUNT(*) AS n FROM _prisma_migrations");
    return { status: "ok", db: "ok" };
  } catch (error) {
    // The detail goes to the server log; the public answer says only what failed.
    console.error("health check: database query failed", error);
    return { status: "error", db: "error", reason: "database unavailable" };
  }
}
