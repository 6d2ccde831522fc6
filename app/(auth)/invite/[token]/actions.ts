"use server";

import { redirect } from "next/navigation";
import { userAction } from "@/lib/server/actions";
import { acceptInvite } from "@/lib/server/couples/invites";
import { INVITE_INVALID, acceptInviteSchema } from "@/lib/validation/couple";
import { refuse } from "@/lib/validation/form";

const MESSAGES = {
  invalid: INVITE_INVALID,
  full: "This workspace already has two partners, so it can't take anyone else.",
  "already-in-couple": "You already belong to a couple workspace. A person can be in one workspace at a time.",
} as const;

export const acceptInviteAction = userAction(acceptInviteSchema, async (user, { token }) => {
  const result = await acceptInvite(user, token);
  if (!result.ok) return refuse(MESSAGES[result.reason]);
  // The shorter setting up for the partner who joined (app/(app)/app/start).
  redirect("/app/start");
});
