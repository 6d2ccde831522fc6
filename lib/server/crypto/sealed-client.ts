import "server-only";
import crypto from "node:crypto";
import { AsyncLocalStorage } from "node:async_hooks";
import { Prisma } from "@/lib/generated/prisma/client";
import { SealedValueError, open, seal, sealedKeyId, sealedPlace } from "@/lib/crypto/seal.mjs";
import { UNOPENABLE_TEXT, isUnopenable } from "@/lib/crypto/unopenable";
import type { DataKeys } from "@/lib/server/crypto/keys";
import { SEALED_FIELDS } from "@/lib/crypto/sealed-fields.mjs";

// The one place values are sealed and opened (decision 014): a Prisma query extension on the
// client every module uses (lib/server/db.ts). Writes seal every SEALED_FIELDS column bound to its
// row id; reads open them, so no component ever sees a sealed value. A sealed column can't be
// searched or sorted by its text (only compared with "", which stays plain): the extension throws
// on such a query, so a new one is found by the first test that runs it.

type Fields = Record<string, { kind: string; type: string }>;
type DataModel = Record<string, Fields>;
type AnyRecord = Record<string, unknown>;

/** Runs `work` with `client` as the one the extension's own look-ups go through (the open transaction). */
export const sealedLookupClient = new AsyncLocalStorage<unknown>();

/** Set around a write whose data this module sealed already (through a client that may be extended or not). */
const alreadySealed = new AsyncLocalStorage<true>();

/** A row id like Prisma's cuid(): the extension names a new row itself when it seals the row's words. */
export function newRowId() {
  return `c${Date.now().toString(36)}${crypto.randomBytes(8).toString("hex")}`;
}

/** The client's models, field by field (from the generated client's own runtime data model). */
export function dataModelOf(client: unknown): DataModel {
  const runtime = (client as { _runtimeDataModel: { models: Record<string, { fields: { name: string; kind: string; type: string }[] }> } })
    ._runtimeDataModel;
  return Object.fromEntries(
    Object.entries(runtime.models).map(([name, model]) => [name, Object.fromEntries(model.fields.map((field) => [field.name, field]))]),
  );
}

const sealedOf = (model: string): readonly string[] => SEALED_FIELDS[model] ?? [];
const isObject = (value: unknown): value is AnyRecord =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Lists the models whose relations lead to a sealed column, so results are only walked where needed. */
function reachesSealed(model: DataModel): Set<string> {
  const reaching = new Set(Object.keys(SEALED_FIELDS));
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, fields] of Object.entries(model)) {
      if (reaching.has(name)) continue;
      if (Object.values(fields).some((f) => f.kind === "object" && reaching.has(f.type))) {
        reaching.add(name);
        changed = true;
      }
    }
  }
  return reaching;
}

const READS_RECORDS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "create",
  "createManyAndReturn",
  "update",
  "updateManyAndReturn",
  "upsert",
  "delete",
]);

/** Called once per value sealed or opened: the bench counts them (MEND_LOG_QUERIES), as it counts statements. */
export type SealedValueCounter = (what: "sealed" | "opened") => void;

export function sealedExtension(dataModel: DataModel, keys: DataKeys, count?: SealedValueCounter) {
  const reaching = reachesSealed(dataModel);

  /** Fails a filter or order on a sealed column: its stored text is ciphertext. Comparing with "" stays allowed. */
  function checkWhere(model: string, where: unknown) {
    if (!isObject(where)) return;
    for (const [key, value] of Object.entries(where)) {
      if (key === "AND" || key === "OR" || key === "NOT") {
        for (const part of Array.isArray(value) ? value : [value]) checkWhere(model, part);
      } else if (sealedOf(model).includes(key)) {
        const emptyOnly =
          value === "" || (isObject(value) && Object.entries(value).every(([op, v]) => (op === "equals" || op === "not") && v === ""));
        if (!emptyOnly) throw new Error(`${model}.${key} is sealed at rest: it can only be compared with "" in a query`);
      } else {
        const field = dataModel[model]?.[key];
        if (field?.kind === "object" && isObject(value)) {
          for (const inner of Object.values(value)) checkWhere(field.type, inner);
          checkWhere(field.type, value);
        }
      }
    }
  }

  function checkOrder(model: string, orderBy: unknown) {
    for (const part of Array.isArray(orderBy) ? orderBy : [orderBy]) {
      if (!isObject(part)) continue;
      for (const [key, value] of Object.entries(part)) {
        if (sealedOf(model).includes(key)) throw new Error(`${model}.${key} is sealed at rest: a query can't sort by it`);
        const field = dataModel[model]?.[key];
        if (field?.kind === "object" && isObject(value)) checkOrder(field.type, value);
      }
    }
  }

  /**
   * The read's arguments with `id: true` added to every selection that picks a sealed column
   * without the row id (a value opens only with its row's id), through relations too; `added`
   * marks where, so the ids only the opening needed are dropped again. The caller's objects are
   * never changed: they may be used again (a retried transaction).
   */
  function selectIds(model: string, args: AnyRecord): { args: AnyRecord; added: AnyRecord | null } {
    checkWhere(model, args.where);
    checkOrder(model, args.orderBy);
    let added: AnyRecord | null = null;
    const next = { ...args };
    const nested = (selection: AnyRecord) => {
      const copy = { ...selection };
      for (const [key, value] of Object.entries(selection)) {
        const field = dataModel[model]?.[key];
        if (field?.kind !== "object" || !reaching.has(field.type) || !isObject(value)) continue;
        const inner = selectIds(field.type, value);
        copy[key] = inner.args;
        if (inner.added) (added ??= {})[key] = inner.added;
      }
      return copy;
    };
    if (isObject(args.select)) {
      const select = nested(args.select);
      if (sealedOf(model).some((column) => select[column]) && !select.id) {
        select.id = true;
        (added ??= {}).id = true;
      }
      next.select = select;
    }
    if (isObject(args.include)) next.include = nested(args.include);
    return { args: next, added };
  }

  /** Opens a value; one sealed with a key this process hasn't read yet (a rotation began) reloads the keys once. */
  function openOrReload(value: string, place: string) {
    const sealedWith = sealedKeyId(value);
    const ring = keys.opening();
    return open(sealedWith && !ring.keys.has(sealedWith) ? keys.reload() : ring, value, place);
  }

  /** Opens every sealed column of a result row (and of the rows it includes), then drops the ids only the opening needed. */
  function openRow(model: string, row: unknown, added: AnyRecord | null) {
    if (Array.isArray(row)) {
      for (const item of row) openRow(model, item, added);
      return;
    }
    if (!isObject(row)) return;
    for (const column of sealedOf(model)) {
      const value = row[column];
      if (typeof value !== "string" || value === "") continue;
      if (typeof row.id !== "string") throw new Error(`${model}.${column} was read without its row id`);
      const place = sealedPlace(model, column, row.id);
      try {
        row[column] = openOrReload(value, place);
        count?.("opened");
      } catch (error) {
        if (!(error instanceof SealedValueError)) throw error;
        console.error(`mend: ${error.message}`);
        // One damaged value (altered, or moved from another row) must not take the page with it:
        // logged with its place, shown as a notice, the stored value left as it is. A key this Mend
        // wasn't given is a setup problem that touches every value: the request fails, so nothing
        // is shown as lost and nothing is written over words the right key would open.
        if (error.kind !== "altered") throw error;
        row[column] = UNOPENABLE_TEXT;
      }
    }
    for (const [key, value] of Object.entries(row)) {
      const field = dataModel[model]?.[key];
      if (field?.kind === "object" && reaching.has(field.type))
        openRow(field.type, value, isObject(added?.[key]) ? (added[key] as AnyRecord) : null);
    }
    if (added?.id === true) delete row.id;
  }

  /** A column's value in write data, given as itself or as `{ set: value }`. */
  const plainValue = (raw: unknown) => (isObject(raw) && "set" in raw ? raw.set : raw);

  /** A copy of one row's data with its sealed columns sealed, bound to `id`; nested creates get their own ids. */
  function sealData(model: string, data: unknown, id: string | null): unknown {
    if (!isObject(data)) return data;
    const next: AnyRecord = { ...data };
    for (const column of sealedOf(model)) {
      if (!(column in data)) continue;
      const raw = data[column];
      const value = plainValue(raw);
      if (typeof value !== "string" || value === "") continue;
      if (!id) throw new Error(`${model}.${column} is sealed at rest: write it to one row, named by its id`);
      // A new row copied from a value that doesn't open (an amendment, a revision saved unchanged):
      // refused rather than stored as someone's words (updates drop it before this, keepUnopenable).
      if (isUnopenable(value)) throw new Error(`${model}.${column}: the notice for a value that doesn't open is not someone's words`);
      const sealed = seal(keys.sealing(), value, sealedPlace(model, column, id));
      count?.("sealed");
      next[column] = isObject(raw) && "set" in raw ? { ...raw, set: sealed } : sealed;
    }
    for (const [key, value] of Object.entries(data)) {
      const field = dataModel[model]?.[key];
      // Nested creates are followed to any depth; other nested writes only refused where they reach sealed rows.
      if (field?.kind !== "object" || !reaching.has(field.type) || !isObject(value)) continue;
      const sealedTarget = Object.hasOwn(SEALED_FIELDS, field.type);
      const ops: AnyRecord = { ...value };
      for (const [op, payload] of Object.entries(value)) {
        if (op === "create")
          ops.create = Array.isArray(payload) ? payload.map((row) => sealNew(field.type, row)) : sealNew(field.type, payload);
        else if (op === "createMany" && isObject(payload))
          ops.createMany = {
            ...payload,
            data: Array.isArray(payload.data) ? payload.data.map((row) => sealNew(field.type, row)) : sealNew(field.type, payload.data),
          };
        else if (
          op !== "connect" &&
          op !== "disconnect" &&
          op !== "delete" &&
          op !== "deleteMany" &&
          op !== "set" &&
          (sealedTarget || hasNestedWrite(payload))
        )
          throw new Error(`${model}.${key}: a nested ${op} of sealed rows is not supported; write them on their own`);
      }
      next[key] = ops;
    }
    return next;
  }

  /** A copy of a new row's data, named by an id of its own when it has words to seal, and sealed. */
  function sealNew(model: string, data: unknown): unknown {
    if (!isObject(data)) return data;
    const named =
      sealedOf(model).some((column) => typeof data[column] === "string" && data[column] !== "") && data.id === undefined
        ? { ...data, id: newRowId() }
        : data;
    return sealData(model, named, typeof named.id === "string" ? named.id : null);
  }

  /** Whether a nested payload (an update, upsert, connectOrCreate...) writes rows of its own further down. */
  const hasNestedWrite = (payload: unknown): boolean =>
    isObject(payload) || Array.isArray(payload)
      ? Object.entries(payload).some(
          ([key, value]) =>
            ["create", "createMany", "upsert", "update", "updateMany", "connectOrCreate"].includes(key) || hasNestedWrite(value),
        )
      : false;

  /**
   * An update that carries the unopenable notice back (a form filled from a damaged value, saved
   * unchanged) leaves the stored value as it is: the notice is never sealed over it as someone's words.
   */
  const keepUnopenable = (model: string, data: unknown) => {
    if (!isObject(data)) return data;
    const next: AnyRecord = { ...data };
    for (const column of sealedOf(model)) {
      const raw = next[column];
      if (isUnopenable(plainValue(raw))) delete next[column];
    }
    return next;
  };

  const writesSealed = (model: string, data: unknown) =>
    isObject(data) &&
    Object.entries(data).some(([key, raw]) => {
      if (sealedOf(model).includes(key)) {
        const value = plainValue(raw);
        return typeof value === "string" && value !== "";
      }
      const field = dataModel[model]?.[key];
      return field?.kind === "object" && reaching.has(field.type);
    });

  return Prisma.defineExtension((client) => {
    /** The client look-ups go through: the transaction the write runs in, else the client itself. */
    type Delegate = {
      findUnique(args: unknown): Promise<unknown>;
      findMany(args: unknown): Promise<unknown>;
      updateMany(args: unknown): Promise<unknown>;
    };
    const delegate = (model: string) => {
      const current = (sealedLookupClient.getStore() ?? client) as unknown as Record<string, Delegate>;
      return current[model.charAt(0).toLowerCase() + model.slice(1)] as Delegate;
    };
    const singleId = (where: unknown) => (isObject(where) && typeof where.id === "string" ? where.id : null);
    const existingId = async (model: string, where: unknown) => {
      const found = (await delegate(model).findUnique({ where, select: { id: true } })) as { id: string } | null;
      return found?.id ?? null;
    };

    return client.$extends({
      name: "sealed-at-rest",
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query }) {
            if (!reaching.has(model) || alreadySealed.getStore()) return query(args);
            const given = (args ?? {}) as AnyRecord;
            const reads = READS_RECORDS.has(operation);
            const { args: a, added } = reads
              ? selectIds(model, given)
              : (checkWhere(model, given.where), { args: { ...given }, added: null });
            switch (operation) {
              case "create":
                a.data = sealNew(model, a.data);
                break;
              case "createMany":
              case "createManyAndReturn":
                a.data = Array.isArray(a.data) ? a.data.map((row) => sealNew(model, row)) : sealNew(model, a.data);
                break;
              case "update":
                a.data = keepUnopenable(model, a.data);
                if (writesSealed(model, a.data)) a.data = sealData(model, a.data, singleId(a.where) ?? (await existingId(model, a.where)));
                break;
              case "upsert": {
                a.create = sealNew(model, a.create);
                a.update = keepUnopenable(model, a.update);
                if (writesSealed(model, a.update)) {
                  const id =
                    singleId(a.where) ?? (await existingId(model, a.where)) ?? (isObject(a.create) ? (a.create.id as string) : null);
                  a.update = sealData(model, a.update, id);
                }
                break;
              }
              case "updateMany":
              case "updateManyAndReturn": {
                a.data = keepUnopenable(model, a.data);
                if (!writesSealed(model, a.data)) break;
                const id = singleId(a.where);
                if (id) {
                  a.data = sealData(model, a.data, id);
                  break;
                }
                if (operation === "updateManyAndReturn")
                  throw new Error(`${model}: updateManyAndReturn of sealed columns needs the row's id in its where`);
                // Several rows get the same words: each is sealed to its own row, one update per row.
                const rows = (await delegate(model).findMany({ where: a.where, select: { id: true } })) as { id: string }[];
                let count = 0;
                for (const row of rows) {
                  const data = sealData(model, a.data, row.id);
                  // Awaited inside run(): a Prisma query starts only when awaited, and must start marked.
                  const result = (await alreadySealed.run(
                    true,
                    async () => await delegate(model).updateMany({ where: { AND: [a.where], id: row.id }, data }),
                  )) as {
                    count: number;
                  };
                  count += result.count;
                }
                return { count };
              }
            }
            const result = await query(a);
            if (reads) openRow(model, result, added);
            return result;
          },
        },
      },
    });
  });
}
