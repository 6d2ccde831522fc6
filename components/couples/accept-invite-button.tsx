"use client";

import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionButton } from "@/components/ui/use-action";
import { UserText } from "@/components/ui/user-text";
import { acceptInviteAction } from "@/app/(auth)/invite/[token]/actions";

export function AcceptInviteButton({ token, coupleName }: { token: string; coupleName: string }) {
  const { pending, run, error } = useActionButton(acceptInviteAction);
  return (
    <div className="space-y-3">
      <FormError message={error} />
      <Button disabled={pending} onClick={() => run({ token })}>
        {pending ? (
          "Joining…"
        ) : (
          <>
            Join <UserText>{coupleName}</UserText>
          </>
        )}
      </Button>
    </div>
  );
}
