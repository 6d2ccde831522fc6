import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { currentUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined);
  if (await currentUser()) redirect(next);
  return (
    <Card>
      <h1 className="font-serif text-2xl font-semibold">Welcome back</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Sign in to your couple workspace.</p>
      <SignInForm callbackUrl={next} />
    </Card>
  );
}
