import { Card } from "@/components/ui/card";
import { textLinkClass } from "@/components/ui/text-link";
import { CheckInPrefsForm } from "@/components/check-ins/prefs-form";
import { MailPrefsForm } from "@/components/couples/mail-prefs-form";
import type { CheckInPrefs } from "@/lib/server/check-ins/prefs";
import type { MailPrefs } from "@/lib/server/couples/mail-prefs";
import { mailEnabled } from "@/lib/server/email/send";
import { timeZones } from "@/lib/check-ins/dates";

/** The caller's own check-in settings and reminder email. */
export function CheckInsCard({ prefs }: { prefs: CheckInPrefs }) {
  return (
    <Card id="check-ins" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">Check-ins and reminders</h2>
      <p className="mt-1 mb-4 text-sm text-muted">Your own settings; your partner has theirs.</p>
      <CheckInPrefsForm
        timeZone={prefs.timeZone}
        zoneStored={prefs.stored}
        scoresPrivate={prefs.scoresPrivate}
        reminderEmail={prefs.reminderEmail}
        reminderHour={prefs.reminderHour}
        zones={timeZones()}
        mailEnabled={mailEnabled()}
      />
      {!mailEnabled() && (
        <p className="mt-4 text-sm">
          <a href="/app/outbox" className={textLinkClass()}>
            Open your dev outbox
          </a>
        </p>
      )}
    </Card>
  );
}

/** The caller's own choice of emails about reviews and talks. */
export function MailPrefsCard({ mailPrefs }: { mailPrefs: MailPrefs }) {
  return (
    <Card id="email" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">Email about your work together</h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        Off until you switch them on: an inbox can be shared, and any email from Mend says you use it. Your own settings; your partner has
        theirs. These emails name no one and nothing you wrote, and each has a link to stop it.
      </p>
      <MailPrefsForm reviewEmail={mailPrefs.reviewEmail} talkEmail={mailPrefs.talkEmail} />
    </Card>
  );
}
