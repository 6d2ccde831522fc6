// In a route group so it wraps the list alone: under a loading boundary a page's notFound() is
// streamed with status 200, and an agreement of another couple (agreements/[id]) must answer 404.
export default function Loading() {
  return (
    <p role="status" className="text-muted">
      Loading your agreements…
    </p>
  );
}
