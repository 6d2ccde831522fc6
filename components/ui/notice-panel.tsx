/**
 * A small, quiet panel with its own heading: a notice or a way onward among a page's sections,
 * lighter than a Card (less padding, no shadow).
 */
export function NoticePanel({
  headingId,
  title,
  testId,
  children,
}: {
  headingId: string;
  title: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-line bg-white p-4 text-sm sm:p-5" data-testid={testId}>
      <h2 id={headingId} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
