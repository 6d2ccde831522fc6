import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { PrintButton } from "@/components/share/print-button";
import { DataView } from "@/components/data/data-view";
import { requirePartner } from "@/lib/server/access";
import { passwordRecentlyEntered } from "@/lib/server/auth/sessions";
import { buildExport, EXPORT_SECTIONS } from "@/lib/server/export/sections";
import { recordExport } from "@/lib/server/export/record";
import "@/app/(app)/app/agreements/print/print.css";

export const metadata: Metadata = { title: "Your data (printable)" };

export default async function PrintableExportPage() {
  const ctx = await requirePartner();
  if (!(await passwordRecentlyEntered(ctx))) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="font-serif text-3xl font-semibold">Confirm it's you first</h1>
        <p className="text-muted">The printable copy opens for ten minutes after you enter your password on the “Your data” page.</p>
        <ButtonLink href="/app/settings/data#export">Go to “Your data”</ButtonLink>
      </div>
    );
  }
  const data = await buildExport(ctx);
  await recordExport(ctx, "print");
  return (
    <div className="rules-print mx-auto max-w-3xl space-y-8">
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <Link href="/app/settings/data" className="text-sm text-brand-700 underline">
          ← Your data
        </Link>
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4">
        <h1 className="font-serif text-3xl font-semibold">Your data in Mend</h1>
        <p className="mt-1 text-sm text-muted">
          Exported {data.exportedAt.replace("T", " ").slice(0, 16)} UTC · format {data.format}, version {data.schemaVersion}
        </p>
      </header>
      {EXPORT_SECTIONS.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`} className="space-y-3" data-testid={`export-${section.key}`}>
          <h2 id={`section-${section.key}`} className="font-serif text-2xl font-semibold">
            {section.title}
          </h2>
          <DataView value={data.sections[section.key]} />
        </section>
      ))}
    </div>
  );
}
