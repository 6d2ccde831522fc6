export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-8 w-1/2 rounded bg-line" />
      <div className="h-24 rounded-2xl bg-line/60" />
      <div className="h-24 rounded-2xl bg-line/60" />
    </div>
  );
}
