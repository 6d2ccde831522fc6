import "server-only";
import { db } from "@/lib/server/db";
import type { PartnerContext } from "@/lib/server/access";
import { getCouple } from "@/lib/server/couples/couple";
import { readMaintenance } from "@/lib/server/maintenance/maintenance";
import { readAnniversary } from "@/lib/server/couples/anniversary";
import { listReadableEntries } from "@/lib/server/entries/read";
import { getProgress, stageHistory } from "@/lib/server/journey/progress";
import { getAgreement, listAgreements } from "@/lib/server/agreements/read";
import { listCommitments } from "@/lib/server/commitments/read";
import { listCheckIns } from "@/lib/server/check-ins/read";
import { myCheckInPrefs } from "@/lib/server/check-ins/prefs";
import { listSessions } from "@/lib/server/auth/sessions";
import { listShareLinks } from "@/lib/server/share/links";
import { mySafetyChecks, pauseState } from "@/lib/server/safety/read";
import { listQuestions } from "@/lib/server/questions/read";
import { listTriggerPlans, listTriggers } from "@/lib/server/triggers/read";
import { listTalks } from "@/lib/server/talks/read";
import { listIntake } from "@/lib/server/intake/read";

// "Your data is yours" (issue 13): everything the person may see in Mend today, as JSON. Each
// section is built from the same read functions the pages use, with the person's own partner
// context, so the visibility rules are the pages' rules: the other partner's private entries and
// private check-in notes, and their safety answers, are never read, so never exported.
// Adding a feature's data is one entry in EXPORT_SECTIONS (and a line in docs/export-format.md).

/** Bump when a section's shape changes in a way a reader of older files must know about. */
export const EXPORT_SCHEMA_VERSION = 1;

export type ExportSection = {
  key: string;
  /** One sentence for the printable page and the documentation. */
  title: string;
  read: (ctx: PartnerContext) => Promise<unknown>;
};

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  {
    key: "account",
    title: "Your account",
    read: async (ctx) => {
      const user = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true, email: true, createdAt: true } });
      return { ...user, side: ctx.side };
    },
  },
  {
    key: "couple",
    title: "Your shared workspace",
    read: async (ctx) => {
      const [couple, anniversary, maintenance] = await Promise.all([getCouple(ctx), readAnniversary(ctx), readMaintenance(ctx)]);
      return {
        name: couple.name,
        breach: couple.breach,
        members: couple.members.map((m) => ({ name: m.name, side: m.side, joinedAt: m.joinedAt, isMe: m.isMe })),
        discoveredOn: anniversary.discoveredOn,
        anniversaryReminder: anniversary.remindMe,
        maintenanceSince: maintenance.since,
        dailyRemindersUntil: maintenance.dailyRemindersUntil,
      };
    },
  },
  {
    key: "entries",
    title: "Entries you may read (yours, and what your partner shared), with responses",
    read: async (ctx) =>
      (await listReadableEntries(ctx)).map((e) => ({
        ...e,
        isMine: e.authorId === ctx.userId,
      })),
  },
  {
    key: "progress",
    title: "Stage progress and its history",
    read: async (ctx) => ({ stages: await getProgress(ctx), history: await stageHistory(ctx, { take: 10_000 }) }),
  },
  {
    key: "agreements",
    title: "Agreements with their full history",
    read: async (ctx) => {
      const list = await listAgreements(ctx);
      return Promise.all(list.map(async (a) => (await getAgreement(ctx, a.id)) ?? a));
    },
  },
  { key: "commitments", title: "Commitments and their logs", read: (ctx) => listCommitments(ctx) },
  {
    key: "checkIns",
    title: "Check-ins (your own in full; your partner's as they share them)",
    read: (ctx) => listCheckIns(ctx, { from: "0000-01-01", to: "9999-12-31" }),
  },
  { key: "questions", title: "The question-and-answer record, with every revision of each answer", read: (ctx) => listQuestions(ctx) },
  {
    key: "triggers",
    title: "The trigger log (notes as their author shared them) and trigger plans",
    read: async (ctx) => ({ triggers: await listTriggers(ctx, { take: 100_000 }), plans: await listTriggerPlans(ctx) }),
  },
  {
    key: "intake",
    title: "Your intake answers with who may see each, and your partner's as they share them",
    read: async (ctx) => {
      const views = await listIntake(ctx);
      return { mine: views.find((v) => v.isMine)?.answers ?? [], partner: views.find((v) => !v.isMine)?.answers ?? [] };
    },
  },
  { key: "talks", title: "Talks, your own notes and your partner's shared ones, and follow-ups", read: (ctx) => listTalks(ctx) },
  {
    key: "settings",
    title: "Your settings",
    read: async (ctx) => ({ checkIns: await myCheckInPrefs(ctx) }),
  },
  { key: "sessions", title: "Where you are signed in", read: (ctx) => listSessions(ctx) },
  { key: "shareLinks", title: "Therapist links and their visits", read: (ctx) => listShareLinks(ctx) },
  {
    key: "safety",
    title: "Your own safety checks and pause (never your partner's)",
    read: async (ctx) => {
      const { paused, own } = await pauseState(ctx);
      return { checks: await mySafetyChecks(ctx), myPause: own, jointPaused: paused };
    },
  },
];

export type MendExport = {
  format: "mend-export";
  schemaVersion: number;
  exportedAt: string;
  sections: Record<string, unknown>;
};

/** The whole export, section by section, in one plain JSON-ready object. */
export async function buildExport(ctx: PartnerContext, now = new Date()): Promise<MendExport> {
  const sections: Record<string, unknown> = {};
  for (const section of EXPORT_SECTIONS) sections[section.key] = await section.read(ctx);
  // Dates become ISO strings here, so the download and the printable page show the same thing.
  return JSON.parse(
    JSON.stringify({ format: "mend-export", schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now.toISOString(), sections }),
  ) as MendExport;
}
