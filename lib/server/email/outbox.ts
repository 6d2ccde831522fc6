import "server-only";
import { db } from "@/lib/server/db";
import type { UserContext } from "@/lib/server/access";

/** The dev outbox (no SMTP_URL): the newest messages addressed to the caller, and no one else's. */
export async function myOutbox(user: Pick<UserContext, "email">) {
  return db.outboxMail.findMany({
    where: { to: user.email.toLowerCase() },
    select: { id: true, subject: true, text: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}
