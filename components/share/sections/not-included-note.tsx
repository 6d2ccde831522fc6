import type { TherapistView } from "@/lib/server/share/therapist-view";
import { SHARE_SECTIONS, SHARE_SECTION_LABELS } from "@/lib/validation/share";

/** The sections this link leaves out, and how the therapist can see more. */
export function NotIncludedNote({ scope }: { scope: TherapistView["scope"] }) {
  const left = SHARE_SECTIONS.filter((s) => !scope.includes(s));
  if (left.length === 0) return null;
  return (
    <p className="text-sm text-muted">
      Not included in this link: {left.map((s) => SHARE_SECTION_LABELS[s].label.toLowerCase()).join(", ")}. The couple can create a new link
      if they'd like you to see more.
    </p>
  );
}
