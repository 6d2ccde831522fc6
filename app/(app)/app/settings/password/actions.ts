"use server";

import { headers } from "next/headers";
import { done, userAction } from "@/lib/server/actions";
import { changePassword } from "@/lib/server/auth/change-password";
import { reissueSession } from "@/lib/server/auth/session-cookie";
import { markPasswordEntered } from "@/lib/server/auth/sessions";
import { HashBusyError } from "@/lib/server/auth/password";
import { attemptSource, newDeviceId, rememberDevice } from "@/lib/server/auth/device-cookie";
import { BUSY_MESSAGE } from "@/lib/auth/sign-in-errors";
import { changePasswordSchema } from "@/lib/validation/auth";
import { refuse } from "@/lib/validation/form";

/** Changes the password; every other session ends, this one is re-issued and stays, and this browser stays a known device. */
export const changePasswordAction = userAction(changePasswordSchema, async (user, input) => {
  try {
    const result = await changePassword(user, input, attemptSource(await headers()));
    if (!result.ok) return result;
    await reissueSession(user, result.data.sessionVersion);
    await rememberDevice({ id: user.userId, sessionVersion: result.data.sessionVersion }, newDeviceId());
    await markPasswordEntered(user);
    return done;
  } catch (error) {
    if (error instanceof HashBusyError) return refuse(BUSY_MESSAGE);
    throw error;
  }
});
