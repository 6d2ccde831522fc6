import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { currentUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await currentUser()) redirect(next);
  return (
    <Card>
      <h1 className="font-serif text-2xl font-semibold">Create your account</h1>
      <p className="mt-1 mb-6 text-sm text-muted">
        Your account is yours alone. You'll invite your partner next, and each of you signs in from your own device.
      </p>
      <SignUpForm callbackUrl={next} />
    </Card>
  );
}
