import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import type { PartnerContext, ShareSection, TherapistContext, UserContext } from "@/lib/server/access";
import { createShareLink } from "@/lib/server/share/links";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { registerUser } from "@/lib/server/users";
import { createCouple } from "@/lib/server/couples/couple";
import { acceptInvite, issueInvite } from "@/lib/server/couples/invites";
import type { Side } from "@/lib/validation/couple";

export const PASSWORD = "correct horse battery";

export async function makeUser(name = "Alex"): Promise<UserContext> {
  const email = `${name.toLowerCase()}-${crypto.randomBytes(4).toString("hex")}@example.test`;
  const res = await registerUser({ name, email, password: PASSWORD });
  if (!res.ok) throw new Error("could not register");
  return { kind: "user", userId: res.userId, name, email };
}

export function partnerOf(user: UserContext, coupleId: string, side: Side = "unsaid"): PartnerContext {
  return { ...user, kind: "partner", coupleId, side };
}

/** Issues an invite and fails the test if none could be issued. */
export async function invite(ctx: PartnerContext) {
  const issued = await issueInvite(ctx);
  if (!issued) throw new Error("no invite issued");
  return issued;
}

/** A couple with both partners joined through a real invite. */
export async function makeCouple(names: [string, string] = ["Alex", "Sam"]) {
  const a = await makeUser(names[0]);
  const created = await createCouple(a, { name: `${names[0]} & ${names[1]}`, side: "involved" });
  if (!created.ok) throw new Error("could not create couple");
  const pa = partnerOf(a, created.coupleId, "involved");
  const { token } = await invite(pa);
  const b = await makeUser(names[1]);
  const joined = await acceptInvite(b, token);
  if (!joined.ok) throw new Error("could not join");
  const pb = partnerOf(b, created.coupleId, "unsaid");
  return { coupleId: created.coupleId, a: pa, b: pb };
}

/** A therapist's context through a real share link with this scope, as a visit would resolve it. */
export async function therapistFor(owner: PartnerContext, scope: ShareSection[]): Promise<TherapistContext> {
  const link = await createShareLink(owner, { therapistName: "Dr. Rivera", scope, expiryDays: 30 });
  if (!link.ok) throw new Error("could not create a share link");
  const access = await resolveShareAccess(link.data.token, { key: `factory-${crypto.randomBytes(6).toString("hex")}`, userAgent: null });
  if (!access.ok) throw new Error("could not resolve the share link");
  return access.ctx;
}

export { db };

/** Both (or the given) partners answer the private safety check all "no": joint actions need a recent one. */
export async function takeSafetyChecks(...partners: PartnerContext[]) {
  const { takeSafetyCheck } = await import("@/lib/server/safety/write");
  for (const p of partners) {
    const { SAFETY_ALL_NO } = await import("@/lib/validation/safety");
    const res = await takeSafetyCheck(p, SAFETY_ALL_NO);
    if (!res.ok) throw new Error("could not take the safety check");
  }
}
