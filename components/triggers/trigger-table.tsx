/** Triggers per day or week as a table, newest first: used by the trust timeline and the therapist view. */
export function TriggerTable({
  rows,
  unit,
  label,
}: {
  rows: { key: string; label: string; count: number; average: number | null; strongest: number | null }[];
  unit: "day" | "week";
  label: string;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-white" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full min-w-[18rem] text-left text-sm">
        <caption className="sr-only">Triggers logged {unit === "day" ? "per day" : "per week"}, newest first.</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {unit === "day" ? "Day" : "Week"}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Triggers
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Intensity (average / strongest, of 5)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t border-line">
              <th scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                {r.label}
              </th>
              <td className="px-3 py-1.5 tabular-nums">{r.count}</td>
              <td className="px-3 py-1.5 tabular-nums">{r.count ? `${r.average} / ${r.strongest}` : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
