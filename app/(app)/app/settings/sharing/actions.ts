"use server";

import { ok, partnerAction } from "@/lib/server/actions";
import { createShareLink, revokeShareLink } from "@/lib/server/share/links";
import { createShareLinkSchema, revokeShareLinkSchema } from "@/lib/validation/share";

export const createShareLinkAction = partnerAction(
  createShareLinkSchema,
  async (ctx, input) => {
    const result = await createShareLink(ctx, input);
    if (!result.ok) return result;
    const { token, therapistName, expiresAt } = result.data;
    return ok({ token, therapistName, expiresAt: expiresAt.toISOString() });
  },
  // Checkboxes repeat the `scope` name.
  { arrays: ["scope"], revalidate: ["/app/settings/sharing"] },
);

export const revokeShareLinkAction = partnerAction(revokeShareLinkSchema, (ctx, { id }) => revokeShareLink(ctx, id), {
  revalidate: ["/app/settings/sharing"],
});
