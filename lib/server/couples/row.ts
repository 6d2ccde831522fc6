import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { ReadContext } from "@/lib/server/access";

// The couple's own row, read once per render: the home page's heading (getCouple), the maintenance
// notice and the guidance's kind of breach all come from it. Outside a render (a server action, a
// route handler, a test) each call reads afresh, so a write is never hidden behind an earlier read.

const coupleRowOf = cache((coupleId: string) =>
  db.couple.findUnique({
    where: { id: coupleId },
    select: { id: true, name: true, createdAt: true, breach: true, maintenanceSince: true, dailyRemindersUntil: true },
  }),
);

/** The caller's couple's row (null once the couple is gone). */
export function coupleRow(ctx: Pick<ReadContext, "coupleId">) {
  return coupleRowOf(ctx.coupleId);
}
