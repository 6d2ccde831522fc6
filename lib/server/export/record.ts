import "server-only";
import { db } from "@/lib/server/db";
import { recordEvent } from "@/lib/server/audit";
import type { PartnerContext } from "@/lib/server/access";

/** The couple's history notes that an export was made (by whom, which form), never what it held. */
export async function recordExport(ctx: PartnerContext, form: "json" | "print") {
  await db.$transaction((tx) => recordEvent(tx, { coupleId: ctx.coupleId, actorId: ctx.userId, action: "data.exported", subject: form }));
}
