import Link from "next/link";
import { SERIES_STYLES, TrustChart } from "@/components/check-ins/trust-chart";
import type { TimelineView as Data } from "@/lib/server/check-ins/read";
import type { Timeline } from "@/lib/check-ins/timeline";
import { formatLocalDate } from "@/lib/check-ins/dates";
import { TIMELINE_WEEKS } from "@/lib/validation/check-in";
import { VISIBILITY_LABELS } from "@/lib/entries/labels";
import { TriggerTable } from "@/components/triggers/trigger-table";
import { SentenceWithUserText, UserText } from "@/components/ui/user-text";

// The whole timeline, server-rendered: range links, the two charts, a text summary, the table
// alternative and (where the reader may see them) notes. Used by /app/timeline and the therapist view.

export function Legend({ data }: { data: Timeline }) {
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Lines in the charts">
      {data.series.map((s, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length]!;
        return (
          <li key={s.userId} className="flex items-center gap-2">
            <svg aria-hidden width="30" height="10" viewBox="0 0 30 10">
              <line x1="1" x2="29" y1="5" y2="5" stroke={style.color} strokeWidth="2.2" strokeDasharray={style.dash} />
              {style.marker === "circle" ? (
                <circle cx="15" cy="5" r="3.2" fill="#fff" stroke={style.color} strokeWidth="2" />
              ) : (
                <rect x="12" y="2" width="6" height="6" fill={style.color} />
              )}
            </svg>
            <span>
              {s.isMe ? "You" : <UserText>{s.name}</UserText>}
              {s.scoresPrivate && !s.isMe ? " (scores private)" : ""}
              <span className="sr-only"> ({style.label})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function TimelineSummary({ data }: { data: Timeline }) {
  return (
    <ul className="space-y-1 text-sm leading-relaxed" data-testid="timeline-summary">
      {data.summary.map((line, i) => (
        <li key={i}>
          <SentenceWithUserText sentence={line} values={data.series.map((s) => s.name)} />
        </li>
      ))}
    </ul>
  );
}

const cell = (v: number | null) =>
  v === null ? (
    <>
      <span aria-hidden>–</span>
      <span className="sr-only">no check-in</span>
    </>
  ) : Number.isInteger(v) ? (
    String(v)
  ) : (
    v.toFixed(1)
  );

export function TimelineTable({ data }: { data: Data }) {
  const rows = data.buckets.map((b, i) => ({ b, i })).reverse();
  return (
    <div
      className="overflow-x-auto rounded-xl border border-line bg-white"
      tabIndex={0}
      role="region"
      aria-label="Check-in scores as a table"
    >
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">
          {data.unit === "day" ? "Scores per day" : "Weekly average scores"}, newest first. A dash means no check-in.
        </caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {data.unit === "day" ? "Day" : "Week"}
            </th>
            {data.series.map((s) => (
              <th key={s.userId} scope="col" className="px-3 py-2 font-semibold">
                {s.isMe ? "You" : <UserText>{s.name}</UserText>}: trust / closeness
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ b, i }) => (
            <tr key={b.end} className="border-t border-line">
              <th scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                {b.longLabel}
              </th>
              {data.series.map((s) => {
                const p = s.points[i]!;
                return (
                  <td key={s.userId} className="px-3 py-1.5 tabular-nums">
                    {s.scoresPrivate && !s.isMe ? (
                      p.count ? (
                        "checked in"
                      ) : (
                        "–"
                      )
                    ) : (
                      <>
                        {cell(p.trust)} / {cell(p.closeness)}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Triggers logged per day or week, beside the scores: a count and how strong they were. */
export function TriggerRow({ data, headingLevel = 3 }: { data: Data; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const weeks = data.triggers;
  if (!weeks) return null;
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const rows = data.buckets.map((b, i) => ({ b, w: weeks[i]! })).reverse();
  return (
    <section aria-labelledby="triggers-timeline-heading" className="space-y-2" data-testid="timeline-triggers">
      <Heading id="triggers-timeline-heading" className="font-semibold">
        Triggers logged
      </Heading>
      {total === 0 ? (
        <p className="text-sm text-muted">No triggers logged in this period.</p>
      ) : (
        <TriggerTable
          unit={data.unit}
          label="Triggers as a table"
          rows={rows.filter(({ w }) => w.count > 0).map(({ b, w }) => ({ key: b.end, label: b.longLabel, ...w }))}
        />
      )}
    </section>
  );
}

export function RangeLinks({ weeks, base }: { weeks: number; base: string }) {
  return (
    <nav aria-label="Time range" className="flex flex-wrap gap-2 no-print">
      {TIMELINE_WEEKS.map((w) => (
        <Link
          key={w}
          href={`${base}?weeks=${w}`}
          aria-current={w === weeks ? "page" : undefined}
          className="rounded-full border border-line bg-white px-3 py-1.5 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
        >
          {w} weeks
        </Link>
      ))}
    </nav>
  );
}

export function TimelineView({
  data,
  showNotes = true,
  tableOpen = false,
  headingLevel = 2,
}: {
  data: Data;
  showNotes?: boolean;
  tableOpen?: boolean;
  /** The level of the "Notes" heading, one below the heading the timeline sits under. */
  headingLevel?: 2 | 3;
}) {
  const NotesHeading = headingLevel === 2 ? "h2" : "h3";
  const anyData = data.series.some((s) => s.days > 0);
  return (
    <div className="space-y-6" data-testid="timeline">
      <TimelineSummary data={data} />
      <Legend data={data} />
      <div className="grid gap-6 lg:grid-cols-2">
        <TrustChart timeline={data} metric="trust" title="Trust" id="chart-trust" />
        <TrustChart timeline={data} metric="closeness" title="Closeness" id="chart-closeness" />
      </div>
      {!anyData && <p className="text-sm text-muted">No check-ins in this period yet. Days without a check-in stay empty on the chart.</p>}
      {tableOpen ? (
        <TimelineTable data={data} />
      ) : (
        <details className="print-break-avoid">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">Show the numbers as a table</summary>
          <div className="mt-3">
            <TimelineTable data={data} />
          </div>
        </details>
      )}
      <TriggerRow data={data} headingLevel={headingLevel} />
      {showNotes && data.notes.length > 0 && (
        <section aria-labelledby="notes-heading" className="space-y-2">
          <NotesHeading id="notes-heading" className="font-semibold">
            Notes
          </NotesHeading>
          <ul className="space-y-2">
            {data.notes.map((n) => (
              <li key={n.id} className="rounded-xl border border-line bg-white p-3 text-sm">
                <p className="text-xs text-muted">
                  {n.isMine ? "You" : <UserText>{n.authorName}</UserText>} · {formatLocalDate(n.localDate, { weekday: true })} ·{" "}
                  {VISIBILITY_LABELS[n.note!.visibility].label}
                </p>
                <p className="mt-1 whitespace-pre-wrap">{n.note!.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
