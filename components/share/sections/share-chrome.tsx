import { UserText } from "@/components/ui/user-text";

/** The bar above the therapist view: the app's name and a reminder the view is read-only. */
export function ShareHeader() {
  return (
    <header className="share-chrome border-b border-line bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="font-serif text-xl font-semibold text-brand-800">Mend</p>
        <p className="flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
          <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
            <path d="M1.5 10s3-6 8.5-6 8.5 6 8.5 6-3 6-8.5 6-8.5-6-8.5-6Z" />
            <circle cx="10" cy="10" r="2.5" />
          </svg>
          Read-only view
        </p>
      </div>
    </header>
  );
}

export function ShareFooter({ therapistName }: { therapistName: string }) {
  return (
    <footer className="mx-auto max-w-4xl border-t border-line px-4 py-6 text-sm text-muted">
      <p>
        This page was made for <UserText>{therapistName}</UserText> alone. Please keep the link private and don't forward it.
      </p>
    </footer>
  );
}
