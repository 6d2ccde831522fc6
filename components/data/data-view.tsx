/** Words for the export's field names on the printable page; anything else is shown as written. */
const LABELS: Record<string, string> = {
  authorName: "Written by",
  createdAt: "Created",
  updatedAt: "Updated",
  exportedAt: "Exported",
  takenAt: "Taken",
  stageSlug: "Stage",
  exerciseKey: "Exercise",
  visibility: "Who can see it",
  isMine: "Mine",
  isMe: "Me",
  localDate: "Day",
};

// Ids are for machines; the printable copy is for people.
const HIDDEN = /^(id|.*Id|token.*|tokenHash)$/;

function label(key: string) {
  return LABELS[key] ?? key.replace(/([A-Z])/g, " $1").replace(/^./, (c) => c.toUpperCase());
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return value.replace("T", " ").slice(0, 16) + " UTC";
  return String(value);
}

/** Any JSON value from the export, as nested lists a person can read and print. */
export function DataView({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="text-muted">none</span>;
    return (
      <ol className="space-y-2">
        {value.map((item, i) => (
          <li key={i} className={depth === 0 ? "print-break-avoid rounded-lg border border-line bg-white p-3" : "border-l-2 border-line pl-3"}>
            <DataView value={item} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([key]) => !HIDDEN.test(key));
    return (
      <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        {entries.map(([key, v]) => (
          <div key={key} className="contents">
            <dt className="font-medium text-muted">{label(key)}</dt>
            <dd className="min-w-0 break-words whitespace-pre-wrap">
              <DataView value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return <>{scalar(value)}</>;
}
