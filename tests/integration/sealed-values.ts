import { SEALED_FIELDS } from "@/lib/crypto/sealed-fields.mjs";
import { open, sealedPlace, type Keyring } from "@/lib/crypto/seal.mjs";
import { databaseProvider, loadDataKeys } from "@/lib/local-state.mjs";

let ring: Keyring | undefined;

/** The keys the app under test seals with (the run's key folder on SQLite, MEND_DATA_KEY on PostgreSQL). */
export function testKeyring(): Keyring {
  return (ring ??= loadDataKeys({
    provider: databaseProvider(process.env.DATABASE_URL!) ?? "sqlite",
    dataKey: process.env.MEND_DATA_KEY,
  }));
}

/** A raw row of `table` (read past the client) with its sealed columns opened, as a search for words needs. */
export function openRawRow(table: string, row: Record<string, unknown>) {
  const columns = SEALED_FIELDS[table] ?? [];
  if (!columns.length || typeof row.id !== "string") return row;
  const opened = { ...row };
  for (const column of columns) {
    const value = row[column];
    if (typeof value === "string") opened[column] = open(testKeyring(), value, sealedPlace(table, column, row.id));
  }
  return opened;
}
