"use server";

import { headers } from "next/headers";
import { done, partnerAction, userAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { confirmRecentPassword } from "@/lib/server/auth/reauth";
import { markPasswordEntered } from "@/lib/server/auth/sessions";
import { attemptSource } from "@/lib/server/auth/device-cookie";
import { deleteAccount, leaveCouple } from "@/lib/server/departure/leave";
import { db } from "@/lib/server/db";
import { deleteAccountSchema, exportSchema, leaveSchema } from "@/lib/validation/departure";
import { refuse } from "@/lib/validation/form";

// Export, leaving and deleting all open or end someone's private writing: each asks for the
// password first (entered in this session within 10 minutes, or with the request).

/** Confirms the password; the download (./export) and the printable page (./print) then open for 10 minutes. */
export const confirmExportAction = partnerAction(exportSchema, async (ctx, { password }) => {
  const reauth = await confirmRecentPassword(ctx, password, attemptSource(await headers()));
  if (reauth.refused) return reauth.refused;
  if (reauth.checked) await markPasswordEntered(ctx);
  return done;
});

export const leaveCoupleAction = partnerAction(
  leaveSchema,
  async (ctx, { password, shared }) => {
    const reauth = await confirmRecentPassword(ctx, password, attemptSource(await headers()));
    if (reauth.refused) return reauth.refused;
    return leaveCouple(ctx, { shared });
  },
  { revalidate: WORKSPACE_PAGES },
);

export const deleteAccountAction = userAction(deleteAccountSchema, async (user, { password, shared }) => {
  const reauth = await confirmRecentPassword(user, password, attemptSource(await headers()));
  if (reauth.refused) return reauth.refused;
  const inCouple = await db.membership.count({ where: { userId: user.userId } });
  if (inCouple && !shared) return { ok: false, fieldErrors: { shared: ["Choose what happens to what you shared."] } };
  const result = await deleteAccount(user, { shared: shared ?? "delete" });
  return result.ok ? done : refuse("Your account could not be deleted. Please try again.");
});
