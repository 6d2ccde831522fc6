import { describe, expect, it } from "vitest";
import { beginAttempt, consume } from "@/lib/server/rate-limit/counters";
import { db } from "./factories";

// Throttling must hold when requests race: on PostgreSQL (`npm run test:postgres`) these run on
// several pooled connections at once, as they would from several app instances.
const HOUR = 60 * 60_000;
const burst = <T>(n: number, run: () => Promise<T>) => Promise.all(Array.from({ length: n }, run));

describe("throttling under concurrent requests", () => {
  it("lets exactly `limit` of 40 simultaneous attempts through a fresh window, and counts exactly those", async () => {
    const verdicts = await burst(40, () => consume("race:fresh", { limit: 10, windowMs: HOUR }));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(10);
    expect(verdicts.filter((v) => !v.ok)).toHaveLength(30);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "race:fresh" } })).count).toBe(10);
  });

  it("starts one new window when many attempts arrive after the old one expired", async () => {
    await db.rateLimit.create({ data: { key: "race:expired", count: 99, resetAt: new Date(Date.now() - 1000) } });
    const verdicts = await burst(30, () => consume("race:expired", { limit: 5, windowMs: HOUR }));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "race:expired" } });
    expect(row.count).toBe(5);
    expect(row.resetAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("loses no attempt of a growing-delay counter when 30 arrive at once", async () => {
    const policy = { free: 1000, baseMs: 1000, maxMs: 60_000, windowMs: HOUR };
    const verdicts = await burst(30, () => beginAttempt("race:backoff", policy));
    expect(verdicts.every((v) => v.ok)).toBe(true);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "race:backoff" } })).count).toBe(30);
  });

  it("imposes the delay once the free attempts are used, however many race for the last one", async () => {
    const policy = { free: 3, baseMs: 60_000, maxMs: 60_000, windowMs: HOUR };
    const verdicts = await burst(20, () => beginAttempt("race:delay", policy));
    // Attempts 1–3 pass; the 3rd sets the delay; every later one is refused without being counted.
    expect(verdicts.filter((v) => v.ok)).toHaveLength(3);
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: "race:delay" } });
    expect(row.count).toBe(3);
    expect(row.blockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});
