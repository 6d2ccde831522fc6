// Lengths a form's box and its server check share, in a module without zod so client forms can
// read them without loading the validation library. Entry kinds get theirs from textField()
// (lib/entries/kinds/define.ts); the entry total is ENTRY_MAX_CHARS (lib/request-limits.mjs).

/** A person's name, a workspace's name, a therapist's name on a link. */
export const NAME_MAX = 80;
/** What a partner still needs, answering a shared entry ("Not yet"). */
export const RESPONSE_QUESTIONS_MAX = 5_000;
