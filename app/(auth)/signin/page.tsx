import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { env } from "@/lib/server/env";
import { currentUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Sign in" };

/** After a sign-up confirmation link (decision 007). */
const CONFIRMED: Record<string, string> = {
  "1": "Your email is confirmed and your account is ready. Sign in with the password you chose.",
  taken: "This address already has an account. Sign in, or reset your password if you don't know it.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; confirmed?: string | string[] }>;
}) {
  const { callbackUrl, confirmed } = await searchParams;
  const notice = typeof confirmed === "string" ? CONFIRMED[confirmed] : undefined;
  const next = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : undefined, env().publicUrl ?? undefined);
  if (await currentUser()) redirect(next);
  return (
    <Card>
      <h1 className="font-serif text-2xl font-semibold">Welcome back</h1>
      <p className="mt-1 mb-6 text-sm text-muted">Sign in to your couple workspace.</p>
      {notice && (
        <p role="status" className="mb-5 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm">
          {notice}
        </p>
      )}
      <SignInForm callbackUrl={next} />
    </Card>
  );
}
