import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <Link href="/app/settings" className="text-sm font-medium text-brand-700 underline">
          ← Settings
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-semibold">Change your password</h1>
        <p className="mt-1 text-muted">
          Signed in as {user.email}. When you change it, every other device signed in to your account is signed out; this one stays signed
          in.
        </p>
      </div>
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
