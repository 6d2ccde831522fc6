"use server";

import { done, partnerAction } from "@/lib/server/actions";
import { stageHref } from "@/lib/content/stage-features";
import { updateCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { saveCheckIn } from "@/lib/server/check-ins/write";
import { checkInPrefsSchema, checkInSchema } from "@/lib/validation/check-in";

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
