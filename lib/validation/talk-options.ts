// Talks (stage 2): the choices, labels, limits and messages its forms show and its checks enforce, in a
// module without zod, so client forms can import them without loading the validation library
// (the schemas are in lib/validation/talk.ts, which passes these on).

export const TOPIC_MAX = 200;
export const TALK_NOTE_MAX = 4000;
export const FOLLOW_UP_MAX = 200;
export const TALK_MINUTES = { min: 10, max: 180, default: 45 } as const;
/** How far ahead a talk can be planned. */
export const TALK_MAX_DAYS_AHEAD = 366;
export const PAUSE_MINUTES = 20;
