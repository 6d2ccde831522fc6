"use server";

import { done, partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import {
  createEntry,
  deleteEntry,
  shareEntryAgain,
  respondToEntry,
  setActivityStatus,
  setGoalStepDone,
  setHomeworkDone,
  updateEntry,
} from "@/lib/server/entries/write";
import { markStageDone, reopenStage } from "@/lib/server/journey/progress";
import { setAnniversaryReminder, setDiscoveredOn } from "@/lib/server/couples/anniversary";
import { anniversaryReminderSchema, discoveredOnSchema } from "@/lib/validation/anniversary";
import { bodyFromForm, validateBody } from "@/lib/entries/kinds";
import { isJointEntry } from "@/lib/entries/joint";
import { isJointEdit } from "@/lib/server/entries/read";
import { stageSlugSchema } from "@/lib/validation/journey";
import { responseSchema } from "@/lib/validation/entry";
import { stageHref } from "@/lib/content/stage-features";
import {
  activityStatusSchema,
  createEntrySchema,
  entryIdSchema,
  goalStepDoneSchema,
  homeworkDoneSchema,
  updateEntrySchema,
} from "@/lib/validation/entry-actions";

// Every stage write changes what the dashboard and the stage pages show.
const revalidate = WORKSPACE_PAGES;

export const createEntryAction = partnerAction(
  createEntrySchema,
  async (ctx, input, form) => {
    const body = validateBody(input.kind, bodyFromForm(input.kind, form));
    return body.ok ? createEntry(ctx, { ...input, body: body.data }) : body;
  },
  { revalidate, joint: isJointEntry },
);

export const updateEntryAction = partnerAction(
  updateEntrySchema,
  (ctx, { id, visibility }, form) =>
    updateEntry(ctx, id, { visibility, body: (kind, previous) => validateBody(kind, bodyFromForm(kind, form, previous)) }),
  // Changing shared homework or a planned activity is joint work, like creating it.
  { revalidate, joint: ({ id }, ctx) => isJointEdit(ctx, id) },
);

export const setActivityStatusAction = partnerAction(activityStatusSchema, (ctx, { id, status }) => setActivityStatus(ctx, id, status), {
  revalidate,
  joint: true,
});

export const deleteEntryAction = partnerAction(entryIdSchema, (ctx, { id }) => deleteEntry(ctx, id), { revalidate });

/** Shares the caller's own entry again, for a partner who joined after it was shared (decision 011). */
export const shareEntryAgainAction = partnerAction(entryIdSchema, (ctx, { id }) => shareEntryAgain(ctx, id), { revalidate });

export const respondAction = partnerAction(responseSchema, (ctx, input) => respondToEntry(ctx, input), { revalidate, joint: true });

export const setHomeworkDoneAction = partnerAction(homeworkDoneSchema, (ctx, { id, done }) => setHomeworkDone(ctx, id, done), {
  revalidate,
  joint: true,
});

export const setGoalStepDoneAction = partnerAction(goalStepDoneSchema, (ctx, { id, step, done }) => setGoalStepDone(ctx, id, step, done), {
  revalidate,
});

export const markStageDoneAction = partnerAction(stageSlugSchema, (ctx, { slug }) => markStageDone(ctx, slug), { revalidate });

export const reopenStageAction = partnerAction(stageSlugSchema, (ctx, { slug }) => reopenStage(ctx, slug), { revalidate });

// Stage 3's anniversary card: the couple's day, and each partner's own reminder.

export const setDiscoveredOnAction = partnerAction(
  discoveredOnSchema,
  async (ctx, input) => {
    await setDiscoveredOn(ctx, input);
    return done;
  },
  { revalidate: [stageHref("anniversary")] },
);

export const setAnniversaryReminderAction = partnerAction(
  anniversaryReminderSchema,
  async (ctx, input) => {
    await setAnniversaryReminder(ctx, input);
    return done;
  },
  { revalidate: [stageHref("anniversary")] },
);
