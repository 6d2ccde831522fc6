"use server";

import { redirect } from "next/navigation";
import { userAction } from "@/lib/server/actions";
import { createCouple } from "@/lib/server/couples/couple";
import { createCoupleSchema } from "@/lib/validation/couple";
import { refuse } from "@/lib/validation/form";

export const createCoupleAction = userAction(createCoupleSchema, async (user, input) => {
  const result = await createCouple(user, input);
  if (!result.ok) return refuse("You already belong to a couple workspace.");
  // Setting up comes next (app/(app)/app/start): what to expect, then the steps.
  redirect("/app/start");
});
