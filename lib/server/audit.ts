import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit/events";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

/** Ids and labels only; never the text a partner wrote. Every action is one of AUDIT_EVENTS (lib/audit/events.ts). */
export function recordEvent(tx: Tx, event: { coupleId: string; actorId: string | null; action: AuditAction; subject?: string }) {
  return tx.auditEvent.create({ data: { ...event, subject: event.subject ?? "" } });
}
