import { Card } from "@/components/ui/card";
import { UserText } from "@/components/ui/user-text";
import type { Member } from "@/lib/server/couples/couple";
import { SIDE_LABELS } from "@/lib/validation/couple";

/** "The two of you": each member with their side, and the partner's place while they haven't joined. */
export function PartnersSection({ members, partnerJoined, invited }: { members: Member[]; partnerJoined: boolean; invited: boolean }) {
  return (
    <section aria-labelledby="partners-heading" className="space-y-3">
      <h2 id="partners-heading" className="font-semibold">
        The two of you
      </h2>
      {members.map((m) => (
        <Card key={m.userId} data-testid="partner-card" className="p-4">
          <p className="text-sm text-muted">{m.isMe ? "You" : "Your partner"}</p>
          <p className="mt-1 font-semibold">
            <UserText>{m.name}</UserText>
          </p>
          {m.side !== "unsaid" && <p className="mt-1 text-sm text-muted">{SIDE_LABELS[m.side]}</p>}
        </Card>
      ))}
      {!partnerJoined && (
        <Card className="border-dashed p-4">
          <p className="text-sm text-muted">Your partner</p>
          <p className="mt-1 font-semibold">{invited ? "Invite sent, not yet joined" : "Not invited yet"}</p>
        </Card>
      )}
    </section>
  );
}
