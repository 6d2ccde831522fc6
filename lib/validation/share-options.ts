// Therapist share links: the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/share.ts, which passes these on).

/**
 * The sections a link can include, in the order the therapist view shows them: the one list.
 * A feature the therapist may follow adds its key here (and its label below).
 */
export const SHARE_SECTIONS = [
  "intake",
  "progress",
  "check-ins",
  "entries",
  "agreements",
  "commitments",
  "talks",
  "held-questions",
  "triggers",
] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];

export const SHARE_SECTION_LABELS: Record<ShareSection, { label: string; hint: string }> = {
  intake: {
    label: "Intake summary",
    hint: "Each partner's intake answers marked “Partner and therapist”: what happened, when, who knows. Answers kept to oneself or shared only with each other never appear.",
  },
  progress: {
    label: "Journey progress",
    hint: "Which of the nine stages each of you has marked done, and which you've finished together.",
  },
  "check-ins": {
    label: "Check-ins and the trust timeline",
    hint: "Both partners' daily trust and closeness scores over time, and check-in notes saved for a therapist. Scores a partner keeps private stay hidden.",
  },
  entries: {
    label: "Entries shared with a therapist",
    hint: "Only entries either of you saved as “Partner and therapist”. Private and partner-only entries never appear.",
  },
  agreements: {
    label: "Rules of the game",
    hint: "The agreements you have both accepted, as they stand now. Proposals still under discussion never appear.",
  },
  commitments: {
    label: "Commitments",
    hint: "Each commitment, how often it applies and its kept-rate over 4 and 12 weeks, with the logs and notes of the last 12 weeks.",
  },
  talks: {
    label: "Talks",
    hint: "The topics and dates of your talks, and only the notes either of you saved for a therapist. Private and partner-only notes never appear.",
  },
  "held-questions": {
    label: "Questions held for a session",
    hint: "Questions either of you held for a therapy session, with any written answers and their revisions. Questions still in your Q&A never appear.",
  },
  triggers: {
    label: "Trigger log",
    hint: "How many triggers were logged each week and how strong they were, plus only the details saved for a therapist.",
  },
};

export const SHARE_DEFAULT_DAYS = 30;
export const SHARE_MAX_DAYS = 180;
