"use server";

import { done, ok, partnerAction, userAction, WORKSPACE_PAGES } from "@/lib/server/actions";
import { issueInvite, revokeInvites } from "@/lib/server/couples/invites";
import { setBreach, updateProfile } from "@/lib/server/couples/couple";
import { signOutEverywhere } from "@/lib/server/users";
import { dismissSignInNotices, endOtherSessions, endSession } from "@/lib/server/auth/sessions";
import { endSessionSchema } from "@/lib/validation/auth";
import { setBreachSchema, updateProfileSchema } from "@/lib/validation/couple";
import { noInput, refuse } from "@/lib/validation/form";
import { setMailPrefs } from "@/lib/server/couples/mail-prefs";
import { mailPrefsSchema } from "@/lib/validation/mail-prefs";

export const issueInviteAction = partnerAction(
  noInput,
  async (ctx) => {
    const invite = await issueInvite(ctx);
    if (!invite) return refuse("Your workspace already has two partners.");
    return ok({ token: invite.token, expiresAt: invite.expiresAt.toISOString() });
  },
  { revalidate: ["/app/settings"] },
);

export const revokeInviteAction = partnerAction(
  noInput,
  async (ctx) => {
    await revokeInvites(ctx);
    return done;
  },
  { revalidate: ["/app/settings"] },
);

export const updateProfileAction = partnerAction(
  updateProfileSchema,
  async (ctx, input) => {
    await updateProfile(ctx, input);
    return done;
  },
  { revalidate: WORKSPACE_PAGES },
);

/** Either partner sets (or clears) the kind of breach; stage guidance and affair-only steps follow it. */
export const setBreachAction = partnerAction(setBreachSchema, (ctx, { breach }) => setBreach(ctx, breach), {
  revalidate: WORKSPACE_PAGES,
});

export const signOutEverywhereAction = userAction(noInput, async (user) => {
  await signOutEverywhere(user);
  return done;
});

/** Signs one of the caller's own sessions out (from the list in settings). */
export const endSessionAction = userAction(
  endSessionSchema,
  async (user, { id }) => {
    if (!(await endSession(user, id))) return refuse("That session has already ended.");
    return done;
  },
  { revalidate: ["/app/settings"] },
);

/** Signs out every session of the caller except this one. */
export const endOtherSessionsAction = userAction(
  noInput,
  async (user) => {
    await endOtherSessions(user);
    return done;
  },
  { revalidate: ["/app/settings"] },
);

/** Hides the "new sign-in" notice in this session (it shows again for the next new sign-in). */
export const dismissSignInNoticesAction = userAction(
  noInput,
  async (user) => {
    await dismissSignInNotices(user);
    return done;
  },
  { revalidate: WORKSPACE_PAGES },
);

/** The partner's own switches for email about agreement reviews and proposed talks. */
export const updateMailPrefsAction = partnerAction(
  mailPrefsSchema,
  async (ctx, input) => {
    await setMailPrefs(ctx, input);
    return done;
  },
  { revalidate: ["/app/settings"] },
);
