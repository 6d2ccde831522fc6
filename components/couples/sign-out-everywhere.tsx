"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { InlineError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { signOutEverywhereAction } from "@/app/(app)/app/settings/actions";

export function SignOutEverywhere() {
  const { pending, run, error } = useActionButton(signOutEverywhereAction, { onSuccess: () => signOut({ callbackUrl: "/signin" }) });
  return (
    <>
      <Button variant="danger" disabled={pending} onClick={() => run()}>
        Sign out on every device
      </Button>
      <InlineError className="mt-2" message={error} />
    </>
  );
}
