"use server";

import { revalidatePath } from "next/cache";
import { requirePartner, requireUser } from "@/lib/server/access";
import { issueInvite, revokeInvites } from "@/lib/server/couples/invites";
import { updateSide } from "@/lib/server/couples/couple";
import { renameUser, signOutEverywhere } from "@/lib/server/users";
import { nameSchema } from "@/lib/validation/auth";
import { updateMembershipSchema } from "@/lib/validation/couple";
import { formDataObject, parseWith, type ActionResult, asFormData } from "@/lib/validation/form";
import { z } from "zod";

export async function issueInviteAction(): Promise<ActionResult<{ token: string; expiresAt: string }>> {
  const ctx = await requirePartner();
  const { token, expiresAt } = await issueInvite(ctx);
  revalidatePath("/app/settings");
  return { ok: true, data: { token, expiresAt: expiresAt.toISOString() } };
}

export async function revokeInviteAction(): Promise<ActionResult> {
  const ctx = await requirePartner();
  await revokeInvites(ctx);
  revalidatePath("/app/settings");
  return { ok: true, data: undefined };
}

const profileSchema = z.object({ name: nameSchema }).and(updateMembershipSchema);

export async function updateProfileAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const ctx = await requirePartner();
  formData = asFormData(formData);
  const parsed = parseWith(profileSchema, formDataObject(formData));
  if (!parsed.ok) return parsed;
  await renameUser(ctx, parsed.data.name);
  await updateSide(ctx, parsed.data.side);
  revalidatePath("/app", "layout");
  return { ok: true, data: undefined };
}

export async function signOutEverywhereAction(): Promise<ActionResult> {
  const user = await requireUser();
  await signOutEverywhere(user);
  return { ok: true, data: undefined };
}
