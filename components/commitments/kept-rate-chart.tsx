import type { KeptRate } from "@/lib/commitments/kept-rate";

const pct = (r: number) => `${Math.round(r * 100)} %`;

/** A small server-rendered bar chart: one bar per week, the kept-rate as its height. No script. */
export function KeptRateChart({ rate, label }: { rate: KeptRate; label: string }) {
  const w = 12;
  const gap = 4;
  const h = 40;
  const width = rate.buckets.length * (w + gap);
  const summary = rate.rate === null ? "nothing counted yet" : `${pct(rate.rate)} kept (${rate.kept} of ${rate.counted})`;
  return (
    <figure className="flex items-end gap-3" data-testid={`kept-rate-${rate.weeks}`}>
      <svg role="img" aria-label={`${label}, last ${rate.weeks} weeks: ${summary}`} viewBox={`0 0 ${width} ${h}`} width={width} height={h}>
        {rate.buckets.map((b, i) => {
          const x = i * (w + gap);
          const filled = b.counted === 0 ? 0 : Math.max(2, (b.kept / b.counted) * h);
          return (
            <g key={b.start}>
              <title>{`Week of ${b.start}: ${b.counted === 0 ? "nothing counted" : `${b.kept} of ${b.counted} kept`}`}</title>
              <rect x={x} y={0} width={w} height={h} rx={2} className="fill-brand-50" />
              {filled > 0 && <rect x={x} y={h - filled} width={w} height={filled} rx={2} className="fill-brand-600" />}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm">
        <span className="font-semibold">{rate.rate === null ? "—" : pct(rate.rate)}</span>{" "}
        <span className="text-muted">over {rate.weeks} weeks</span>
      </figcaption>
    </figure>
  );
}
