import Link from "next/link";

/** The top of a page under settings: the way back to settings, the title, then what the page says under it. */
export function SettingsPageHeader({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <Link href="/app/settings" className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
        ← Settings
      </Link>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}
