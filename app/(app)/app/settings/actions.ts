"use server";

import { revalidatePath } from "next/cache";
import { requirePartner, requireUser } from "@/lib/server/access";
import { issueInvite, revokeInvites } from "@/lib/server/couples/invites";
import { updateProfile } from "@/lib/server/couples/couple";
import { signOutEverywhere } from "@/lib/server/users";
import { nameSchema } from "@/lib/validation/auth";
import { updateMembershipSchema } from "@/lib/validation/couple";
import { formDataObject, parseWith, type ActionResult, asFormData } from "@/lib/validation/form";
import { z } from "zod";

export async function issueInviteAction(): Promise<ActionResult<{ token: string; expiresAt: string }>> {
  const ctx = await requirePartner();
  const invite = await issueInvite(ctx);
  if (!invite) return { ok: false, fieldErrors: {}, formError: "Your workspace already has two partners." };
  revalidatePath("/app/settings");
  return { ok: true, data: { token: invite.token, expiresAt: invite.expiresAt.toISOString() } };
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
  await updateProfile(ctx, parsed.data);
  revalidatePath("/app", "layout");
  return { ok: true, data: undefined };
}

export async function signOutEverywhereAction(): Promise<ActionResult> {
  const user = await requireUser();
  await signOutEverywhere(user);
  return { ok: true, data: undefined };
}
