"use server";

import { partnerAction } from "@/lib/server/actions";
import { saveIntake } from "@/lib/server/intake/write";
import { intakeSchema } from "@/lib/validation/intake";

// Each partner's own intake: individual work, so it stays open while joint work is paused.
export const saveIntakeAction = partnerAction(intakeSchema, (ctx, input) => saveIntake(ctx, input), {
  revalidate: [["/app/settings/intake", "page"]],
});
