import { answersKind } from "@/lib/entries/kinds/answers";

/**
 * The hurt partner's letter about what the breach did to them (issue 20 §6). Sensitive, so it
 * starts private like every letter; it is written to be shared when its author chooses, and the
 * partner who broke trust can then reply under it (letter-reply).
 */
export const impactLetter = answersKind("impact-letter", {
  noun: "an impact letter",
  title: "Impact letter",
  defaultVisibility: "private",
});
