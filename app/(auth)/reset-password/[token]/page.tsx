import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { resetTokenUsable } from "@/lib/server/auth/password-reset";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await resetTokenUsable(token);
  return (
    <Card>
      <h1 className="font-serif text-2xl font-semibold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mt-1 mb-6 text-sm text-muted">
            Every device signed in to your account will be signed out. Then sign in with the new password.
          </p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="mt-2 text-sm leading-relaxed text-muted">
          This link has expired or was already used. Links work once, for 30 minutes.{" "}
          <Link className="font-medium text-brand-700 underline" href="/forgot-password">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </Card>
  );
}
