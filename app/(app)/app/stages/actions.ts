"use server";

import { revalidatePath } from "next/cache";
import { requirePartner } from "@/lib/server/access";
import {
  createEntry,
  deleteEntry,
  respondToEntry,
  setActivityStatus,
  setGoalStepDone,
  setHomeworkDone,
  updateEntry,
} from "@/lib/server/entries/write";
import { markStageDone, reopenStage } from "@/lib/server/journey/progress";
import { bodyFromForm, isEntryKind } from "@/lib/entries/kinds";
import { formDataObject, type ActionResult, asFormData } from "@/lib/validation/form";

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};
const refresh = () => revalidatePath("/app", "layout");

export async function createEntryAction(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  const ctx = await requirePartner();
  form = asFormData(form);
  const kind = field(form, "kind");
  if (!isEntryKind(kind)) return { ok: false, fieldErrors: {}, formError: "That exercise doesn't exist." };
  const result = await createEntry(ctx, {
    stageSlug: field(form, "stageSlug"),
    exerciseKey: field(form, "exerciseKey") || null,
    kind,
    visibility: field(form, "visibility"),
    body: bodyFromForm(kind, form),
  });
  if (result.ok) refresh();
  return result;
}

export async function updateEntryAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const ctx = await requirePartner();
  const submitted = asFormData(form);
  const result = await updateEntry(ctx, field(submitted, "id"), {
    body: (kind, previous) => bodyFromForm(kind, submitted, previous),
    visibility: formDataObject(submitted).visibility,
  });
  if (result.ok) refresh();
  return result;
}

export async function setActivityStatusAction(id: string, status: string): Promise<ActionResult> {
  const ctx = await requirePartner();
  const result = await setActivityStatus(ctx, id, status);
  if (result.ok) refresh();
  return result;
}

export async function deleteEntryAction(id: string): Promise<ActionResult> {
  const ctx = await requirePartner();
  const result = await deleteEntry(ctx, id);
  if (result.ok) refresh();
  return result;
}

export async function respondAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const ctx = await requirePartner();
  form = asFormData(form);
  const result = await respondToEntry(ctx, formDataObject(form));
  if (result.ok) refresh();
  return result;
}

export async function setHomeworkDoneAction(id: string, done: boolean): Promise<ActionResult> {
  const ctx = await requirePartner();
  const result = await setHomeworkDone(ctx, id, done);
  if (result.ok) refresh();
  return result;
}

export async function setGoalStepDoneAction(id: string, step: number, done: boolean): Promise<ActionResult> {
  const ctx = await requirePartner();
  const result = await setGoalStepDone(ctx, id, step, done);
  if (result.ok) refresh();
  return result;
}

export async function markStageDoneAction(slug: string) {
  const ctx = await requirePartner();
  const result = await markStageDone(ctx, slug);
  refresh();
  return result;
}

export async function reopenStageAction(slug: string) {
  const ctx = await requirePartner();
  const result = await reopenStage(ctx, slug);
  refresh();
  return result;
}
