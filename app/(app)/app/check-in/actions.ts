"use server";

import { done, partnerAction } from "@/lib/server/actions";
import { stageHref } from "@/lib/content/stage-features";
import { updateCheckInPrefs } from "@/lib/server/checkins/prefs";
import { saveCheckIn } from "@/lib/server/checkins/write";
import { checkInPrefsSchema, checkInSchema } from "@/lib/validation/checkin";

const everywhereCheckInsShow = ["/app", "/app/check-in", "/app/timeline", stageHref("trust-timeline")];

export const saveCheckInAction = partnerAction(checkInSchema, (ctx, input) => saveCheckIn(ctx, input), {
  revalidate: everywhereCheckInsShow,
  allowanceInWrite: true,
});

export const updateCheckInPrefsAction = partnerAction(
  checkInPrefsSchema,
  async (ctx, input) => {
    await updateCheckInPrefs(ctx, input);
    return done;
  },
  { revalidate: ["/app/settings", ...everywhereCheckInsShow] },
);
