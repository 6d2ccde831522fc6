// Sealed words whose table a migration renamed. A sealed value is bound to "<Model>.<column>.<row
// id>" (lib/crypto/seal.mjs), and SQL can't re-seal, so after the rename `npm start` re-seals each
// value still bound to the old name under the new one (moveSealedPlaces, lib/cli/sealing.mjs), then
// notes the move as done in SealCanary. Never remove an entry: a backup from before the rename,
// restored later, still needs it. A table renamed twice has two entries (A→B, then B→C): the one
// whose table exists runs, and re-seals values bound to any former name (A or B) under C.
export const MOVED_SEALED_PLACES = [
  { migration: "20261207100000_one_noun_talks", from: "Conversation", to: "Talk", columns: ["topic"] },
  { migration: "20261207100000_one_noun_talks", from: "ConversationNote", to: "TalkNote", columns: ["text"] },
  { migration: "20261207100000_one_noun_talks", from: "ConversationFollowUp", to: "TalkFollowUp", columns: ["text"] },
];
