import Link from "next/link";

/** Where a partner who is thinking of stepping back can go: safety, support, their own data. One row, the same on every page. */
export function StepBackLinks() {
  return (
    <nav aria-label="Safety, support and your data" className="text-sm">
      <Link href="/app/safety" className="text-brand-700 underline">
        Safety and pausing joint exercises
      </Link>{" "}
      ·{" "}
      <Link href="/app/safety/resources" className="text-brand-700 underline">
        Support resources
      </Link>{" "}
      ·{" "}
      <Link href="/app/settings#your-data" className="text-brand-700 underline">
        Your data: export, leave, delete
      </Link>
    </nav>
  );
}
