export default function Loading() {
  return (
    <p role="status" className="text-muted">
      Loading your talks…
    </p>
  );
}
