"use server";

import { partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import {
  acceptTalk,
  addFollowUp,
  cancelTalk,
  convertFollowUp,
  endTalk,
  pauseTalk,
  rescheduleTalk,
  saveTalkNote,
  scheduleTalk,
  startTalk,
  stepTalk,
  stopTalkRepeat,
} from "@/lib/server/talks/write";
import {
  convertFollowUpSchema,
  followUpSchema,
  pauseTalkSchema,
  rescheduleTalkSchema,
  scheduleTalkSchema,
  stepTalkSchema,
  talkIdSchema,
  talkNoteSchema,
} from "@/lib/validation/talk";

// Talks show on /app/talks, each talk's page, stage 2 and the dashboard; a converted follow-up
// also changes stage 4 and the agreements: the whole app layout is revalidated.
const revalidate = WORKSPACE_PAGES;

// Joint: anything that draws the other partner in. Cancelling, pausing, ending a talk and stopping it repeating stay open
// during a pause of joint work (stepping back must always be possible), and notes are one's own.
export const scheduleTalkAction = partnerAction(scheduleTalkSchema, (ctx, input) => scheduleTalk(ctx, input), { revalidate, joint: true });
export const rescheduleTalkAction = partnerAction(rescheduleTalkSchema, (ctx, input) => rescheduleTalk(ctx, input), {
  revalidate,
  joint: true,
});
export const acceptTalkAction = partnerAction(talkIdSchema, (ctx, input) => acceptTalk(ctx, input), { revalidate, joint: true });
export const cancelTalkAction = partnerAction(talkIdSchema, (ctx, input) => cancelTalk(ctx, input), { revalidate });
export const startTalkAction = partnerAction(talkIdSchema, (ctx, input) => startTalk(ctx, input), { revalidate, joint: true });
export const stepTalkAction = partnerAction(stepTalkSchema, (ctx, input) => stepTalk(ctx, input), { revalidate, joint: true });
export const pauseTalkAction = partnerAction(pauseTalkSchema, (ctx, input) => pauseTalk(ctx, input), { revalidate });
export const endTalkAction = partnerAction(talkIdSchema, (ctx, input) => endTalk(ctx, input), { revalidate });
export const stopTalkRepeatAction = partnerAction(talkIdSchema, (ctx, input) => stopTalkRepeat(ctx, input), { revalidate });
export const saveTalkNoteAction = partnerAction(talkNoteSchema, (ctx, input) => saveTalkNote(ctx, input), { revalidate });
export const addFollowUpAction = partnerAction(followUpSchema, (ctx, input) => addFollowUp(ctx, input), { revalidate, joint: true });
export const convertFollowUpAction = partnerAction(convertFollowUpSchema, (ctx, input) => convertFollowUp(ctx, input), {
  revalidate,
  joint: true,
});
