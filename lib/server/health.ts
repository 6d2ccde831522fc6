import "server-only";
import { db } from "@/lib/server/db";

export type Health = { status: "ok"; db: "ok" } | { status: "error"; db: "error"; reason: string };

/** A real round trip to the database: reads the migrations table. */
export async function checkHealth(client: Pick<typeof db, "$queryRawUnsafe"> = db): Promise<Health> {
  try {
    await client.$queryRawUnsafe("SELECT COUNT(*) AS n FROM _prisma_migrations");
    return { status: "ok", db: "ok" };
  } catch (error) {
    // The detail goes to the server log; the public answer says only what failed.
    console.error("health check: database query failed", error);
    return { status: "error", db: "error", reason: "database unavailable" };
  }
}
