// What is sealed at rest (decision 014): every column a person fills in their own words. Names,
// emails, the workspace's name, dates, scores, states, visibilities and ids stay plain: sign-in,
// scoping by couple, sorting and the conditional updates that keep two partners from both winning
// query them. One list, read by the data layer (lib/server/crypto/sealed-client.ts), the CLI's
// seal-existing and rotate-key, and the marker tests.
export const SEALED_FIELDS = {
  Entry: ["body"],
  EntryResponse: ["questions"],
  CheckIn: ["note"],
  AgreementVersion: ["title", "text", "scope"],
  AgreementDecision: ["reason"],
  Commitment: ["what"],
  CommitmentLog: ["note"],
  CommitmentReview: ["note"],
  SafetyCheck: ["answers"],
  Question: ["text"],
  AnswerRevision: ["text"],
  TriggerEvent: ["what", "note"],
  TriggerReply: ["text"],
  TriggerPlan: ["helpsMe", "iWill"],
  Talk: ["topic"],
  TalkNote: ["text"],
  TalkFollowUp: ["text"],
  IntakeAnswer: ["value"],
};
