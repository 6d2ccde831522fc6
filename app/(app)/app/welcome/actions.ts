"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/access";
import { createCouple } from "@/lib/server/couples/couple";
import { createCoupleSchema } from "@/lib/validation/couple";
import { formDataObject, parseWith, type ActionResult, asFormData } from "@/lib/validation/form";

export async function createCoupleAction(_prev: unknown, formData: FormData): Promise<ActionResult> {
  const user = await requireUser();
  formData = asFormData(formData);
  const parsed = parseWith(createCoupleSchema, formDataObject(formData));
  if (!parsed.ok) return parsed;
  const result = await createCouple(user, parsed.data);
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: "You already belong to a couple workspace." };
  redirect("/app/settings?welcome=1#invite");
}
