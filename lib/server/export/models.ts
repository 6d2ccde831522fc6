import type { Prisma } from "@/lib/generated/prisma/client";
import type { EXPORT_SECTIONS } from "@/lib/server/export/sections";

// Which export section carries each model's rows, or why none does. tests/integration/
// model-classification.test.ts fails for a model missing here, or naming a section that doesn't exist.

type SectionKey = (typeof EXPORT_SECTIONS)[number]["key"];

export type ExportRule = { section: SectionKey | null; why: string };

export const EXPORT_MODELS: Record<Prisma.ModelName, ExportRule> = {
  User: { section: "account", why: "name, email, when the account was made" },
  Couple: { section: "couple", why: "the workspace's name and members" },
  Membership: { section: "couple", why: "side and when each joined" },
  Invite: { section: null, why: "a token hash and dates: nothing a person wrote" },
  StageProgress: { section: "progress", why: "stages marked done" },
  Entry: { section: "entries", why: "everything the person may read, through the pages' own rule" },
  EntryResponse: { section: "entries", why: "under the entries they answer" },
  ShareLink: { section: "shareLinks", why: "the couple's therapist links" },
  ShareVisit: { section: "shareLinks", why: "the visits of each link" },
  AuditEvent: { section: "progress", why: "the stage history comes from it; other events are ids only" },
  RateLimit: { section: null, why: "throttle counters, tied to no one" },
  SealCanary: { section: null, why: "the data key's check (decision 014), tied to no one" },
  SignUpRequest: { section: null, why: "only exists before the account does" },
  PasswordResetToken: { section: null, why: "token hashes: secrets, not the person's words" },
  UserSession: { section: "sessions", why: "where the person is signed in" },
  CheckIn: { section: "checkIns", why: "the person's and the readable partner's check-ins" },
  CheckInPrefs: { section: "settings", why: "the person's own settings" },
  ReminderSend: { section: null, why: "delivery claims: dates and a hash" },
  MailSend: { section: null, why: "delivery claims: a kind, dates and a hash, nothing the couple wrote" },
  OutboxMail: { section: null, why: "development-only mail, never in production" },
  Agreement: { section: "agreements", why: "the rules of the game" },
  AgreementVersion: { section: "agreements", why: "each agreement's history" },
  AgreementDecision: { section: "agreements", why: "each agreement's history" },
  Commitment: { section: "commitments", why: "commitments" },
  CommitmentLog: { section: "commitments", why: "their logs" },
  CommitmentReview: { section: "commitments", why: "the reviews of the logs" },
  SafetyCheck: { section: "safety", why: "the person's own answers only" },
  JointPause: { section: "safety", why: "the person's own pause" },
  Question: { section: "questions", why: "the question-and-answer record" },
  AnswerRevision: { section: "questions", why: "every revision of each answer" },
  TriggerEvent: { section: "triggers", why: "the trigger log" },
  TriggerReply: { section: "triggers", why: "replies under each trigger" },
  TriggerPlan: { section: "triggers", why: "both partners' plans" },
  IntakeAnswer: { section: "intake", why: "the person's own intake answers, and the partner's they may read" },
  Talk: { section: "talks", why: "talks" },
  TalkNote: { section: "talks", why: "the person's notes and the partner's shared ones" },
  TalkFollowUp: { section: "talks", why: "follow-ups" },
};
