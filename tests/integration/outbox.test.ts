import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mailEnabled, sendMail } from "@/lib/server/email/send";
import { myOutbox } from "@/lib/server/email/outbox";
import { runDueReminders } from "@/lib/server/reminders/reminders";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { pruneExpired } from "@/lib/server/housekeeping";
import { reloadEnvForTests } from "@/lib/server/env";
import { db, makeCouple } from "./factories";

// Without SMTP_URL, mail is kept in the dev outbox, in development only (npm run dev): each person
// sees their own, and after an hour its links and tokens are gone (issue 21, point 8).

function runAs(nodeEnv: "development" | "production") {
  vi.stubEnv("NODE_ENV", nodeEnv);
  // A dev or production server without a local NEXTAUTH_URL refuses the suite's fast password
  // hashing (lib/server/env.ts), so these run with the real cost, as such a server would.
  vi.stubEnv("MEND_TEST_PASSWORD_HASHING", "");
  reloadEnvForTests();
}

afterEach(() => {
  vi.unstubAllEnvs();
  reloadEnvForTests();
});

const RESET_LINK = "http://localhost:3000/reset-password/Zq3v9T0kLm2Xw8Yp4Rn6Sb1Uc5Vd7Ee";

describe("the dev outbox in development", () => {
  beforeEach(() => runAs("development"));

  it("keeps mail when no SMTP server is configured, and shows each person only their own", async () => {
    expect(mailEnabled()).toBe(false);
    const { a, b } = await makeCouple();
    await updateCheckInPrefs(a, { timeZone: "UTC", scoresPrivate: false, reminderEmail: true, reminderHour: 0 });
    expect(await runDueReminders(new Date())).toMatchObject({ sent: 1 });
    await sendMail({ to: b.email.toUpperCase(), subject: "For Sam", text: "x" });
    expect((await myOutbox(a)).map((m) => m.subject)).toEqual(["A moment for your check-in"]);
    expect((await myOutbox(b)).map((m) => m.subject)).toEqual(["For Sam"]);
  });

  it("shows a link for an hour; after that it reads redacted, and housekeeping redacts it in the database", async () => {
    const { a } = await makeCouple();
    const text = `Choose a new password here:\n${RESET_LINK}\n\nOr enter the code ${RESET_LINK.slice(-30)} by hand.`;
    await sendMail({ to: a.email, subject: "Choose a new password", text, html: `<a href="${RESET_LINK}">Reset</a>` });
    expect((await myOutbox(a))[0]?.text).toBe(text);

    const hourAgo = new Date(Date.now() - 61 * 60_000);
    await db.outboxMail.updateMany({ where: { to: a.email.toLowerCase() }, data: { createdAt: hourAgo } });
    const [shown] = await myOutbox(a);
    expect(shown?.subject).toBe("Choose a new password");
    expect(shown?.text).toContain("Choose a new password here:");
    expect(shown?.text).not.toContain("reset-password");
    expect(shown?.text).not.toContain(RESET_LINK.slice(-30));

    await pruneExpired();
    const [stored] = await db.outboxMail.findMany({ where: { to: a.email.toLowerCase() } });
    expect(stored?.text).not.toContain("reset-password");
    expect(stored?.text).not.toContain(RESET_LINK.slice(-30));
    expect(stored?.html ?? "").not.toContain("reset-password");
  });
});

describe("without SMTP in production", () => {
  beforeEach(() => runAs("production"));

  it("stores nothing and shows nothing", async () => {
    const { a } = await makeCouple();
    const before = await db.outboxMail.count();
    await sendMail({ to: a.email, subject: "Choose a new password", text: `Here: ${RESET_LINK}` });
    await updateCheckInPrefs(a, { timeZone: "UTC", scoresPrivate: false, reminderEmail: true, reminderHour: 0 });
    await runDueReminders(new Date());
    expect(await db.outboxMail.count()).toBe(before);
    expect(await myOutbox(a)).toEqual([]);
  });
});
