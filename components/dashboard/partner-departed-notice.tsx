import Link from "next/link";

/** For the partner who stayed after the other left: their writing stays, and where to go from here. */
export function PartnerDepartedNotice() {
  return (
    <div role="status" data-testid="partner-departed" className="rounded-2xl border border-line bg-white p-4 text-sm sm:p-5">
      <p className="font-medium">Your partner is no longer part of this workspace.</p>
      <p className="mt-1 text-muted">
        Everything you wrote stays here, for you. You can invite someone again, or leave and start a new workspace, from{" "}
        <Link href="/app/settings#your-data" className="text-brand-700 underline">
          your settings
        </Link>
        .
      </p>
    </div>
  );
}
