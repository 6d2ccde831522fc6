import { describe, expect, it } from "vitest";
import { mailEnabled, sendMail } from "@/lib/server/email/send";
import { myOutbox } from "@/lib/server/email/outbox";
import { runDueReminders } from "@/lib/server/reminders/reminders";
import { updateCheckInPrefs } from "@/lib/server/checkins/prefs";
import { makeCouple } from "./factories";

// Without SMTP_URL (development), mail is kept in the dev outbox: each person sees their own.

describe("the dev outbox", () => {
  it("keeps mail when no SMTP server is configured, and shows each person only their own", async () => {
    expect(mailEnabled()).toBe(false);
    const { a, b } = await makeCouple();
    await updateCheckInPrefs(a, { timeZone: "UTC", scoresPrivate: false, reminderEmail: true, reminderHour: 0 });
    expect(await runDueReminders(new Date())).toMatchObject({ sent: 1 });
    await sendMail({ to: b.email.toUpperCase(), subject: "For Sam", text: "x" });
    expect((await myOutbox(a)).map((m) => m.subject)).toEqual(["A moment for your daily check-in"]);
    expect((await myOutbox(b)).map((m) => m.subject)).toEqual(["For Sam"]);
  });
});
