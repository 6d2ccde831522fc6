import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { bench, describe } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dataModelOf, sealedExtension } from "@/lib/server/crypto/sealed-client";
import { dataKeys } from "@/lib/server/crypto/keys";
import { makeCouple } from "../integration/factories";

// `npm run bench:sealing`: what the sealing layer (decision 014) costs per query and per value, in
// one process, on one SQLite file, the same client with and without it. Throughput over HTTP (`npm
// run bench`) moves with this machine's neighbours by more than sealing costs; this doesn't.
// A dashboard-like read: 30 check-ins with their notes (opened one by one) and two plain look-ups.
const url = process.env.DATABASE_URL!;
const raw = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
const sealed = raw.$extends(sealedExtension(dataModelOf(raw), dataKeys())) as unknown as PrismaClient;
// Prisma's own cost of any query extension, for scale: one that only passes the query on.
const passing = raw.$extends({ query: { $allModels: { $allOperations: ({ args, query }) => query(args) } } }) as unknown as PrismaClient;

const { coupleId, a } = await makeCouple();
const note = "I keep thinking about the evening you told me. ".repeat(6);
for (let d = 0; d < 30; d++) {
  const localDate = `2026-0${1 + (d % 9)}-${String(1 + Math.floor(d / 9)).padStart(2, "0")}`;
  await sealed.checkIn.create({
    data: { coupleId, authorId: a.userId, localDate, timeZone: "UTC", trust: 5, closeness: 5, mood: "calm", note },
  });
}

const read = (client: PrismaClient, withNotes: boolean) => async () => {
  await client.checkIn.findMany({
    where: { coupleId },
    select: withNotes ? { id: true, note: true, trust: true } : { id: true, trust: true },
  });
  await client.user.findUnique({ where: { id: a.userId }, select: { name: true } });
  await client.couple.findUnique({ where: { id: coupleId }, select: { name: true } });
};
const options = { time: 2000, warmupTime: 300 };

describe("3 queries, 30 sealed notes opened", () => {
  bench("without sealing", read(raw, true), options);
  bench("a pass-through extension", read(passing, true), options);
  bench("with sealing", read(sealed, true), options);
});

describe("3 queries, no sealed column read", () => {
  bench("without sealing", read(raw, false), options);
  bench("with sealing", read(sealed, false), options);
});

describe("a check-in update with a note", () => {
  let n = 0;
  const update = (client: PrismaClient) => async () => {
    const row = await client.checkIn.findFirstOrThrow({ where: { coupleId }, select: { id: true } });
    await client.checkIn.update({ where: { id: row.id, coupleId }, data: { note: `${note} ${n++}`, trust: n % 11 } });
  };
  bench("without sealing", update(raw), options);
  bench("with sealing", update(sealed), options);
});
