"use client";

import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { useActionButton } from "@/components/ui/use-action";
import { endOtherSessionsAction, endSessionAction } from "@/app/(app)/app/settings/actions";

export type SessionRow = { id: string; device: string; createdAt: string; lastSeenAt: string; current: boolean };

/** Where this person is signed in, with a way to end any other session. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const others = sessions.filter((s) => !s.current);
  const everywhereElse = useActionButton(endOtherSessionsAction);
  return (
    <div className="space-y-4">
      <ul className="divide-y divide-line rounded-xl border border-line bg-white" aria-label="Signed-in devices">
        {sessions.map((s) => (
          <SessionItem key={s.id} session={s} />
        ))}
      </ul>
      {others.length > 0 && (
        <div>
          <Button variant="secondary" disabled={everywhereElse.pending} onClick={() => everywhereElse.run()}>
            Sign out everywhere else
          </Button>
          <InlineError className="mt-2" message={everywhereElse.error} />
        </div>
      )}
    </div>
  );
}

function SessionItem({ session }: { session: SessionRow }) {
  const { pending, run, error } = useActionButton(endSessionAction);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-4 py-3" data-testid="session">
      <div className="min-w-0">
        <p className="font-medium">
          {session.device}
          {session.current && (
            <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">This device</span>
          )}
        </p>
        <p className="text-sm text-muted">
          Signed in <LocalTime iso={session.createdAt} /> · last seen <LocalTime iso={session.lastSeenAt} />
        </p>
        <InlineError className="mt-1" message={error} />
      </div>
      {!session.current && (
        <Button variant="secondary" disabled={pending} onClick={() => run({ id: session.id })} aria-label={`Sign out ${session.device}`}>
          Sign out
        </Button>
      )}
    </li>
  );
}
