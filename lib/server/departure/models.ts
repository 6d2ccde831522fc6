import type { Prisma } from "@/lib/generated/prisma/client";

// What leaving the couple and deleting an account do to each model's rows (leave.ts), in one table.
// tests/integration/model-classification.test.ts fails for a model missing here: a new model can't
// ship without someone deciding what happens to it when a person goes.

/**
 * removed: the person's rows go. anonymised: they stay without the person's words or name (read as
 * "a former partner"). kept: they stay for the remaining partner. untouched: not the person's, or
 * not tied to a couple. "choice" follows the person's answer to "what you shared".
 */
export type DepartureHandling = "removed" | "anonymised" | "kept" | "untouched" | "choice";

export type DepartureRule = { leave: DepartureHandling; delete: DepartureHandling; why: string };

export const DEPARTURE_MODELS: Record<Prisma.ModelName, DepartureRule> = {
  User: { leave: "untouched", delete: "removed", why: "leaving keeps the account; deleting removes it, with every session" },
  Couple: {
    leave: "kept",
    delete: "kept",
    why: "stays for the remaining partner (removed when nobody is left); lastDepartureAt is set, the kind of breach and the day of the discovery cleared",
  },
  Membership: { leave: "removed", delete: "removed", why: "the person is no longer in the couple" },
  Invite: { leave: "removed", delete: "removed", why: "open invites the person made are revoked (deleting the user removes them)" },
  StageProgress: { leave: "removed", delete: "removed", why: "the person's own marks say nothing to the next partner" },
  Entry: {
    leave: "choice",
    delete: "choice",
    why: "private ones always go; shared ones go or are kept under a former partner; one the partner answered stays without words",
  },
  EntryResponse: {
    leave: "choice",
    delete: "choice",
    why: "the person's responses follow the choice; the partner's responses always stay",
  },
  ShareLink: {
    leave: "anonymised",
    delete: "removed",
    why: "links the person made stop working (revoked); deleting the user removes them",
  },
  ShareVisit: { leave: "kept", delete: "kept", why: "visits of the couple's links stay in its history; they name no one" },
  AuditEvent: { leave: "kept", delete: "kept", why: "ids and labels only, never words; the actor id names no one once the person is gone" },
  RateLimit: { leave: "untouched", delete: "untouched", why: "throttle counters keyed by hashes, tied to no couple" },
  SealCanary: { leave: "untouched", delete: "untouched", why: "the data key's check (decision 014), tied to no one" },
  SignUpRequest: { leave: "untouched", delete: "untouched", why: "only exists before an account does" },
  PasswordResetToken: { leave: "untouched", delete: "removed", why: "the account's own; goes with the user" },
  UserSession: { leave: "untouched", delete: "removed", why: "the account's own; goes with the user" },
  CheckIn: { leave: "removed", delete: "removed", why: "a person's daily scores and notes are theirs" },
  CheckInPrefs: { leave: "untouched", delete: "removed", why: "the account's own settings" },
  ReminderSend: { leave: "untouched", delete: "removed", why: "the account's own reminders" },
  OutboxMail: { leave: "untouched", delete: "removed", why: "development mail kept for the person's address" },
  MailSend: {
    leave: "removed",
    delete: "removed",
    why: "the person's own mail about the couple's joint work: nothing queued for them is sent after they go",
  },
  Agreement: { leave: "kept", delete: "kept", why: "the couple's joint record" },
  AgreementVersion: { leave: "kept", delete: "kept", why: "immutable joint history, read as a former partner's" },
  AgreementDecision: { leave: "kept", delete: "kept", why: "immutable joint history, read as a former partner's" },
  Commitment: {
    leave: "choice",
    delete: "choice",
    why: "goes, or is kept under a former partner; one the partner confirmed stays as 'a commitment a former partner made'",
  },
  CommitmentLog: {
    leave: "choice",
    delete: "choice",
    why: "goes with its commitment, or stays as immutable history; a log the partner answered is rewritten without the note",
  },
  CommitmentReview: {
    leave: "choice",
    delete: "choice",
    why: "the person's reviews follow the choice; the partner's always stay",
  },
  SafetyCheck: { leave: "removed", delete: "removed", why: "private to its author, always" },
  JointPause: { leave: "removed", delete: "removed", why: "the person's pause ends with their membership" },
  Question: { leave: "choice", delete: "choice", why: "goes, or stays as 'a question from a former partner' when the partner answered it" },
  AnswerRevision: { leave: "choice", delete: "choice", why: "the person's answers follow the choice; the partner's answers always stay" },
  TriggerEvent: { leave: "choice", delete: "choice", why: "goes (a private note always), or stays without words when the partner replied" },
  TriggerReply: { leave: "choice", delete: "choice", why: "the person's replies follow the choice; the partner's replies always stay" },
  TriggerPlan: { leave: "choice", delete: "choice", why: "the person's own plan follows the choice" },
  IntakeAnswer: {
    leave: "removed",
    delete: "removed",
    why: "the person's own account of what happened and where they stand: it describes them, not the couple",
  },
  Talk: {
    leave: "anonymised",
    delete: "anonymised",
    why: "planned talks are cancelled; with 'delete' the topic the person wrote goes",
  },
  TalkNote: {
    leave: "choice",
    delete: "choice",
    why: "private notes always go; shared ones follow the choice; the partner's stay",
  },
  TalkFollowUp: { leave: "choice", delete: "choice", why: "the person's follow-ups follow the choice; the partner's stay" },
};
