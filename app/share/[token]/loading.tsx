/** Shown while the shared journey loads; the link itself is already checked by the layout. */
export default function Loading() {
  return (
    <div className="min-h-dvh" aria-busy="true">
      <div className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <p className="font-serif text-xl font-semibold text-brand-800">Mend</p>
          <p className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">Read-only view</p>
        </div>
      </div>
      <div className="mx-auto max-w-4xl space-y-6 px-4 py-10">
        <p role="status" className="text-muted">
          Loading the shared journey…
        </p>
        <div className="h-8 w-2/3 animate-pulse rounded-lg bg-line/60" />
        <div className="h-24 animate-pulse rounded-2xl bg-line/40" />
        <div className="h-64 animate-pulse rounded-2xl bg-line/40" />
      </div>
    </div>
  );
}
