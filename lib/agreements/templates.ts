import type { AgreementCategory } from "@/lib/validation/agreement";

// Starting drafts for the propose form (`/app/agreements?template=<key>#propose`), linked from the
// stages that talk about them. A draft only pre-fills the form: the person proposing edits every
// word, and the other partner still accepts, declines or changes it. Client-safe.

export type AgreementTemplate = {
  title: string;
  category: AgreementCategory;
  text: string;
  scope: string;
  /** A first review this many days from today, pre-filled; the couple picks their own date. */
  reviewInDays: number;
  /** One line above the form: what this draft is, and what it is not. */
  note: string;
};

export const AGREEMENT_TEMPLATES = {
  transparency: {
    title: "Transparency I offer while we rebuild trust",
    category: "transparency",
    text: [
      "I offer this openness because I broke your trust, not because you demanded it.",
      "- My phone, messages, email and social media accounts are open to you when you ask. I don't delete or hide anything.",
      "- I tell you things before you have to ask: where I am if plans change, and any contact from the affair partner, within a day.",
      "- If you ask about something, I answer honestly, without sighing or making you feel like a guard.",
      "We look at this together on the review date, and decide what to keep, what to ease and what to end. It tapers as trust returns.",
    ].join("\n"),
    scope:
      "Devices and accounts open on request; information given unasked. Not included: tracking apps, reading each other's therapy notes, or either of us checking in secret.",
    reviewInDays: 90,
    note: "This is an offer from the partner who broke trust, for an agreed time with a review date. It is not coercive control, which is a pattern of domination, isolation and threats. Change any word before you propose it.",
  },
  "hidden-money": {
    title: "Openness about money while we rebuild trust",
    // Transparency, so the form asks for its scope and a review date like any offered openness.
    category: "transparency",
    text: [
      "I offer this openness because I kept money matters from you, not because you demanded it.",
      "- You can see every account, card and loan in my name, and statements when you ask.",
      "- I tell you about any spending over an amount we agree, and any new debt or account, before it happens or within a day.",
      "- We go through our finances together once a month, calmly, with nothing left out.",
      "We look at this together on the review date, and decide what to keep, what to ease and what to end.",
    ].join("\n"),
    scope:
      "Accounts, cards, loans and statements in my name, open on request; agreed spending reported. Not included: control of your own money.",
    reviewInDays: 90,
    note: "This is an offer from the partner who hid money, for an agreed time with a review date. It is not financial control: nobody loses access to their own money. Change any word before you propose it.",
  },
} as const satisfies Record<string, AgreementTemplate>;

export type TemplateKey = keyof typeof AGREEMENT_TEMPLATES;

/** The template a query parameter names, or null for anything else (unknown keys are ignored). */
export function agreementTemplate(key: unknown): (AgreementTemplate & { key: TemplateKey }) | null {
  if (typeof key !== "string" || !Object.hasOwn(AGREEMENT_TEMPLATES, key)) return null;
  return { key: key as TemplateKey, ...AGREEMENT_TEMPLATES[key as TemplateKey] };
}

/** A YYYY-MM-DD day `days` after `from` (UTC calendar; the person can change it). */
export function dayAfter(from: Date, days: number): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
