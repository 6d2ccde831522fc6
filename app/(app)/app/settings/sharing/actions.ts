"use server";

import { revalidatePath } from "next/cache";
import { requirePartner } from "@/lib/server/access";
import { createShareLink, revokeShareLink } from "@/lib/server/share/links";
import { formDataObject, type ActionResult, asFormData } from "@/lib/validation/form";

export async function createShareLinkAction(_prev: unknown, formData: FormData): Promise<ActionResult<{ token: string; therapistName: string; expiresAt: string }>> {
  const ctx = await requirePartner();
  formData = asFormData(formData);
  // Checkboxes repeat the `scope` name; formDataObject keeps only the first value.
  const input = formDataObject(formData);
  const scope = formData.getAll("scope");
  const result = await createShareLink(ctx, { ...input, scope });
  if (!result.ok) return result;
  revalidatePath("/app/settings/sharing");
  return {
    ok: true,
    data: { token: result.data.token, therapistName: result.data.therapistName, expiresAt: result.data.expiresAt.toISOString() },
  };
}

export async function revokeShareLinkAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const ctx = await requirePartner();
  formData = asFormData(formData);
  const result = await revokeShareLink(ctx, formDataObject(formData));
  revalidatePath("/app/settings/sharing");
  return result;
}
