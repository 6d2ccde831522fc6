import { z } from "zod";
import { VISIBILITIES } from "@/lib/entries/labels";
import { calendarDay, reportedTimeZone, text, timeZoneField, wholeNumber } from "@/lib/validation/form";
import { CADENCES } from "@/lib/validation/commitment";
import { TALK_TEMPLATES } from "@/lib/talks/steps";

// Talks (stage 2): one schema per input, shared by the forms and the actions.

export * from "@/lib/validation/talk-options";
import { TOPIC_MAX, TALK_NOTE_MAX, FOLLOW_UP_MAX, TALK_MINUTES } from "@/lib/validation/talk-options";

export const TALK_NOT_FOUND = "That talk doesn't exist in your workspace.";
export const FOLLOW_UP_NOT_FOUND = "That follow-up doesn't exist in your workspace.";
export const STATE_OF_US_TOPIC = "State of us";
export const ATTACHMENT_INJURY_TOPIC = "Naming a hurt, and being comforted";
/** The templates that bring their own topic when none is written. */
const TEMPLATE_TOPICS: Record<string, string> = { "state-of-us": STATE_OF_US_TOPIC, "attachment-injury": ATTACHMENT_INJURY_TOPIC };

/** How often a "state of us" talk comes round, in days: 0 = it doesn't repeat. */
export const TALK_REPEATS = [0, 7, 14] as const;
export type TalkRepeat = (typeof TALK_REPEATS)[number];
const REPEAT_ERROR = "Choose whether it repeats: not at all, every week or every two weeks.";

const id = (message: string) => z.string({ error: message }).min(1, message).max(64, message);
const DATE_ERROR = "Choose the day of the talk.";
const TIME_ERROR = "Choose the time of the talk (hours and minutes).";
const MINUTES_ERROR = `Choose a length from ${TALK_MINUTES.min} to ${TALK_MINUTES.max} minutes.`;

const when = {
  date: calendarDay(DATE_ERROR),
  time: z.string({ error: TIME_ERROR }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, TIME_ERROR),
  timeZone: timeZoneField,
  minutes: z
    .union([z.literal(""), z.string({ error: MINUTES_ERROR })])
    .optional()
    .transform((v) => (v ? v : String(TALK_MINUTES.default)))
    .pipe(wholeNumber(MINUTES_ERROR, TALK_MINUTES)),
};

export const scheduleTalkSchema = z
  .object({
    template: z.enum(TALK_TEMPLATES, { error: "Choose the kind of talk." }).default(""),
    topic: z.union([z.literal(""), text("The topic", { max: TOPIC_MAX })]).default(""),
    recurEveryDays: z
      .enum(["", "0", "7", "14"], { error: REPEAT_ERROR })
      .optional()
      .transform((v): TalkRepeat => TALK_REPEATS.find((days) => String(days) === v) ?? 0),
    ...when,
  })
  .transform((d) => ({ ...d, topic: d.topic || (TEMPLATE_TOPICS[d.template] ?? "") }))
  .superRefine((d, ctx) => {
    if (!d.topic) ctx.addIssue({ code: "custom", path: ["topic"], message: "Choose a topic or write your own." });
    if (d.recurEveryDays && d.template !== "state-of-us")
      ctx.addIssue({ code: "custom", path: ["recurEveryDays"], message: "Only the “state of us” talk can repeat." });
  });
export type ScheduleTalkInput = z.output<typeof scheduleTalkSchema>;

export const rescheduleTalkSchema = z.object({ id: id(TALK_NOT_FOUND), ...when });
export type RescheduleTalkInput = z.output<typeof rescheduleTalkSchema>;

export const talkIdSchema = z.object({ id: id(TALK_NOT_FOUND) });

export const stepTalkSchema = z.object({
  id: id(TALK_NOT_FOUND),
  from: wholeNumber("Reload the page and try again.", { min: 0, max: 999 }),
  to: wholeNumber("Reload the page and try again.", { min: 0, max: 999 }),
});
export type StepTalkInput = z.output<typeof stepTalkSchema>;

export const pauseTalkSchema = z.object({
  id: id(TALK_NOT_FOUND),
  pause: z.enum(["true", "false"], { error: "Send true or false." }).transform((v) => v === "true"),
});

export const talkNoteSchema = z.object({
  id: id(TALK_NOT_FOUND),
  text: text("Your notes", { max: TALK_NOTE_MAX }),
  visibility: z.enum(VISIBILITIES, { error: "Choose who can see your notes." }).default("private"),
});
export type TalkNoteInput = z.output<typeof talkNoteSchema>;

export const followUpSchema = z.object({
  id: id(TALK_NOT_FOUND),
  text: text("The follow-up", { max: FOLLOW_UP_MAX }),
});

export const convertFollowUpSchema = z.object({
  id: id(FOLLOW_UP_NOT_FOUND),
  into: z.enum(["commitment", "agreement"], { error: "Choose a commitment or an agreement." }),
  cadence: z.enum(CADENCES, { error: "Choose how often it applies." }).default("as-needed"),
  timeZone: reportedTimeZone,
});
export type ConvertFollowUpInput = z.output<typeof convertFollowUpSchema>;

export const TALK_MESSAGES = {
  past: "That time has already passed. Choose a time in the future.",
  tooFar: "Plan talks at most a year ahead.",
  skipped: "That time doesn't exist on that day where you are (the clocks change). Choose another time.",
  overlap: (when: string) => `You already have a talk planned then (${when}). Choose a time that doesn't overlap.`,
  hurtProposes:
    "This talk begins with the partner who was hurt naming the hurt, so they are the one to propose it. You could tell them you'd be ready for it.",
  notAwaiting: "Your partner is the one who answers this proposal.",
  notProposed: "This talk isn't waiting for an answer any more.",
  notAccepted: "A talk starts once you've both agreed on the time.",
  notLive: "This talk isn't in progress.",
  stepMoved: "The talk moved on meanwhile. The page now shows where you both are.",
  paused: "The talk is paused. Resume it when you're both ready.",
  notAfter: "Notes and follow-ups are for a talk that has started.",
  closed: "This talk is already over or called off.",
  converted: "This follow-up has already been turned into something.",
  notRepeating: "This talk doesn't repeat.",
  alreadyPaused: "The talk is already paused.",
  notPaused: "The talk isn't paused.",
} as const;
