/**
 * Rows grouped by a key, each group in the rows' own order (Node 20 has no `Map.groupBy`). For
 * attaching children read in one statement to their parents.
 */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
