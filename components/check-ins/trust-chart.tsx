import type { Timeline } from "@/lib/check-ins/timeline";

// The trust timeline as an SVG drawn on the server: no chart library, no client JavaScript.
// Each partner is one line, told apart by colour *and* by dash and marker shape. Days or weeks
// without a check-in break the line (a gap, never a zero); a lone point still gets its marker.

const W = 360;
const H = 196;
const M = { left: 24, right: 14, top: 12, bottom: 30 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

export const SERIES_STYLES = [
  { color: "#225a51", dash: undefined, marker: "circle", label: "solid line, round markers" },
  { color: "#9a4b1f", dash: "6 4", marker: "square", label: "dashed line, square markers" },
] as const;

type Metric = "trust" | "closeness";

function labelIndexes(n: number): number[] {
  if (n <= 4) return Array.from({ length: n }, (_, i) => i);
  const picks = [0, Math.round((n - 1) / 3), Math.round((2 * (n - 1)) / 3), n - 1];
  return [...new Set(picks)];
}

export function TrustChart({ timeline, metric, title, id }: { timeline: Timeline; metric: Metric; title: string; id: string }) {
  const n = timeline.buckets.length;
  const x = (i: number) => M.left + (n === 1 ? PW / 2 : (i * PW) / (n - 1));
  const y = (v: number) => M.top + PH - (v / 10) * PH;
  const described = timeline.series
    .map((s) => {
      if (s.scoresPrivate && !s.isMe) return `${s.name}: scores kept private.`;
      const known = s.points.filter((p) => p[metric] !== null).length;
      return `${s.isMe ? "You" : s.name}: ${known} of ${n} ${timeline.unit === "day" ? "days" : "weeks"} with a check-in.`;
    })
    .join(" ");
  return (
    <figure className="w-full max-w-xl" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-1 text-sm font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full overflow-visible"
        data-testid={`chart-${metric}`}
        fontFamily="inherit"
      >
        <title id={`${id}-title`}>{`${title}, 0 to 10, ${timeline.unit === "day" ? "by day" : "weekly averages"}`}</title>
        <desc id={`${id}-desc`}>{`${described} The table below lists every value.`}</desc>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e4ddd3" strokeWidth={v === 0 ? 1.2 : 0.8} />
            <text x={M.left - 6} y={y(v)} dy="0.35em" textAnchor="end" fontSize="12" fill="#55636a">
              {v}
            </text>
          </g>
        ))}
        {labelIndexes(n).map((i) => (
          <text
            key={i}
            x={x(i)}
            y={H - 10}
            fontSize="12"
            fill="#55636a"
            textAnchor={n === 1 ? "middle" : i === 0 ? "start" : i === n - 1 ? "end" : "middle"}
          >
            {timeline.buckets[i]!.label}
          </text>
        ))}
        {timeline.series.map((s, si) => {
          const style = SERIES_STYLES[si % SERIES_STYLES.length]!;
          const segments: string[] = [];
          let current = "";
          s.points.forEach((p, i) => {
            const v = p[metric];
            if (v === null) {
              if (current) segments.push(current);
              current = "";
              return;
            }
            current += `${current ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
          });
          if (current) segments.push(current);
          return (
            <g key={s.userId} data-series={s.isMe ? "me" : "partner"} aria-hidden>
              {segments.map((d, k) => (
                <path
                  key={k}
                  d={d.trim()}
                  fill="none"
                  stroke={style.color}
                  strokeWidth="2.2"
                  strokeDasharray={style.dash}
                  strokeLinejoin="round"
                />
              ))}
              {s.points.map((p, i) => {
                const v = p[metric];
                if (v === null) return null;
                return style.marker === "circle" ? (
                  <circle key={i} cx={x(i)} cy={y(v)} r="3.4" fill="#fff" stroke={style.color} strokeWidth="2" />
                ) : (
                  <rect key={i} x={x(i) - 3.2} y={y(v) - 3.2} width="6.4" height="6.4" fill={style.color} />
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
