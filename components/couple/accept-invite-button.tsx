"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { acceptInviteAction } from "@/app/invite/[token]/actions";

export function AcceptInviteButton({ token, coupleName }: { token: string; coupleName: string }) {
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const res = await acceptInviteAction(token);
            if (res && !res.ok) setError(res.formError);
          })
        }
      >
        {pending ? "Joining…" : `Join ${coupleName}`}
      </Button>
    </div>
  );
}
