"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ className }: { className?: string }) {
  return (
    <Button variant="ghost" className={className} onClick={() => void signOut({ callbackUrl: "/" })}>
      Sign out
    </Button>
  );
}
