import { beforeEach, describe, expect, it, vi } from "vitest";
import { subDays, subHours } from "date-fns";
import { requireShareAccess, type PartnerContext, type ShareSection, type TherapistContext } from "@/lib/server/access";
import { createEntry, deleteEntry, respondToEntry } from "@/lib/server/entries/write";
import { entryOverview, getEntry, listReadableEntries, listStageEntries } from "@/lib/server/entries/read";
import { markStageDone } from "@/lib/server/journey/progress";
import { createShareLink, listShareLinks, revokeShareLink } from "@/lib/server/share/links";
import { createShareLinkAction } from "@/app/(app)/app/settings/sharing/actions";
import { resolveShareAccess } from "@/lib/server/share/resolve";
import { describeDevice } from "@/lib/server/share/device";
import { SHARE_LOOKUPS_PER_WINDOW, SHARE_MISSES_PER_WINDOW_ALL, SHARE_VISITS_PER_LINK_PER_WINDOW } from "@/lib/server/share/rate-limit";
import type { EntryView } from "@/lib/server/entries/serialize";
import { THERAPIST_ENTRY_LIMIT, getTherapistView } from "@/lib/server/share/therapist-view";
import { hashToken } from "@/lib/server/tokens";
import { SHARE_DEFAULT_DAYS, createShareLinkSchema, parseScope } from "@/lib/validation/share";
import type { Visibility } from "@/lib/entries/labels";
import { db, makeCouple } from "./factories";
import { startSession } from "@/lib/server/auth/sessions";
import { form, signInAs } from "./session";

// requireShareAccess reads the request's headers; here each test says what they are.
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

const CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
let clientCounter = 0;
/** A fresh client address per test, so the rate limit only bites where a test means it to. */
function freshClient(userAgent: string | null = CHROME_MAC) {
  clientCounter += 1;
  return { key: `198.51.100.${clientCounter}`, userAgent };
}

beforeEach(() => {
  requestHeaders.current = new Headers({ "x-mend-client": `203.0.113.${++clientCounter}`, "user-agent": CHROME_MAC });
});

async function shareLink(owner: PartnerContext, scope: ShareSection[], days?: number) {
  const res = await createShareLink(owner, { therapistName: "Dr. Rivera", scope, expiryDays: days ?? SHARE_DEFAULT_DAYS });
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res.data.token;
}

async function open(token: string) {
  const res = await resolveShareAccess(token, freshClient());
  if (!res.ok) throw new Error(`link refused: ${res.reason}`);
  return res.ctx;
}

async function write(author: PartnerContext, visibility: Visibility, text: string, stageSlug = "acknowledgment") {
  const res = await createEntry(author, {
    stageSlug,
    exerciseKey: "accountability-statement",
    kind: "accountability",
    visibility,
    body: { answers: [text, "", "", ""] },
  });
  if (!res.ok) throw new Error(JSON.stringify(res));
  return res.data.id;
}

const texts = (entries: EntryView[]) => entries.map((e) => (e.kind === "accountability" ? e.body.answers[0] : `(${e.kind})`)).sort();

describe("what a therapist link shows: scope × visibility", () => {
  const scopes: ShareSection[][] = [[], ["progress"], ["entries"], ["progress", "entries"]];

  it.each(scopes.map((scope) => [scope.join(" + ") || "nothing", scope] as const))("scope %s", async (_label, scope) => {
    const { a, b } = await makeCouple();
    for (const author of [a, b]) {
      for (const visibility of ["private", "partner", "therapist"] as const) {
        await write(author, visibility, `${author.name}-${visibility}`);
      }
    }
    const deleted = await write(a, "therapist", "Alex-therapist-deleted");
    await deleteEntry(a, deleted);
    await markStageDone(a, "acknowledgment");
    await markStageDone(b, "acknowledgment");
    await markStageDone(a, "communication");
    // Another couple's therapist entry must never leak in.
    const other = await makeCouple(["Jo", "Kim"]);
    await write(other.a, "therapist", "Jo-therapist");

    // An empty scope can't be created through the form, so build that context directly.
    const ctx: TherapistContext =
      scope.length === 0 ? { kind: "therapist", coupleId: a.coupleId, shareLinkId: "none", scope } : await open(await shareLink(a, scope));
    const expected = scope.includes("entries") ? ["Alex-therapist", "Sam-therapist"] : [];

    expect(texts(await listReadableEntries(ctx))).toEqual(expected);
    expect(texts(await listStageEntries(ctx, "acknowledgment"))).toEqual(expected);
    expect((await entryOverview(ctx)).counts.reduce((n, g) => n + g.count, 0)).toBe(expected.length);
    if (scope.includes("entries")) await expectGetEntryMatchesScope(a, ctx);

    if (scope.length === 0) return;
    const view = await getTherapistView(ctx);
    if (scope.includes("entries")) {
      expect(texts(view.entries!.groups.flatMap((g) => g.entries))).toEqual(expected);
      expect(view.entries!.groups.map((g) => g.slug)).toEqual(["acknowledgment"]);
      expect(view.entries!.groups[0]!.entries[0]!.title).toBe("Write your accountability statement");
    } else {
      expect(view.entries).toBeNull();
    }
    if (scope.includes("progress")) {
      const [acknowledgment, communication] = view.progress!.stages;
      expect(acknowledgment).toMatchObject({ joint: "done-together", number: 1 });
      expect(communication!.joint).toBe("one-done");
      expect(communication!.doneBy.map((d) => d.name)).toEqual(["Alex"]);
      expect(view.progress!.donePerPartner).toEqual([
        { userId: a.userId, name: "Alex", count: 2 },
        { userId: b.userId, name: "Sam", count: 1 },
      ]);
      expect(view.progress!.doneTogether).toBe(1);
    } else {
      expect(view.progress).toBeNull();
    }
    // Every text the link must never show, spelled out exactly as written above.
    const serialized = JSON.stringify(view);
    const hidden = ["Alex-private", "Sam-private", "Alex-partner", "Sam-partner", "Alex-therapist-deleted", "Jo-therapist"];
    expect(hidden.filter((text) => serialized.includes(text))).toEqual([]);
  });
});

/** getEntry, one entry at a time, must agree with the lists. */
async function expectGetEntryMatchesScope(author: PartnerContext, ctx: TherapistContext) {
  for (const entry of await listReadableEntries(author)) {
    const visible = await getEntry(ctx, entry.id);
    expect(Boolean(visible), `${entry.visibility} entry visible?`).toBe(ctx.scope.includes("entries") && entry.visibility === "therapist");
  }
}

// A caller's own filter (here an id) must never widen what the link's scope allows.
it("getEntry shows nothing through a link whose scope leaves out entries", async () => {
  const { a } = await makeCouple();
  await write(a, "therapist", "Alex-therapist");
  await expectGetEntryMatchesScope(a, await open(await shareLink(a, ["progress"])));
});

describe("revocation and expiry", () => {
  it("stops working on the very next request after either partner revokes it", async () => {
    const { a, b } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    expect((await resolveShareAccess(token, freshClient())).ok).toBe(true);
    const [link] = await listShareLinks(b);
    expect(await revokeShareLink(b, link!.id)).toEqual({ ok: true, data: undefined });
    expect(await resolveShareAccess(token, freshClient())).toEqual({ ok: false, reason: "not-found" });
    const [after] = await listShareLinks(a);
    expect(after).toMatchObject({ status: "revoked", revokedBy: { name: "Sam", isMe: false } });
    // Revoking twice is a friendly error, not a crash.
    expect((await revokeShareLink(a, link!.id)).ok).toBe(false);
  });

  it("stops working once it expires", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["entries"], 1);
    expect((await resolveShareAccess(token, freshClient())).ok).toBe(true);
    await db.shareLink.updateMany({ where: { tokenHash: hashToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resolveShareAccess(token, freshClient())).toEqual({ ok: false, reason: "not-found" });
    expect((await listShareLinks(a))[0]!.status).toBe("expired");
  });

  it("answers unknown, revoked and expired links with the same 404 from requireShareAccess", async () => {
    const { a } = await makeCouple();
    const revoked = await shareLink(a, ["progress"]);
    await revokeShareLink(a, (await listShareLinks(a))[0]!.id);
    const expired = await shareLink(a, ["progress"]);
    await db.shareLink.updateMany({ where: { tokenHash: hashToken(expired) }, data: { expiresAt: subDays(new Date(), 1) } });
    const unknown = "A".repeat(43);
    for (const token of [revoked, expired, unknown, "junk", "../../etc/passwd"]) {
      await expect(requireShareAccess(token)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    }
    const valid = await shareLink(a, ["progress"]);
    await expect(requireShareAccess(valid)).resolves.toMatchObject({ kind: "therapist", coupleId: a.coupleId, scope: ["progress"] });
  });

  it("doesn't let a partner of another couple revoke the link", async () => {
    const { a } = await makeCouple();
    const other = await makeCouple(["Jo", "Kim"]);
    const token = await shareLink(a, ["progress"]);
    const [link] = await listShareLinks(a);
    expect(await revokeShareLink(other.a, link!.id)).toMatchObject({ ok: false });
    expect(await listShareLinks(other.a)).toEqual([]);
    expect((await resolveShareAccess(token, freshClient())).ok).toBe(true);
  });
});

describe("access log", () => {
  it("writes a visit row with an approximate device and nothing identifying", async () => {
    const { a, b } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    requestHeaders.current = new Headers({ "x-forwarded-for": "192.0.2.77", "user-agent": CHROME_MAC });
    await requireShareAccess(token);
    await resolveShareAccess(token, {
      key: "192.0.2.78",
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    });
    const rows = await db.shareVisit.findMany({ where: { coupleId: a.coupleId }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.device)).toEqual(["Chrome on macOS", "Safari on iPhone"]);
    expect(JSON.stringify(rows)).not.toMatch(/192\.0\.2|Mozilla|AppleWebKit/);
    // Both partners see the log, whoever created the link.
    const [seenByB] = await listShareLinks(b);
    expect(seenByB).toMatchObject({ visitCount: 2, createdBy: { name: "Alex", isMe: false } });
    expect(seenByB!.visits.map((v) => v.device)).toEqual(["Safari on iPhone", "Chrome on macOS"]);
  });

  it("logs nothing for a refused link", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    await revokeShareLink(a, (await listShareLinks(a))[0]!.id);
    await resolveShareAccess(token, freshClient());
    expect(await db.shareVisit.count({ where: { coupleId: a.coupleId } })).toBe(0);
  });

  it("names common browsers and systems without keeping the user agent", () => {
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      ),
    ).toBe("Edge on Windows");
    expect(describeDevice("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")).toBe("Firefox on Linux");
    expect(
      describeDevice(
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
      ),
    ).toBe("Chrome on Android");
    expect(
      describeDevice(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      ),
    ).toBe("Safari on macOS");
    expect(describeDevice("curl/8.5.0")).toBe("Unknown device");
    expect(describeDevice(null)).toBe("Unknown device");
  });
});

describe("tokens", () => {
  it("stores only a hash of a 256-bit token", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["progress", "entries"]);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const rows = await db.shareLink.findMany({ where: { coupleId: a.coupleId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(await listShareLinks(a))).not.toContain(token);
  });

  it("rate-limits lookups per client, without affecting other clients", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    const client = freshClient();
    for (let i = 0; i < SHARE_LOOKUPS_PER_WINDOW; i++)
      expect((await resolveShareAccess(i % 2 ? token : "B".repeat(43), client)).ok).toBe(i % 2 === 1);
    expect(await resolveShareAccess(token, client)).toEqual({ ok: false, reason: "rate-limited" });
    expect((await resolveShareAccess(token, freshClient())).ok).toBe(true);
  });

  /** Sets a counter as if many requests had already been counted in this window. */
  async function setCount(key: string, count: number) {
    const resetAt = new Date(Date.now() + 60_000);
    await db.rateLimit.upsert({ where: { key }, create: { key, count, resetAt }, update: { count, resetAt } });
  }

  it("asks the client's own allowance first: a client over it adds nothing to the shared ceiling", async () => {
    const client = freshClient();
    const missesBefore = (await db.rateLimit.findUnique({ where: { key: "share:misses" } }))?.count ?? 0;
    for (let i = 0; i < SHARE_LOOKUPS_PER_WINDOW + 40; i++) await resolveShareAccess("C".repeat(43), client);
    const missesAfter = (await db.rateLimit.findUniqueOrThrow({ where: { key: "share:misses" } })).count;
    expect(missesAfter - missesBefore).toBe(SHARE_LOOKUPS_PER_WINDOW);
  });

  it("counts only misses toward the shared ceiling, and a ceiling reached never shuts out a therapist with a valid link", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    const hits = freshClient();
    for (let i = 0; i < 5; i++) expect((await resolveShareAccess(token, hits)).ok).toBe(true);
    expect(await db.rateLimit.findUnique({ where: { key: `share:missed:${hits.key}` } })).toBeNull();
    // As if clients everywhere had probed unknown tokens up to the ceiling.
    await setCount("share:misses", SHARE_MISSES_PER_WINDOW_ALL);
    const prober = freshClient();
    expect(await resolveShareAccess("D".repeat(43), prober)).toEqual({ ok: false, reason: "not-found" });
    expect(await resolveShareAccess(token, prober)).toEqual({ ok: false, reason: "rate-limited" });
    expect((await resolveShareAccess(token, hits)).ok).toBe(true);
    expect((await resolveShareAccess(token, freshClient())).ok).toBe(true);
    await db.rateLimit.delete({ where: { key: "share:misses" } });
    expect((await resolveShareAccess(token, prober)).ok).toBe(true);
  });

  it("gives each link its own budget of visits", async () => {
    const { a } = await makeCouple();
    const busy = await shareLink(a, ["progress"]);
    const other = await shareLink(a, ["progress"]);
    const link = await db.shareLink.findUniqueOrThrow({ where: { tokenHash: hashToken(busy) }, select: { id: true } });
    await setCount(`share:link:${link.id}`, SHARE_VISITS_PER_LINK_PER_WINDOW);
    expect(await resolveShareAccess(busy, freshClient())).toEqual({ ok: false, reason: "rate-limited" });
    expect((await resolveShareAccess(other, freshClient())).ok).toBe(true);
  });

  it("takes the client from the connection: a forged X-Forwarded-For changes nothing", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    for (let i = 0; i < SHARE_LOOKUPS_PER_WINDOW; i++) {
      requestHeaders.current = new Headers({ "x-mend-client": "192.0.2.77", "x-forwarded-for": `10.9.${i >> 8}.${i & 255}` });
      await requireShareAccess(token);
    }
    requestHeaders.current = new Headers({ "x-mend-client": "192.0.2.77", "x-forwarded-for": "10.10.10.10" });
    await expect(requireShareAccess(token)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  });
});

describe("a long history", () => {
  it(`reads and shows only the newest ${THERAPIST_ENTRY_LIMIT} shared entries, says so, and never reads responses`, async () => {
    const { a, b } = await makeCouple();
    const token = await shareLink(a, ["entries"]);
    const start = subDays(new Date(), 400);
    // Written straight to the table: hundreds of entries through createEntry would only slow the test.
    await db.entry.createMany({
      data: Array.from({ length: THERAPIST_ENTRY_LIMIT + 5 }, (_, i) => {
        const at = new Date(start.getTime() + i * 60_000);
        return {
          coupleId: a.coupleId,
          authorId: a.userId,
          stageSlug: "acknowledgment",
          exerciseKey: "accountability-statement",
          kind: "accountability",
          visibility: "therapist",
          body: JSON.stringify({ answers: [`entry ${String(i).padStart(3, "0")}`] }),
          createdAt: at,
          updatedAt: at,
        };
      }),
    });
    const newest = await write(a, "therapist", "the newest");
    await respondToEntry(b, { entryId: newest, verdict: "heard", questions: "Thank you." });

    const ctx = await open(token);
    const reads = vi.spyOn(db.entry, "findMany");
    const view = await getTherapistView(ctx);
    const query = reads.mock.calls.map(([args]) => args).find((args) => args?.orderBy && "updatedAt" in args.orderBy);
    reads.mockRestore();
    expect(query).toMatchObject({ take: THERAPIST_ENTRY_LIMIT + 1 });
    expect(query?.select).not.toHaveProperty("responses");
    const shown = view.entries!.groups.flatMap((g) => g.entries);
    expect(view.entries).toMatchObject({ total: THERAPIST_ENTRY_LIMIT, cut: true });
    expect(shown).toHaveLength(THERAPIST_ENTRY_LIMIT);
    expect(texts(shown)).toContain("the newest");
    // The oldest six fell off: 205 written straight, plus the newest one.
    expect(texts(shown)).not.toContain("entry 005");
    expect(texts(shown)).toContain("entry 006");
    expect(shown.every((e) => e.responses.length === 0)).toBe(true);
  });

  it("says nothing about a cut when everything fits", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["entries"]);
    await write(a, "therapist", "just one");
    expect((await getTherapistView(await open(token))).entries).toMatchObject({ total: 1, cut: false });
  });
});

describe("since your last visit", () => {
  it("is empty on a first visit, then lists what changed since the previous sitting", async () => {
    const { a, b } = await makeCouple();
    const token = await shareLink(a, ["progress", "entries"]);
    const first = await write(a, "therapist", "Alex-before");
    let ctx = await open(token);
    expect((await getTherapistView(ctx)).since).toBeNull();

    // The first visit was yesterday; a reload a minute later doesn't reset it.
    await db.shareVisit.updateMany({ where: { shareLinkId: ctx.shareLinkId }, data: { at: subHours(new Date(), 24) } });
    await db.entry.update({ where: { id: first }, data: { createdAt: subHours(new Date(), 30), updatedAt: subHours(new Date(), 30) } });
    await write(b, "therapist", "Sam-after");
    await write(b, "private", "Sam-private-after");
    await respondToEntry(b, { entryId: first, verdict: "not-yet", questions: "When did it start?" });
    await markStageDone(a, "acknowledgment");

    ctx = await open(token);
    const view = await getTherapistView(ctx);
    expect(view.previousVisitAt).not.toBeNull();
    expect(texts(view.since!.entries)).toEqual(["Sam-after"]);
    // Sam's response was written for Alex, not for the therapist: it never shows here.
    expect(JSON.stringify(view)).not.toContain("When did it start?");
    expect(view.since!.stageEvents).toMatchObject([{ action: "done", stageNumber: 1, actorName: "Alex" }]);

    const reload = await getTherapistView(await open(token));
    expect(reload.previousVisitAt).toEqual(view.previousVisitAt);
  });

  it("only lists changes the link may show", async () => {
    const { a } = await makeCouple();
    const token = await shareLink(a, ["progress"]);
    const ctx = await open(token);
    await db.shareVisit.updateMany({ where: { shareLinkId: ctx.shareLinkId }, data: { at: subHours(new Date(), 24) } });
    await write(a, "therapist", "Alex-after");
    const view = await getTherapistView(await open(token));
    expect(view.since!.entries).toEqual([]);
  });
});

describe("creating a link", () => {
  it("defaults to 30 days and caps at 180", async () => {
    const { a } = await makeCouple();
    signInAs({ ...a, sessionId: await startSession(a.userId, CHROME_MAC) });
    const res = await createShareLinkAction(null, form({ therapistName: "  Dr. Lee ", scope: ["entries", "progress"] }));
    expect(res.ok).toBe(true);
    const [link] = await listShareLinks(a);
    expect(link).toMatchObject({ therapistName: "Dr. Lee", scope: ["progress", "entries"], status: "active", createdBy: { isMe: true } });
    const days = (link!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.99);
    expect(days).toBeLessThanOrEqual(30);
    expect((await createShareLinkAction(null, form({ therapistName: "Dr. Lee", scope: "progress", expiryDays: "180" }))).ok).toBe(true);
  });

  it("answers bad input with field errors", async () => {
    const { a } = await makeCouple();
    signInAs({ ...a, sessionId: await startSession(a.userId, CHROME_MAC) });
    const bad = await createShareLinkAction(null, form({ therapistName: "  ", expiryDays: "181" }));
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { therapistName: [expect.any(String)], scope: [expect.any(String)], expiryDays: [expect.any(String)] },
    });
    for (const expiryDays of ["0", "abc", "2.5", "-3", 1e9]) {
      const res = createShareLinkSchema.safeParse({ therapistName: "Dr. Lee", scope: ["progress"], expiryDays });
      expect(res.success, String(expiryDays)).toBe(false);
    }
    for (const scope of [["admin"], "progress", null, ["progress", "progress", "entries", "x"]]) {
      expect(createShareLinkSchema.safeParse({ therapistName: "Dr. Lee", scope }).success, JSON.stringify(scope)).toBe(false);
    }
    expect(await createShareLinkAction(null, null as never)).toMatchObject({ ok: false });
    expect(await createShareLinkAction(null, form({ therapistName: "x".repeat(81), scope: "progress" }))).toMatchObject({
      ok: false,
      fieldErrors: { therapistName: [expect.stringMatching(/too long/)] },
    });
    expect(await db.shareLink.count({ where: { coupleId: a.coupleId } })).toBe(0);
  });

  it("reads a damaged stored scope as showing nothing", () => {
    expect(parseScope("not json")).toEqual([]);
    expect(parseScope('{"progress":true}')).toEqual([]);
    expect(parseScope('["entries","admin","progress"]')).toEqual(["progress", "entries"]);
  });
});
