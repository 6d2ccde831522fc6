import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { currentPartner, requireUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Change your password" };

export default async function ChangePasswordPage() {
  const user = await requireUser();
  // Before a workspace exists there are no settings to go back to: the way back is the welcome page.
  const partner = await currentPartner();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <Breadcrumbs trail={partner ? [{ href: "/app/settings", label: "Settings" }] : []} current="Password" />
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
