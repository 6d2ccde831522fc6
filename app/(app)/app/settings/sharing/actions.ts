"use server";

import { headers } from "next/headers";
import { ok, partnerAction } from "@/lib/server/actions";
import { confirmRecentPassword } from "@/lib/server/auth/reauth";
import { markPasswordEntered } from "@/lib/server/auth/sessions";
import { attemptSource } from "@/lib/server/auth/device-cookie";
import { createShareLink, revokeShareLink } from "@/lib/server/share/links";
import { createShareLinkSchema, revokeShareLinkSchema } from "@/lib/validation/share";

export const createShareLinkAction = partnerAction(
  createShareLinkSchema,
  async (ctx, { password, ...input }) => {
    // A link opens the couple's writing to someone else: the password, entered recently, first.
    const reauth = await confirmRecentPassword(ctx, password, attemptSource(await headers()));
    if (reauth.refused) return reauth.refused;
    const result = await createShareLink(ctx, input);
    if (!result.ok) return result;
    // Recorded only now: a refused act (five links open already) writes nothing.
    if (reauth.checked) await markPasswordEntered(ctx);
    const { token, therapistName, expiresAt } = result.data;
    return ok({ token, therapistName, expiresAt: expiresAt.toISOString() });
  },
  // Checkboxes repeat the `scope` name.
  { arrays: ["scope"], revalidate: ["/app/settings/sharing"] },
);

export const revokeShareLinkAction = partnerAction(revokeShareLinkSchema, (ctx, { id }) => revokeShareLink(ctx, id), {
  revalidate: ["/app/settings/sharing"],
});
