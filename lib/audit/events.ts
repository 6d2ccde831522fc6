// Every event the couple's audit trail records (AuditEvent.action), in one list, with the words
// the other partner's feed ("Since your last visit") uses for it after their name. An event the
// feed never shows has no words (null). The trail holds ids and labels only, never a partner's
// words: an agreement's or a commitment's title is read from its own row when the feed shows it.

/** `{stage}` in a line becomes the stage's number and title ("stage 3, Patience"). */
export const AUDIT_EVENTS = {
  "couple.created": null,
  "couple.joined": null,
  "couple.anniversary-set": null,
  /** Worded without a name: the kind of breach is the couple's choice, never shown as a partner's act. */
  "couple.breach-set": "The kind of breach was updated",
  "invite.issued": null,
  "member.left": null,
  "member.deleted": null,
  "maintenance.started": null,
  "joint.paused": null,
  "joint.resumed": null,
  "share.created": null,
  "share.revoked": null,
  "data.exported": null,
  "intake.saved": null,
  "check-in.saved": null,
  // The feed reads shared entries and responses from their own rows, not from these events.
  "entry.created": null,
  "entry.deleted": null,
  "entry.visibility": null,
  "entry.shared-again": null,
  "entry.response.heard": null,
  "entry.response.not-yet": null,
  "stage.done": "marked their part of {stage} done",
  "stage.reopened": "reopened {stage}",
  "agreement.proposed": "proposed the agreement",
  "agreement.amended": "proposed a change to",
  "agreement.countered": "suggested a different wording for",
  "agreement.accepted": "accepted",
  "agreement.declined": "declined a version of",
  "agreement.retire-requested": "asked to retire",
  "agreement.retired": "agreed to retire",
  "agreement.retire-declined": "chose to keep",
  "agreement.reaffirmed": "reaffirmed",
  "commitment.created": "made a commitment:",
  "commitment.logged": "logged an occasion of",
  "commitment.confirmed": "confirmed your log of",
  "commitment.disputed": "would like to talk about your log of",
  "talk.proposed": "proposed a talk",
  "talk.rescheduled": "suggested another time for a talk",
  "talk.accepted": "accepted the time for a talk",
  "talk.cancelled": "called off a talk",
  "talk.repeat-stopped": "stopped a “state of us” from repeating",
  "talk.recurred": null,
  "talk.started": null,
  "talk.paused": null,
  "talk.resumed": null,
  "talk.noted": null,
  "talk.follow-up": null,
  "talk.ended": null,
  "question.asked": "asked a question in your Q&A",
  "question.answered": "answered a question in your Q&A",
  "question.revised": "revised an answer in your Q&A",
  "question.held": "held a question for a therapy session",
  "question.released": null,
  "trigger.logged": "logged a trigger",
  "trigger.replied": "replied to your trigger",
  "trigger-plan.saved": null,
} as const satisfies Record<string, string | null>;

export type AuditAction = keyof typeof AUDIT_EVENTS;

/** The events the other partner's feed shows: those with words. */
export type FeedAction = { [A in AuditAction]: (typeof AUDIT_EVENTS)[A] extends string ? A : never }[AuditAction];

/** What follows `prefix` in the feed's events of that noun: `"agreement."` → "proposed" | "amended" | … */
export type FeedVerb<P extends string> = FeedAction extends infer A ? (A extends `${P}${infer V}` ? V : never) : never;

export const FEED_ACTIONS = (Object.keys(AUDIT_EVENTS) as AuditAction[]).filter(
  (action): action is FeedAction => AUDIT_EVENTS[action] !== null,
);

/** The feed's events of one noun, by what follows the prefix. */
export function feedVerbs<P extends string>(prefix: P): FeedVerb<P>[] {
  return FEED_ACTIONS.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length) as FeedVerb<P>);
}

export function isFeedAction(action: string): action is FeedAction {
  return (FEED_ACTIONS as readonly string[]).includes(action);
}

/** The feed's words for an event. */
export const feedWords = (action: FeedAction): string => AUDIT_EVENTS[action];
