import { RadioCardsFieldset } from "@/components/ui/radio-cards";
import { BREACHES, BREACH_LABELS, type Breach } from "@/lib/content/readers";

/**
 * What happened, in one choice for the workspace. Optional: unset until a partner says, and nothing
 * is preselected. Used in onboarding and in settings.
 */
export function BreachFieldset({
  defaultValue,
  errors,
  legend = "What happened? (optional)",
  hint = "A few steps only fit one kind of breach, such as ending contact after an affair. Your partner sees this too, and either of you can change it any time.",
}: {
  defaultValue?: Breach | null;
  errors?: string[];
  legend?: string;
  /** Left out where the surrounding card already says it (settings). */
  hint?: string;
}) {
  return (
    <RadioCardsFieldset
      legend={legend}
      hint={hint || undefined}
      name="breach"
      className="mt-2 grid gap-2 sm:grid-cols-2"
      defaultValue={defaultValue ?? undefined}
      errors={errors}
      options={BREACHES.map((breach) => ({ value: breach, label: BREACH_LABELS[breach] }))}
    />
  );
}
