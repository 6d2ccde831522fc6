import { NoticePanel } from "@/components/ui/notice-panel";
import { TextLink } from "@/components/ui/text-link";

/**
 * The way to the decision point from the end of the journey (stage 9 and maintenance): the same
 * words wherever it appears, offered, never suggested.
 */
export function DecisionLink() {
  return (
    <NoticePanel headingId="decision-link-heading" title="Staying or parting" testId="decision-link">
      <p className="mt-1 max-w-prose text-muted">
        At the end of the stages, or at any time, each of you may want to think about whether to stay together and keep building, or to part
        well. A page helps you decide with what you know. There is no deadline, and no answer is expected.
      </p>
      <p className="mt-2">
        <TextLink href="/app/decision">Deciding what comes next</TextLink>
      </p>
    </NoticePanel>
  );
}
