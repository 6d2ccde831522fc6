// The rules of the game (stage 9): the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/agreement.ts, which passes these on).

export const AGREEMENT_CATEGORIES = ["communication", "transparency", "time", "money", "family", "intimacy", "other"] as const;
export type AgreementCategory = (typeof AGREEMENT_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<AgreementCategory, string> = {
  communication: "Communication",
  transparency: "Transparency",
  time: "Time",
  money: "Money",
  family: "Family and friends",
  intimacy: "Intimacy",
  other: "Other",
};

export const AGREEMENT_TITLE_MAX = 120;
export const AGREEMENT_TEXT_MAX = 4000;
export const AGREEMENT_SCOPE_MAX = 600;
export const AGREEMENT_REASON_MAX = 1000;

/** Messages the agreement writes return; the conflict one is recognised by the form. */
export const AGREEMENT_MESSAGES = {
  ownProposal: "You proposed this version; it needs your partner's answer, not yours.",
  notPending: "That version is no longer waiting for an answer: it was already decided or replaced by a newer one.",
  retired: "This agreement has been retired; it can't be changed any more.",
  alreadyRetireRequested: "A request to retire this agreement is already waiting for an answer.",
  noRetireRequest: "There is no request to retire this agreement waiting for you.",
  ownRetireRequest: "You asked to retire this agreement; it needs your partner's answer.",
  notActive: "Only an agreement you both accepted can be retired or reaffirmed.",
  notDue: "This agreement isn't due for review.",
  alreadyReaffirmed: "You've already reaffirmed it; it's waiting for your partner.",
  conflict: "Your partner changed this agreement while you were writing. Your text is still here, and nothing was saved.",
} as const;
