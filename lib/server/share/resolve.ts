import "server-only";
import { db } from "@/lib/server/db";
import type { TherapistContext } from "@/lib/server/access";
import { hashToken, looksLikeToken } from "@/lib/server/tokens";
import { parseScope } from "@/lib/validation/share";
import { describeDevice } from "@/lib/server/share/device";
import { allowShareLookup, allowShareVisit, countShareMiss } from "@/lib/server/share/rate-limit";

export type ShareResolution = { ok: true; ctx: TherapistContext } | { ok: false; reason: "not-found" | "rate-limited" };

/**
 * The core of requireShareAccess, without Next's request APIs so tests can call it:
 * count the lookup against the client's allowance, find the link by the token's hash,
 * refuse unknown, revoked and expired links alike, and log the visit.
 */
export async function resolveShareAccess(token: unknown, client: { key: string; userAgent: string | null }): Promise<ShareResolution> {
  // The client's own allowance first: hits and misses alike count for it (lib/server/share/rate-limit.ts).
  if (!(await allowShareLookup(client.key))) return { ok: false, reason: "rate-limited" };
  const link = looksLikeToken(token)
    ? await db.shareLink.findUnique({
        where: { tokenHash: hashToken(token) },
        select: {
          id: true,
          coupleId: true,
          scope: true,
          expiresAt: true,
          revokedAt: true,
          createdById: true,
          createdBy: { select: { membership: { select: { sharedSince: true } } } },
        },
      })
    : null;
  if (!link || link.revokedAt || link.expiresAt <= new Date()) {
    await countShareMiss(client.key);
    return { ok: false, reason: "not-found" };
  }
  if (!(await allowShareVisit(link.id))) return { ok: false, reason: "rate-limited" };
  await db.shareVisit.create({
    data: { coupleId: link.coupleId, shareLinkId: link.id, device: describeDevice(client.userAgent) },
  });
  const ctx = {
    kind: "therapist" as const,
    coupleId: link.coupleId,
    shareLinkId: link.id,
    scope: parseScope(link.scope),
    createdById: link.createdById,
    sharedSince: link.createdBy.membership?.sharedSince ?? null,
  };
  return { ok: true, ctx };
}
