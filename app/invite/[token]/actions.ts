"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/access";
import { acceptInvite } from "@/lib/server/couples/invites";
import type { ActionResult } from "@/lib/validation/form";

const MESSAGES = {
  invalid: "This invite link is no longer valid. Ask your partner to create a new one.",
  full: "This workspace already has two partners, so it can't take anyone else.",
  "already-in-couple": "You already belong to a couple workspace. A person can be in one workspace at a time.",
} as const;

export async function acceptInviteAction(token: string): Promise<ActionResult> {
  const user = await requireUser();
  const result = await acceptInvite(user, typeof token === "string" ? token : "");
  if (!result.ok) return { ok: false, fieldErrors: {}, formError: MESSAGES[result.reason] };
  redirect("/app");
}
