import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";

// Settings that live on pages of their own: each card says what is there and links to it.

export function TherapistSharingCard() {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Therapist sharing</h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        Give a therapist a read-only link that shows only the sections you choose. Both of you see every link and every visit, and either of
        you can revoke a link at once.
      </p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink variant="secondary" href="/app/settings/sharing">
          Manage therapist links
        </ButtonLink>
        <ButtonLink variant="secondary" href="/app/settings/intake">
          Your intake summary
        </ButtonLink>
      </div>
    </Card>
  );
}

export function DecidingCard() {
  return (
    <Card id="deciding" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">Staying or parting</h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        At any time, read about making an informed decision: staying together and keeping building, or parting well. Nothing there is
        recorded, except notes you choose to write for yourself.
      </p>
      <ButtonLink variant="secondary" href="/app/decision">
        Deciding what comes next
      </ButtonLink>
    </Card>
  );
}

export function YourDataCard() {
  return (
    <Card id="your-data" className="scroll-mt-6">
      <h2 className="text-lg font-semibold">Your data</h2>
      <p className="mt-1 mb-4 text-sm text-muted">
        Download or print everything you can see, leave the shared workspace, or delete your account.
      </p>
      <ButtonLink variant="secondary" href="/app/settings/data">
        Export, leave or delete
      </ButtonLink>
    </Card>
  );
}
