import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveCheckInAction } from "@/app/(app)/app/check-in/actions";
import { localDateIn } from "@/lib/check-ins/dates";
import { env } from "@/lib/server/env";
import { db, makeCouple } from "./factories";
import { form, signInAs } from "./session";
import { commitsIn, statementsOf } from "./statements";

vi.hoisted(() => void (process.env.MEND_LOG_QUERIES = "1"));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

// Each COMMIT is a disk sync (synchronous=FULL, decision 004) on the event loop: a save makes one.
// The daily allowance (lib/server/quotas.ts) is counted inside the save's own transaction.
describe("one disk sync per save", () => {
  // With a note: it is sealed to its row's id, so an update that names the row otherwise costs a look-up.
  const good = () =>
    form({ localDate: localDateIn("UTC"), trust: "5", closeness: "6", mood: "calm", note: "A quiet evening.", noteVisibility: "private" });

  it("a check-in save through its server action commits once, and still counts against the allowance", async () => {
    const { a } = await makeCouple();
    signInAs(a);
    // The first save ever also creates the allowance's row and the partner's time zone; later ones
    // only count and update (the re-render after a save is not part of this count).
    for (const [outcome, most] of [
      ["created", 10],
      ["replaced", 6],
    ] as const) {
      let result: unknown;
      const statements = await statementsOf(async () => (result = await saveCheckInAction(null, good())));
      expect(result).toMatchObject({ ok: true, data: { outcome } });
      expect(commitsIn(statements), statements.join("\n")).toBe(1);
      expect(statements.length, statements.join("\n")).toBeLessThanOrEqual(most);
    }
    const key = `writes:user:${a.userId}`;
    expect(await db.rateLimit.findUnique({ where: { key }, select: { count: true } })).toEqual({ count: 2 });

    // Used up: the save is refused inside its transaction, which rolls back whole.
    await db.rateLimit.update({ where: { key }, data: { count: env().writesPerDay } });
    const refused = await saveCheckInAction(
      null,
      form({ localDate: localDateIn("UTC"), trust: "9", closeness: "6", mood: "calm", note: "", noteVisibility: "private" }),
    );
    expect(refused).toEqual({ ok: false, fieldErrors: {}, formError: expect.stringMatching(/not saved/) });
    expect(await db.checkIn.findMany({ where: { authorId: a.userId }, select: { trust: true, revision: true } })).toEqual([
      { trust: 5, revision: 2 },
    ]);
    expect(await db.rateLimit.findUnique({ where: { key }, select: { count: true } })).toEqual({ count: env().writesPerDay });
  });
});
