// What a V8 heap snapshot holds, grouped: the bench's --profile takes one of the server after its
// runs (SIGUSR2, see serverNodeFlags in lib/cli/workers.mjs) and prints the largest groups. Self
// sizes only (what each object itself takes, not what it keeps alive): enough to tell code, strings,
// compiled modules and caches apart. Usage on its own: node tests/bench/heap-summary.mjs <file>.
import fs from "node:fs";
import { pathToFileURL } from "node:url";

/** The snapshot's objects summed by group: objects by constructor name, everything else by V8's type. */
export function summariseHeapSnapshot(file, top = 15) {
  const snapshot = JSON.parse(fs.readFileSync(file, "utf8"));
  const {
    node_fields: fields,
    node_types: [types],
  } = snapshot.snapshot.meta;
  const [TYPE, NAME, SIZE] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const { nodes, strings } = snapshot;
  const groups = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + TYPE]];
    const size = nodes[i + SIZE];
    const key = type === "object" || type === "closure" ? `${type} ${strings[nodes[i + NAME]]}` : `(${type})`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += size;
    groups.set(key, group);
    total += size;
  }
  const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  const largest = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top);
  return { totalMb: mb(total), groups: largest.map(([name, g]) => ({ name, count: g.count, mb: mb(g.bytes) })) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { totalMb, groups } = summariseHeapSnapshot(process.argv[2]);
  console.log(`heap: ${totalMb} MB in all`);
  for (const g of groups) console.log(`${String(g.mb).padStart(7)} MB ${String(g.count).padStart(8)} × ${g.name}`);
}
