import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

/** Ids and labels only; never the text a partner wrote. */
export function recordEvent(tx: Tx, event: { coupleId: string; actorId: string | null; action: string; subject?: string }) {
  return tx.auditEvent.create({ data: { ...event, subject: event.subject ?? "" } });
}
