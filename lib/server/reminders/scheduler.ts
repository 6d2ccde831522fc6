import "server-only";
import { Cron } from "croner";
import { runDueReminders } from "@/lib/server/reminders/reminders";
import { runDueAnniversaryReminders } from "@/lib/server/reminders/anniversary";
import { queueReviewReminders } from "@/lib/server/reminders/agreement-reviews";
import { sendQueuedMail } from "@/lib/server/email/queue";

// Started once per server process from instrumentation.ts. Every instance runs it; the claim in
// each sender (and the mail queue's) keeps each reminder to one email however many instances there are.

const globalForScheduler = globalThis as unknown as { mendReminderCron?: Cron };

export function startReminderScheduler(): Cron {
  globalForScheduler.mendReminderCron ??= new Cron("0 * * * * *", { protect: true, name: "mend-reminders" }, async () => {
    try {
      await runDueReminders();
      await runDueAnniversaryReminders();
      await queueReviewReminders();
      await sendQueuedMail();
    } catch (error) {
      console.error("[reminders] run failed:", error instanceof Error ? error.message : "unknown error");
    }
  });
  return globalForScheduler.mendReminderCron;
}
