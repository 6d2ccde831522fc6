"use client";

import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/app/(app)/app/settings/actions";

export function SignOutEverywhere() {
  const [pending, start] = useTransition();
  return (
    <Button
      variant="danger"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await signOutEverywhereAction();
          await signOut({ callbackUrl: "/signin" });
        })
      }
    >
      Sign out on every device
    </Button>
  );
}
