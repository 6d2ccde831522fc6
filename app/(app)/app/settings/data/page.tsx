import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { DeleteAccountForm, ExportForm, LeaveCoupleForm } from "@/components/data/your-data-forms";
import { currentPartner, requireUser } from "@/lib/server/access";

export const metadata: Metadata = { title: "Your data" };

export default async function YourDataPage({ searchParams }: { searchParams: Promise<{ reauth?: string }> }) {
  await requireUser();
  const [partner, { reauth }] = await Promise.all([currentPartner(), searchParams]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Breadcrumbs trail={partner ? [{ href: "/app/settings", label: "Settings" }] : []} current="Your data" />
      <div>
        <h1 className="font-serif text-3xl font-semibold">Your data is yours</h1>
        <p className="mt-1 text-muted">
          Take a copy of everything you can see, step out of the shared workspace, or delete your account. None of these needs your
          partner's agreement.
        </p>
      </div>

      {partner && (
        <Card id="export" className="scroll-mt-6">
          <h2 className="text-lg font-semibold">Export</h2>
          <p className="mt-1 mb-4 text-sm text-muted">
            Everything you can see in Mend: your own entries, check-ins and safety checks, what your partner shared with you, progress,
            agreements with their history, commitments, settings and sign-ins, as a JSON file (described in Mend's documentation) or a
            page you can print. Your partner's private writing and their safety answers are never in it.
          </p>
          {reauth && (
            <p role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
              For your safety, confirm it's you first: press the download button and enter your password if asked.
            </p>
          )}
          <ExportForm />
        </Card>
      )}

      {partner && (
        <Card id="leave" className="scroll-mt-6">
          <h2 className="text-lg font-semibold">Leave the shared workspace</h2>
          <p className="mt-1 mb-4 text-sm text-muted">
            For a separation, or to stop sharing. You keep your account and can start a new workspace later. Your partner sees only that
            you are no longer part of the workspace, and keeps their own entries. Therapist links you created stop working.
          </p>
          <LeaveCoupleForm />
        </Card>
      )}

      <Card id="delete" className="scroll-mt-6 border-red-200">
        <h2 className="text-lg font-semibold">Delete my account</h2>
        <p className="mt-1 mb-4 text-sm text-muted">
          Removes your account, your private entries, check-ins and notes, your safety answers and your personal details, signs you out
          everywhere and stops the therapist links you created. This can't be undone.{" "}
          {partner && (
            <>
              You may want to{" "}
              <Link href="#export" className="text-brand-700 underline">
                export your data
              </Link>{" "}
              first.
            </>
          )}
        </p>
        <DeleteAccountForm inCouple={Boolean(partner)} />
      </Card>
    </div>
  );
}
