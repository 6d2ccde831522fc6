import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { CreateCoupleForm } from "@/components/couples/create-couple-form";
import { currentPartner, requireUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Create your workspace" };

export default async function WelcomePage() {
  const user = await requireUser();
  if (await currentPartner()) redirect("/app");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Welcome, {user.name}</h1>
        <p className="mt-2 text-muted">
          Mend works as a shared space for the two of you. Create it here, then send your partner the invite link. If your partner already
          sent you a link, open that link instead.
        </p>
      </div>
      <Card>
        <CreateCoupleForm defaultName={`${user.name} & partner`} />
      </Card>
      {/* Before there is a workspace there is no settings menu: the account's own pages are here. */}
      <nav aria-label="Your account" className="text-sm text-muted">
        <p>
          Your account:{" "}
          <Link href="/app/settings/password" className="text-brand-700 underline">
            Change your password
          </Link>
          {" · "}
          <Link href="/app/settings/data#delete" className="text-brand-700 underline">
            Delete your account
          </Link>
        </p>
      </nav>
    </div>
  );
}
