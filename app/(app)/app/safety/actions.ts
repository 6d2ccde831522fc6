"use server";

import { ok, partnerAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { pauseJointWork, resumeJointWork, takeSafetyCheck } from "@/lib/server/safety/write";
import { safetyCheckSchema } from "@/lib/validation/safety";
import { noInput } from "@/lib/validation/form";

// The pause shows in the header and on the dashboard of every page.
const revalidate = WORKSPACE_PAGES;

export const takeSafetyCheckAction = partnerAction(
  safetyCheckSchema,
  async (ctx, { intent, ...answers }) => {
    const result = await takeSafetyCheck(ctx, answers, { confirmPause: intent === "pause" });
    return result.ok ? ok(result.data) : result;
  },
  { revalidate },
);

export const pauseJointAction = partnerAction(noInput, (ctx) => pauseJointWork(ctx), { revalidate });

export const resumeJointAction = partnerAction(noInput, (ctx) => resumeJointWork(ctx), { revalidate });
