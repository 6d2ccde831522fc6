import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ConfirmSignUpForm } from "@/components/auth/confirm-sign-up-form";
import { signUpTokenIsLive, SIGN_UP_TTL_MINUTES } from "@/lib/server/auth/sign-up";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer", robots: { index: false, follow: false } };

/** Opening the link only shows a button: mail scanners open links, and must not create accounts. */
export default async function ConfirmSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const live = await signUpTokenIsLive(token);
  return (
    <Card>
      <h1 className="font-serif text-2xl font-semibold">Confirm your email</h1>
      {live ? (
        <>
          <p className="mt-1 mb-6 text-sm text-muted">One step left: confirm this address to create your Mend account.</p>
          <ConfirmSignUpForm token={token} />
        </>
      ) : (
        <p className="mt-2 text-sm leading-relaxed text-muted">
          This link has expired or was already used. Links work once, for {SIGN_UP_TTL_MINUTES} minutes.{" "}
          <Link className="font-medium text-brand-700 underline" href="/signup">
            Sign up again
          </Link>{" "}
          to get a new one, or{" "}
          <Link className="font-medium text-brand-700 underline" href="/signin">
            sign in
          </Link>{" "}
          if your account is already confirmed.
        </p>
      )}
    </Card>
  );
}
