import { answersKind } from "@/lib/entries/kinds/answers";

/**
 * The draft of the last message to an affair partner (stage 1, affair only). Shared with the
 * partner by default, so the hurt partner can read it before it is sent. Mend never sends it: the
 * kind has no address field, and the form says so.
 */
export const finalMessage = answersKind("final-message", {
  noun: "a draft final message",
  title: "Final message (draft)",
  defaultVisibility: "partner",
  note: "Mend never sends this message. There is no address to fill in: you send it yourself, after your partner has had the chance to read it.",
});
