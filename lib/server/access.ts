import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { membershipRow } from "@/lib/server/couples/own-membership";
import { attachedCaller, type CallerRow } from "@/lib/server/auth/caller";
import type { Side } from "@/lib/validation/couple";
import type { ShareSection } from "@/lib/validation/share";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { clientAddress } from "@/lib/server/client-address";

// The authorization boundary. Every page, layout, server action and route handler
// starts with one of these; every query takes its coupleId from the returned context.

export type UserContext = {
  kind: "user";
  userId: string;
  name: string;
  email: string;
  /** This sign-in's UserSession row (lib/server/auth/sessions.ts). */
  sessionId?: string;
  /**
   * What the session check read about the caller in the same statement (their membership, time
   * zone, new sign-ins; lib/server/auth/caller.ts), as of the start of this request. Absent where a
   * context is made another way (tests): readers then ask the database.
   */
  caller?: CallerRow;
};

export type PartnerContext = {
  kind: "partner";
  userId: string;
  name: string;
  email: string;
  coupleId: string;
  side: Side;
  sessionId?: string;
  caller?: CallerRow;
  /**
   * Set when this partner joined after someone had left: the others' writing shared before it stays
   * with the partner who was there (decision 011, lib/server/couples/boundary.ts). Null or absent: none.
   */
  sharedSince?: Date | null;
};

/**
 * The signed-in user, or null. The session callback (lib/server/auth/options.ts) has already
 * checked the session version against the database, so a revoked JWT arrives with no user id.
 */
export const currentUser = cache(async (): Promise<UserContext | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const caller = attachedCaller(session);
  return {
    kind: "user",
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    sessionId: session.sid || undefined,
    ...(caller ? { caller } : {}),
  };
});

async function signInRedirect(): Promise<never> {
  const path = safeCallbackUrl((await headers()).get("x-mend-path"));
  redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
}

export async function requireUser(): Promise<UserContext> {
  return (await currentUser()) ?? signInRedirect();
}

/** The user's couple membership as a partner context (cached per render, keyed by the user context). */
const partnerOf = cache(async (user: UserContext): Promise<PartnerContext | null> => {
  const membership = user.caller ? user.caller.membership : await membershipRow(user.userId);
  if (!membership) return null;
  return { ...user, kind: "partner", coupleId: membership.coupleId, side: membership.side as Side, sharedSince: membership.sharedSince };
});

export const currentPartner = cache(async (): Promise<PartnerContext | null> => {
  const user = await currentUser();
  return user ? partnerOf(user) : null;
});

/** A signed-in member of a couple. Signed-out → sign in; no couple yet → create one. */
export async function requirePartner(): Promise<PartnerContext> {
  // The session is checked once: outside a render (a server action) React's cache doesn't hold,
  // so asking currentPartner() after requireUser() would check it twice.
  const partner = await partnerOf(await requireUser());
  if (!partner) redirect("/app/welcome");
  return partner;
}

export type { ShareSection };

/** A visitor holding a valid share link: reads only, only within the link's scope. */
export type TherapistContext = {
  kind: "therapist";
  coupleId: string;
  shareLinkId: string;
  scope: readonly ShareSection[];
  /** The partner who made the link, and their boundary: a link never shows more than they may read (decision 011). */
  createdById?: string;
  sharedSince?: Date | null;
};

/** Who may read couple data: a partner, or a therapist through a share link. */
export type ReadContext = PartnerContext | TherapistContext;

/** Whether this reader may see a section: a partner always, a therapist link only when its scope names it. */
export const canRead = (ctx: ReadContext, section: ShareSection): boolean => ctx.kind === "partner" || ctx.scope.includes(section);

export class ReadOnlyContextError extends Error {
  constructor() {
    super("A therapist share link is read-only.");
  }
}

/**
 * Every write function calls this first. Types already keep a TherapistContext out of
 * writes; this is the run-time half of "read-only by construction".
 */
export function assertWriter(ctx: ReadContext): asserts ctx is PartnerContext {
  if (ctx.kind !== "partner") throw new ReadOnlyContextError();
}

/**
 * A visitor holding a therapist share link. Unknown, revoked and expired links, and a
 * client that has used up its lookups, all get the same 404: nothing hints which.
 * Each call logs a visit (cached per request, so a layout and its page count once).
 */
export const requireShareAccess = cache(async (token: string): Promise<TherapistContext> => {
  const h = await headers();
  const result = await resolveShareAccess(token, { key: clientAddress(h), userAgent: h.get("user-agent") });
  if (!result.ok) notFound();
  return result.ctx;
});
