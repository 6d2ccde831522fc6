import { EmptyState } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { LocalTime } from "@/components/ui/local-time";
import { RevokeShareLinkButton } from "@/components/share/revoke-share-link-button";
import { UserText } from "@/components/ui/user-text";
import type { ShareLinkStatus, ShareLinkView } from "@/lib/server/share/links";
import { SHARE_SECTION_LABELS } from "@/lib/validation/share";

const STATUS: Record<ShareLinkStatus, { label: string; className: string }> = {
  active: { label: "Active", className: "bg-brand-100 text-brand-800" },
  expired: { label: "Expired", className: "bg-stone-100 text-stone-700" },
  revoked: { label: "Switched off", className: "bg-warm-100 text-warm-700" },
};

/** Every link of the couple, whoever created it, with its access log. */
export function ShareLinkList({ links }: { links: ShareLinkView[] }) {
  if (links.length === 0) {
    return (
      <EmptyState title="No links yet">
        When you create a link for a therapist, it appears here for both of you, with every visit it gets.
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-4">
      {links.map((link) => (
        <li key={link.id}>
          <ShareLinkItem link={link} />
        </li>
      ))}
    </ul>
  );
}

function ShareLinkItem({ link }: { link: ShareLinkView }) {
  const status = STATUS[link.status];
  const headingId = `share-link-${link.id}`;
  return (
    <article aria-labelledby={headingId} data-testid="share-link" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold break-words">
            <UserText>{link.therapistName}</UserText>
          </h3>
          <p className="mt-0.5 text-sm text-muted">
            Created by {link.createdBy.isMe ? "you" : <UserText>{link.createdBy.name}</UserText>} on{" "}
            <LocalTime iso={link.createdAt.toISOString()} format="date" />
          </p>
        </div>
        <span className={cn("rounded-full px-2.5 py-0.5 text-xs font-medium", status.className)}>{status.label}</span>
      </div>

      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-muted">Shows</dt>
        <dd>{link.scope.map((s) => SHARE_SECTION_LABELS[s].label).join(" · ") || "Nothing"}</dd>
        <dt className="text-muted">{link.status === "expired" ? "Expired" : "Works until"}</dt>
        <dd>
          <LocalTime iso={link.expiresAt.toISOString()} format="date" />
        </dd>
        {link.revokedAt && (
          <>
            <dt className="text-muted">Switched off</dt>
            <dd>
              <LocalTime iso={link.revokedAt.toISOString()} /> by{" "}
              {link.revokedBy?.isMe ? "you" : link.revokedBy ? <UserText>{link.revokedBy.name}</UserText> : "a partner"}
            </dd>
          </>
        )}
      </dl>

      <details className="group mt-4 rounded-lg border border-line" open={link.visitCount > 0 && link.status === "active"}>
        <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm font-medium">
          <span>Access log</span>
          <span className="font-normal text-muted">
            {link.visitCount === 0 ? "No visits yet" : link.visitCount === 1 ? "1 visit" : `${link.visitCount} visits`}
          </span>
        </summary>
        <div className="border-t border-line px-3 py-2">
          {link.visitCount === 0 ? (
            <p className="py-1 text-sm text-muted">
              Nobody has opened this link yet. Each visit will be listed here with its time and device.
            </p>
          ) : (
            <ol className="divide-y divide-line text-sm" aria-label={`Visits to the link for ${link.therapistName}`}>
              {link.visits.map((visit) => (
                <li key={visit.id} className="flex flex-wrap justify-between gap-x-4 py-1.5">
                  <LocalTime iso={visit.at.toISOString()} />
                  <span className="text-muted">{visit.device}</span>
                </li>
              ))}
              {link.visitCount > link.visits.length && (
                <li className="py-1.5 text-muted">…and {link.visitCount - link.visits.length} earlier visits.</li>
              )}
            </ol>
          )}
        </div>
      </details>

      {link.status === "active" && (
        <div className="mt-4">
          <RevokeShareLinkButton id={link.id} therapistName={link.therapistName} />
        </div>
      )}
    </article>
  );
}
