import { VisibilityBadge } from "@/components/entries/visibility-field";
import { INTAKE_LABELS, intakeValueLabel } from "@/lib/validation/intake";
import type { IntakeAnswerView } from "@/lib/server/intake/read";

/** One partner's intake answers as a definition list (the partner's page and the therapist view). */
export function IntakeAnswers({ answers, badges = false }: { answers: IntakeAnswerView[]; badges?: boolean }) {
  return (
    <dl className="divide-y divide-line">
      {answers.map((a) => (
        <div key={a.question} className="print-break-avoid py-3 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
          <dt className="text-sm font-medium text-muted">{INTAKE_LABELS[a.question].label}</dt>
          <dd className="mt-1 sm:mt-0">
            <span className="whitespace-pre-wrap break-words">{intakeValueLabel(a.question, a.value)}</span>
            {badges && (
              <span className="ml-2 inline-block align-middle">
                <VisibilityBadge visibility={a.visibility} />
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
