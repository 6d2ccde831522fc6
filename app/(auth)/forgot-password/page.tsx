import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { RequestResetForm } from "@/components/auth/request-reset-form";
import { mailEnabled } from "@/lib/server/email/send";

export const metadata: Metadata = { title: "Forgot your password" };

export default async function ForgotPasswordPage() {
  const byMail = mailEnabled();
  return (
    <Card>
      <h1 className="font-serif text-2xl font-semibold">Forgot your password?</h1>
      {byMail ? (
        <>
          <p className="mt-1 mb-6 text-sm text-muted">
            Enter the email you signed up with. If it has an account, we'll send a link to choose a new password.
          </p>
          <RequestResetForm />
        </>
      ) : (
        <p className="mt-2 text-sm leading-relaxed text-muted">
          This Mend doesn't send email. Ask whoever runs it (your practice or the person who set it up) for a reset link: they can make one
          that works once, for 30 minutes.
        </p>
      )}
      <p className="mt-6 text-center text-sm text-muted">
        <TextLink className="font-medium" href="/signin">
          Back to sign in
        </TextLink>
      </p>
    </Card>
  );
}
