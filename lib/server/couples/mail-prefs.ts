import "server-only";
import { db } from "@/lib/server/db";
import { assertWriter, type PartnerContext, type ReadContext } from "@/lib/server/access";
import type { MailPrefsInput } from "@/lib/validation/mail-prefs";

// Which emails about joint work a partner gets (lib/server/email/queue.ts): each partner's own,
// on until switched off here or through a mail's unsubscribe link.

export type MailPrefs = { reviewEmail: boolean; talkEmail: boolean };

export async function myMailPrefs(ctx: PartnerContext): Promise<MailPrefs> {
  const row = await db.membership.findFirst({
    where: { userId: ctx.userId, coupleId: ctx.coupleId },
    select: { reviewEmail: true, talkEmail: true },
  });
  return row ?? { reviewEmail: false, talkEmail: false };
}

export async function setMailPrefs(ctx: ReadContext, input: MailPrefsInput): Promise<void> {
  assertWriter(ctx);
  await db.membership.updateMany({
    where: { userId: ctx.userId, coupleId: ctx.coupleId },
    data: { reviewEmail: input.reviewEmail, talkEmail: input.talkEmail },
  });
}
