import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/card";
import { requireUser } from "@/lib/server/access";
import { mailEnabled } from "@/lib/server/email/send";
import { devOutboxEnabled, myOutbox } from "@/lib/server/email/outbox";

export const metadata: Metadata = { title: "Dev outbox", robots: { index: false, follow: false } };

// Under `npm run dev` without SMTP_URL, mail isn't sent but kept here: each signed-in person sees
// their own messages only, links removed after an hour. Elsewhere there is no outbox.
export default async function OutboxPage() {
  const user = await requireUser();
  if (mailEnabled() || !devOutboxEnabled()) notFound();
  const mails = await myOutbox(user);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-serif text-3xl font-semibold">Dev outbox</h1>
        <p className="mt-1 max-w-prose text-muted">
          Mail isn't set up on this server (no SMTP_URL), so messages to {user.email} are kept here instead of being sent. Links in them
          show for an hour, then they are removed.
        </p>
      </header>
      {mails.length === 0 ? (
        <EmptyState title="No messages">Reminders and other mail for you will appear here.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {mails.map((m) => (
            <li key={m.id} className="rounded-xl border border-line bg-white p-4">
              <p className="font-semibold">{m.subject}</p>
              <p className="text-xs text-muted">{m.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</p>
              <pre className="mt-2 text-sm break-words whitespace-pre-wrap">{m.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
