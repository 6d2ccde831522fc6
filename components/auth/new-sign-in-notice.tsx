"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { useActionButton } from "@/components/ui/use-action";
import { dismissSignInNoticesAction } from "@/app/(app)/app/settings/actions";

type Notice = { id: string; device: string; createdAt: string };

/** Shown in every other session after a new sign-in, until "Got it" in that session. */
export function NewSignInNotice({ signIns }: { signIns: Notice[] }) {
  const { pending, run, error } = useActionButton(dismissSignInNoticesAction);
  const [newest] = signIns;
  if (!newest) return null;
  return (
    <section aria-labelledby="new-sign-in-title" className="border-b border-line bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="new-sign-in-title" className="font-semibold">
            {signIns.length === 1 ? "New sign-in to your account" : `${signIns.length} new sign-ins to your account`}
          </h2>
          <p className="mt-0.5 text-muted">
            {newest.device}, <LocalTime iso={newest.createdAt} />. Not you?{" "}
            <Link className="font-medium text-brand-700 underline" href="/app/settings/password">
              Change your password
            </Link>{" "}
            and sign out the sessions you don&apos;t recognise in{" "}
            <Link className="font-medium text-brand-700 underline" href="/app/settings#sessions">
              Settings
            </Link>
            .
          </p>
          <InlineError className="mt-1" message={error} />
        </div>
        <Button variant="secondary" disabled={pending} onClick={() => run()} className="shrink-0">
          Got it, that was me
        </Button>
      </div>
    </section>
  );
}
