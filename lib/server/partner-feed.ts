import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sharedWithReaderSql } from "@/lib/server/couples/boundary";
import { db } from "@/lib/server/db";
import { sqlDate } from "@/lib/server/sql-dates";
import { coupleMembers } from "@/lib/server/couples/members";
import type { PartnerContext } from "@/lib/server/access";
import { SHARED_VISIBILITIES } from "@/lib/server/entries/visibility";
import { wasEdited } from "@/lib/server/entries/serialize";
import { isEntryKind, type EntryKind } from "@/lib/entries/kinds";
import { RESPONSE_VERDICTS, type Verdict } from "@/lib/validation/entry";
import { MOVE_ON_SLUG } from "@/lib/journey/move-on";
import { BREACH_SET } from "@/lib/server/couples/couple";
import { FEED_ACTIONS, feedVerbs, isFeedAction, type FeedAction, type FeedVerb } from "@/lib/audit/events";
import { listAgreements } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { stageOf } from "@/lib/content/stage-features";
import type { StageSlug } from "@/lib/content/stages";

export type FeedItem =
  | { type: "entry"; at: Date; stageSlug: string; exerciseKey: string | null; kind: EntryKind; entryId: string; edited: boolean }
  | { type: "stage"; at: Date; stageSlug: string; action: "done" | "reopened" }
  | { type: "response"; at: Date; stageSlug: string; entryId: string; verdict: Verdict }
  | { type: "agreement"; at: Date; stageSlug: StageSlug; agreementId: string; action: AgreementAction; title: string }
  | { type: "commitment"; at: Date; stageSlug: StageSlug; action: CommitmentAction; what: string }
  | { type: "talking-it-through"; at: Date; stageSlug: StageSlug; action: TalkingItThroughAction; href: string }
  /** The kind of breach changed: a neutral line, never which kind and never who chose it. */
  | { type: "breach"; at: Date };

export type AgreementAction = FeedVerb<"agreement.">;
export type CommitmentAction = FeedVerb<"commitment.">;
/** The events of the talking-it-through tools (talks, questions, triggers) the other partner hears about (never their text). */
export type TalkingItThroughAction = Extract<FeedAction, `talk.${string}` | `question.${string}` | `trigger.${string}`>;
const AGREEMENT_ACTIONS: readonly string[] = feedVerbs("agreement.");
const COMMITMENT_ACTIONS: readonly string[] = feedVerbs("commitment.");
const isTalkingItThroughAction = (action: string): action is TalkingItThroughAction =>
  isFeedAction(action) && /^(talk|question|trigger)\./.test(action);
/** Each talking-it-through tool's feature (for its stage) and the page a line about it links to. */
const TALKING_IT_THROUGH = {
  talk: { feature: "talks", href: (id: string) => `/app/talks/${id}` },
  question: { feature: "questions", href: (id: string) => `/app/questions#q-${id}` },
  trigger: { feature: "triggers", href: () => "/app/triggers" },
} as const;

const isVerdict = (v: string): v is Verdict => (RESPONSE_VERDICTS as readonly string[]).includes(v);

/**
 * What the other partner did lately, limited to what the viewer may see: their shared
 * entries (never private ones, not even as a count), stage marks and responses.
 */
export async function partnerFeed(ctx: PartnerContext, take = 6): Promise<FeedItem[]> {
  const partner = (await coupleMembers(ctx)).find((m) => m.userId !== ctx.userId);
  if (!partner) return [];
  const { entries, events, responses } = await feedRows(ctx, partner.userId, take);
  // Titles come from the agreements and commitments themselves (the audit trail holds ids only), as
  // this reader may read them: the same reads as the dashboard's own lists, shared within a render.
  // An event about one the reader can't open has no line. No such events, no reads.
  const about = (prefix: string) => events.some((e) => e.action.startsWith(prefix));
  const [agreements, commitments] = await Promise.all([
    about("agreement.") ? listAgreements(ctx) : [],
    about("commitment.") ? listCommitments(ctx) : [],
  ]);
  const titleOf = (id: string) => agreements.find((a) => a.id === id)?.head.title;
  const whatOf = (id: string) => commitments.find((c) => c.id === id)?.what;
  const eventItems = events.flatMap((e): FeedItem[] => {
    const [noun, action = ""] = e.action.split(/\.(.*)/s);
    if (isTalkingItThroughAction(e.action)) {
      const tool = TALKING_IT_THROUGH[noun as keyof typeof TALKING_IT_THROUGH];
      return [{ type: "talking-it-through", at: e.at, stageSlug: stageOf(tool.feature), action: e.action, href: tool.href(e.subject) }];
    }
    if (e.action === BREACH_SET) return [{ type: "breach", at: e.at }];
    if (noun === "stage") return [{ type: "stage", at: e.at, stageSlug: e.subject, action: action === "done" ? "done" : "reopened" }];
    if (noun === "agreement" && AGREEMENT_ACTIONS.includes(action)) {
      const title = titleOf(e.subject);
      return title
        ? [
            {
              type: "agreement",
              at: e.at,
              stageSlug: stageOf("agreements"),
              agreementId: e.subject,
              action: action as AgreementAction,
              title,
            },
          ]
        : [];
    }
    if (noun === "commitment" && COMMITMENT_ACTIONS.includes(action)) {
      const what = whatOf(e.subject);
      return what ? [{ type: "commitment", at: e.at, stageSlug: stageOf("commitments"), action: action as CommitmentAction, what }] : [];
    }
    return [];
  });
  const items: FeedItem[] = [
    // Rows of a kind Mend no longer knows, or of an unknown verdict, have nothing to say.
    ...entries.flatMap((e) =>
      isEntryKind(e.kind)
        ? [
            {
              type: "entry" as const,
              at: e.updatedAt,
              stageSlug: e.stageSlug,
              exerciseKey: e.exerciseKey,
              kind: e.kind,
              entryId: e.id,
              edited: wasEdited(e),
            },
          ]
        : [],
    ),
    ...eventItems,
    ...responses.flatMap((r) =>
      isVerdict(r.verdict)
        ? [{ type: "response" as const, at: r.createdAt, stageSlug: r.stageSlug, entryId: r.entryId, verdict: r.verdict }]
        : [],
    ),
  ];
  return items.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, take);
}

/** A row of the feed's statement, as either database's driver returns it (SQLite: dates as text). */
type FeedRow = {
  source: "entry" | "event" | "response";
  /** The entry's id, the event's subject, the response's entry. */
  id: string;
  stageSlug: string | null;
  exerciseKey: string | null;
  /** The entry's kind, the response's verdict. */
  kind: string | null;
  action: string | null;
  at: Date | string;
  createdAt: Date | string;
};

/**
 * The partner's latest shared entries, feed events and responses, `take` of each, in one statement
 * (issue 26; Prisma took four: the responses' entries are one more on SQLite). SQL both databases
 * run alike (decision 016): each table scoped by the couple's id in its own condition, the reader's
 * limits written as readableEntriesWhere, readableEvents and readableResponsesWhere say them (the
 * new-partner boundary from sharedWithReaderSql), no sealed column read. Its test compares it with
 * those Prisma reads on both databases (tests/integration/partner-feed.test.ts).
 */
export async function feedRows(ctx: PartnerContext, partnerId: string, take: number) {
  const rows = await db.$queryRaw<FeedRow[]>`
    SELECT * FROM (
      SELECT 'entry' AS "source", e."id" AS "id", e."stageSlug" AS "stageSlug", e."exerciseKey" AS "exerciseKey",
        e."kind" AS "kind", NULL AS "action", e."updatedAt" AS "at", e."createdAt" AS "createdAt"
      FROM "Entry" e
      WHERE e."coupleId" = ${ctx.coupleId} AND e."authorId" = ${partnerId} AND e."deletedAt" IS NULL
        AND (e."authorId" = ${ctx.userId} OR e."visibility" IN (${Prisma.join(SHARED_VISIBILITIES)}))${sharedWithReaderSql(ctx, 'e."authorId"', 'e."sharedAt"')}
      ORDER BY e."updatedAt" DESC LIMIT ${take}
    ) AS "entries"
    UNION ALL
    SELECT * FROM (
      SELECT 'event', a."subject", NULL, NULL, NULL, a."action", a."at", a."at"
      FROM "AuditEvent" a
      WHERE a."coupleId" = ${ctx.coupleId} AND a."actorId" = ${partnerId} AND a."action" IN (${Prisma.join(FEED_ACTIONS)})
        AND NOT (a."subject" = ${MOVE_ON_SLUG} AND a."action" LIKE 'stage.%')${sharedWithReaderSql(ctx, 'a."actorId"', 'a."at"')}
      ORDER BY a."at" DESC LIMIT ${take}
    ) AS "events"
    UNION ALL
    SELECT * FROM (
      SELECT 'response', r."entryId", e."stageSlug", NULL, r."verdict", NULL, r."createdAt", r."createdAt"
      FROM "EntryResponse" r
      JOIN "Entry" e ON e."id" = r."entryId" AND e."coupleId" = ${ctx.coupleId}
      WHERE r."coupleId" = ${ctx.coupleId} AND r."authorId" = ${partnerId} AND e."deletedAt" IS NULL
        AND (e."authorId" = ${ctx.userId} OR e."visibility" IN (${Prisma.join(SHARED_VISIBILITIES)}))${sharedWithReaderSql(ctx, 'e."authorId"', 'e."sharedAt"')}${sharedWithReaderSql(ctx, 'r."authorId"', 'r."createdAt"')}
      ORDER BY r."createdAt" DESC LIMIT ${take}
    ) AS "responses"`;
  const of = <S extends FeedRow["source"]>(source: S) => rows.filter((r) => r.source === source);
  return {
    entries: of("entry").map((r) => ({
      id: r.id,
      stageSlug: r.stageSlug ?? "",
      exerciseKey: r.exerciseKey,
      kind: r.kind ?? "",
      createdAt: sqlDate(r.createdAt),
      updatedAt: sqlDate(r.at),
    })),
    events: of("event").map((r) => ({ action: r.action ?? "", subject: r.id, at: sqlDate(r.at) })),
    responses: of("response").map((r) => ({
      verdict: r.kind ?? "",
      createdAt: sqlDate(r.at),
      entryId: r.id,
      stageSlug: r.stageSlug ?? "",
    })),
  };
}
