// `npm run seed:demo [-- --force] [--now=<ISO moment>]`: a demo couple, Alex and Sam, about ten weeks into working
// through an emotional affair: check-ins, stage entries on both sides, agreements with their
// history, commitments and their logs, questions and a revised answer, triggers, talks and a
// therapist link. For showing Mend to a practice, for screenshots, for trying it out.
//
// It writes to the database Mend uses (DATABASE_URL, or the embedded SQLite file under the data
// folder, migrated first the way `npm start` does), in one transaction. Rows look exactly as the
// app writes them (lib/server/*): the same columns, the same audit events, argon2 with the app's
// production parameters, share links stored as the sha256 of their token. Running it again
// deletes the demo couple and its two accounts (found by their demo addresses) and seeds them
// again; nothing else in the database changes. Refuses to run with NODE_ENV=production unless
// `--force` is given.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import argon2 from "argon2";
import matter from "gray-matter";
import { databaseProvider, sqlitePath } from "../local-state.mjs";
import { migrate, pendingMigrations, prepareEnvironment } from "./setup.mjs";
import { dataKeysFor, openDatabase, prepareSealing, refuseWrongKey } from "./sealing.mjs";
import { seal, sealedPlace } from "../crypto/seal.mjs";
import { SEALED_FIELDS } from "../crypto/sealed-fields.mjs";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const DEMO_PASSWORD = "demo couple, not real";
export const DEMO_PEOPLE = {
  alex: { name: "Alex", email: "alex@demo.mend.invalid", side: "involved", seat: 1 },
  sam: { name: "Sam", email: "sam@demo.mend.invalid", side: "hurt", seat: 2 },
};
export const DEMO_THERAPIST = "Jordan Reyes";
const ZONE = "Europe/London";
const DAY = 86_400_000;
/** lib/server/auth/password.ts PASSWORD_HASH: the production parameters, so the demo signs in like any account. */
const PASSWORD_HASH = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 };

function fail(message) {
  console.error(`\nseed:demo: ${message}\n`);
  process.exit(1);
}

// ---- Time ----------------------------------------------------------------------------------------

/** The moment the demo's history ends: now, or `--now=<ISO moment>` (tests try every hour of the day with it). */
let NOW = new Date();
/**
 * A moment `daysAgo` days before today (negative: after today), at `hour`:`minute` UTC (close to
 * London time). What happened never lies in the future: a time later today becomes a few minutes ago
 * (or now, just after midnight).
 */
function at(daysAgo, hour = 20, minute = 0) {
  const d = new Date(NOW.getTime() - daysAgo * DAY);
  d.setUTCHours(hour, minute, 0, 0);
  if (daysAgo < 0 || d <= NOW) return d;
  // Never back across midnight: yesterday may already hold that partner's check-in for the day.
  const earlier = new Date(NOW.getTime() - (60 - minute) * 60_000);
  return localDay(earlier) === localDay(NOW) ? earlier : NOW;
}
const localDay = (date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
const later = (date, minutes) => new Date(date.getTime() + minutes * 60_000);

/** Deterministic "randomness": the same demo every run (screenshots stay comparable). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const newId = () => `c${crypto.randomBytes(12).toString("hex")}`;
const sha256 = (token) => crypto.createHash("sha256").update(token, "utf8").digest("hex");

// ---- Content ids, checked against content/ so entries render on their stage pages ---------------

function stageContent() {
  const stages = new Map();
  for (const file of fs.readdirSync(path.join(ROOT, "content", "stages")).filter((f) => f.endsWith(".md"))) {
    const { data } = matter(fs.readFileSync(path.join(ROOT, "content", "stages", file), "utf8"));
    stages.set(data.slug, data);
  }
  return stages;
}

function safetyAllNo() {
  const { data } = matter(fs.readFileSync(path.join(ROOT, "content", "safety", "check.md"), "utf8"));
  return Object.fromEntries(data.questions.map((q) => [q.key, "no"]));
}

// ---- The plan: every row, in insert order ------------------------------------------------------

/** Builds the demo couple's rows. `hash` is the password hash; returns { rows, token }. */
export function demoPlan(hash) {
  const stages = stageContent();
  const rows = [];
  const add = (table, row) => (rows.push([table, row]), row);
  const alex = newId();
  const sam = newId();
  const couple = newId();
  const event = (actorId, action, subject, when) =>
    add("AuditEvent", { id: newId(), coupleId: couple, actorId, action, subject: subject ?? "", at: when });

  // -- The accounts and the workspace (lib/server/couples/couple.ts, invites.ts) --
  const start = at(70, 19, 10);
  add("User", {
    id: alex,
    email: DEMO_PEOPLE.alex.email,
    name: "Alex",
    passwordHash: hash,
    sessionVersion: 1,
    createdAt: start,
    updatedAt: start,
  });
  const samJoined = at(69, 21, 5);
  add("User", {
    id: sam,
    email: DEMO_PEOPLE.sam.email,
    name: "Sam",
    passwordHash: hash,
    sessionVersion: 1,
    createdAt: later(samJoined, -4),
    updatedAt: later(samJoined, -4),
  });
  add("Couple", {
    id: couple,
    name: "Alex & Sam",
    createdAt: later(start, 3),
    updatedAt: at(60, 20, 30),
    lastDepartureAt: null,
    breach: "affair-emotional",
    discoveredOn: localDay(at(84)),
  });
  add("Membership", {
    id: newId(),
    userId: alex,
    coupleId: couple,
    side: "involved",
    seat: 1,
    joinedAt: later(start, 3),
    sharedSince: null,
    anniversaryReminder: false,
  });
  event(alex, "couple.created", "", later(start, 3));
  event(alex, "couple.breach-set", "", later(start, 3));
  add("Invite", {
    id: newId(),
    coupleId: couple,
    tokenHash: sha256(crypto.randomBytes(32).toString("base64url")),
    createdById: alex,
    createdAt: later(start, 5),
    expiresAt: later(start, 5 + 7 * 24 * 60),
    usedAt: samJoined,
    usedById: sam,
  });
  event(alex, "invite.issued", "", later(start, 5));
  add("Membership", {
    id: newId(),
    userId: sam,
    coupleId: couple,
    side: "hurt",
    seat: 2,
    joinedAt: samJoined,
    sharedSince: null,
    anniversaryReminder: false,
  });
  event(sam, "couple.joined", "", samJoined);
  event(sam, "couple.anniversary-set", "", at(60, 20, 30));
  for (const [id, taken] of [
    [alex, at(69, 19, 40)],
    [sam, at(69, 21, 20)],
    [alex, at(12, 8, 15)],
    [sam, at(11, 21, 40)],
  ]) {
    // Private to each partner: no audit line (lib/server/safety/write.ts).
    add("SafetyCheck", {
      id: newId(),
      coupleId: couple,
      userId: id,
      answers: JSON.stringify(safetyAllNo()),
      flagged: false,
      takenAt: taken,
    });
  }
  for (const id of [alex, sam]) {
    add("CheckInPrefs", {
      userId: id,
      timeZone: ZONE,
      scoresPrivate: false,
      reminderEmail: false,
      reminderHour: 20,
      updatedAt: later(start, 30),
    });
  }

  // -- Check-ins: Sam's trust low and jumpy, dipping after the two hard weeks; Alex steadier --
  const rnd = random(22);
  const dips = [
    { day: 43, depth: 3 }, // a message at dinner (the trigger below)
    { day: 19, depth: 2 }, // the café
  ];
  const dipAt = (d) => dips.reduce((n, dip) => (d <= dip.day && d > dip.day - 6 ? n + dip.depth * (1 - (dip.day - d) / 6) : n), 0);
  const clamp = (v) => Math.max(0, Math.min(10, Math.round(v)));
  const notes = {
    [sam]: {
      66: ["I couldn't sleep again. Writing this down helps a little.", "private"],
      58: ["Alex answered my questions tonight without getting defensive. I noticed.", "partner"],
      43: ["The phone lit up at dinner and everything came back at once.", "partner"],
      41: ["Still shaky. We talked it through, and it helped that Alex stayed.", "partner"],
      30: ["A quiet, ordinary evening. I'd forgotten what those feel like.", "partner"],
      19: ["We drove past the café. I didn't expect it to hit so hard.", "therapist"],
      9: ["Walked with Alex after dinner. Easier than last month.", "partner"],
      2: ["Tired, but steadier than I was.", "private"],
    },
    [alex]: {
      67: ["I keep wanting to fix it quickly. I know it doesn't work like that.", "private"],
      52: ["Sent my day's summary every evening this week.", "partner"],
      43: ["Sam had a hard night. I stayed and listened.", "partner"],
      27: ["Session with Jordan helped us both.", "therapist"],
      12: ["Closer this week. Careful not to take it for granted.", "partner"],
    },
  };
  const checkIns = { [sam]: 0, [alex]: 0 };
  for (let d = 68; d >= 0; d--) {
    const progress = (68 - d) / 68; // 0 → 1 over the ten weeks
    for (const id of [sam, alex]) {
      const note = notes[id][d];
      // Not every day: a skipped evening here and there, more often early on.
      if (!note && d > 0 && rnd() < (id === sam ? 0.22 : 0.15)) continue;
      if (d === 0 && id === sam) continue; // Sam hasn't checked in yet today
      const base = id === sam ? 2 + 3.5 * progress : 4 + 2 * progress;
      const wobble = (rnd() - 0.5) * 1.6;
      const dip = id === sam ? dipAt(d) : dipAt(d) * 0.5;
      const trust = clamp(base + wobble - dip);
      const closeness = clamp(base + 0.5 + (rnd() - 0.5) * 1.8 - dip * 0.8);
      const low = dip > 1 || trust <= 2;
      const moods = low
        ? ["hurt", "anxious", "sad", "tired"]
        : trust >= 6
          ? ["hopeful", "calm", "okay"]
          : ["okay", "tired", "calm", "anxious"];
      const when = at(d, id === sam ? 21 : 20, Math.floor(rnd() * 50));
      const row = add("CheckIn", {
        id: newId(),
        coupleId: couple,
        authorId: id,
        localDate: localDay(when),
        timeZone: ZONE,
        trust,
        closeness,
        mood: moods[Math.floor(rnd() * moods.length)],
        note: note ? note[0] : "",
        noteVisibility: note ? note[1] : "private",
        revision: 1,
        createdAt: when,
        updatedAt: when,
      });
      checkIns[id]++;
      event(id, "check-in.saved", row.id, when);
    }
  }

  // -- Stage entries (lib/server/entries/write.ts), checked against the stage content --
  const entry = (author, stageSlug, exerciseKey, kind, body, visibility, when) => {
    const stage = stages.get(stageSlug);
    if (!stage) throw new Error(`no stage ${stageSlug} in content/stages`);
    if (exerciseKey) {
      const exercise = stage.exercises.find((e) => e.key === exerciseKey);
      if (!exercise || exercise.kind !== kind) throw new Error(`no ${kind} exercise ${exerciseKey} on stage ${stageSlug}`);
      if (body.answers && body.answers.length !== exercise.prompts.length) {
        throw new Error(
          `${stageSlug}/${exerciseKey} has ${exercise.prompts.length} prompts, the demo gives ${body.answers.length} answers`,
        );
      }
    } else if (!stage.tools.includes(kind)) throw new Error(`stage ${stageSlug} has no ${kind} tool`);
    const row = add("Entry", {
      id: newId(),
      coupleId: couple,
      authorId: author,
      stageSlug,
      exerciseKey,
      kind,
      body: JSON.stringify(body),
      visibility,
      sharedAt: when,
      createdAt: when,
      updatedAt: when,
      deletedAt: null,
    });
    event(author, "entry.created", row.id, when);
    return row;
  };
  const respond = (author, target, verdict, questions, when) => {
    add("EntryResponse", { id: newId(), coupleId: couple, entryId: target.id, authorId: author, verdict, questions, createdAt: when });
    event(author, `entry.response.${verdict}`, target.id, when);
  };

  entry(
    alex,
    "acknowledgment",
    "private-reckoning",
    "reflection",
    {
      answers: [
        "Saying that it went on for months, and that I chose to keep it going.",
        "Every time I start with 'I was lonely' or 'work was hard'. Those are true, and they are not the reason.",
        "That Sam will leave. That I'll lose the person I actually want to be with.",
        "Someone Sam doesn't have to check up on. Someone who tells the truth first.",
      ],
    },
    "private",
    at(66, 22, 10),
  );
  const first = entry(
    alex,
    "acknowledgment",
    "accountability-statement",
    "accountability",
    {
      answers: [
        "For about five months I had a close, secret relationship with a colleague. We messaged every day, met for lunches I didn't mention, and I told you I was working late when I was with her.",
        "You've told me you can't sleep, that you check my phone in your head even when it's on the table, and that you doubt things you used to be sure of. I did that.",
        "I take full responsibility. I chose to keep it going and I chose to hide it.",
        "I'll tell you where I am and who I've been in touch with without being asked. My phone and messages stay open to you.",
      ],
    },
    "partner",
    at(63, 21, 30),
  );
  respond(sam, first, "not-yet", "You still call it 'close'. I need you to say plainly what it was to you.", at(62, 20, 45));
  const second = entry(
    alex,
    "acknowledgment",
    "accountability-statement",
    "accountability",
    {
      answers: [
        "I had an emotional affair with a colleague for five months. I gave her attention and closeness that belonged to us, and I lied to you to protect it.",
        "It took your sense of safety at home, your sleep, and your trust in your own judgement. You've said the lying hurts as much as the affair.",
        "These were my choices. Nobody made them for me, and nothing you did or didn't do caused them.",
        "Every evening I'll tell you about my day, including any contact at work. I'll answer your questions as often as you need, and I'll keep the no-contact plan.",
      ],
    },
    "partner",
    at(55, 21, 0),
  );
  respond(sam, second, "heard", "", at(54, 19, 30));
  entry(
    sam,
    "acknowledgment",
    "what-i-need-to-hear",
    "prompt",
    {
      answers: [
        "That it wasn't a small thing. It changed how safe I feel in my own home.",
        "The lying. Every 'working late' that wasn't.",
        "Seeing you answer the same question the second time as calmly as the first.",
      ],
    },
    "partner",
    at(64, 22, 0),
  );
  entry(
    alex,
    "acknowledgment",
    "final-message",
    "final-message",
    {
      answers: [
        "What happened between us is over. I won't be in contact outside of work, and at work only about work. Please don't reply to this.",
        "I'll send it from my phone tonight with you next to me. If a reply comes, I'll show it to you and not answer it.",
      ],
    },
    "partner",
    at(65, 20, 0),
  );
  entry(
    sam,
    "communication",
    "gentle-check-in",
    "prompt",
    {
      answers: [
        "Tired and a bit raw.",
        "Work deadlines this week, and the evenings when I'm alone with my thoughts.",
        "A message when you leave the office, so I'm not left wondering.",
        "On Sunday you let me finish before you answered. That helped.",
      ],
    },
    "partner",
    at(40, 21, 15),
  );
  entry(
    alex,
    "communication",
    "gentle-check-in",
    "prompt",
    {
      answers: [
        "Hopeful and a little anxious.",
        "Wanting things to be better faster than they can be.",
        "To know when a question is coming, so I can give it my full attention.",
        "You told me when you needed a break instead of leaving the room. I could wait.",
      ],
    },
    "partner",
    at(40, 21, 40),
  );
  entry(
    sam,
    "patience",
    "my-own-pace",
    "reflection",
    {
      answers: [
        "A good day: I get through work without checking when Alex will be home. A hard one: I can't stop replaying the dates.",
        "The phone buzzing face down. Friday evenings. That café.",
        "Walking. Telling Alex plainly that it's a hard moment instead of going quiet.",
        "That slow isn't the same as stuck.",
      ],
    },
    "private",
    at(36, 22, 20),
  );
  entry(
    sam,
    "patience",
    "when-it-comes-back",
    "prompt",
    {
      answers: [
        "A phone lighting up during dinner.",
        "You putting the phone face up and telling me who it was.",
        "Being told it was nothing.",
        "“Wave coming.”",
      ],
    },
    "partner",
    at(42, 20, 10),
  );
  entry(
    alex,
    "patience",
    "when-it-comes-back",
    "prompt",
    {
      answers: [
        "Seeing Sam go quiet and not knowing why.",
        "Sam saying it out loud, even just “wave coming”.",
        "Me explaining when Sam needs me to listen.",
        "“Wave coming.” We agreed on it together.",
      ],
    },
    "partner",
    at(42, 20, 40),
  );
  entry(
    alex,
    "consistency",
    "my-commitments",
    "prompt",
    {
      answers: [
        "Whether I'm where I said I'd be, and whether anyone from that time is still in touch.",
        "An evening summary of my day, every day. Reporting any contact from her the same day.",
        "I tell Sam before being asked, and the log here shows it.",
        "Say so that evening, log it as missed, and not make excuses.",
      ],
    },
    "partner",
    at(50, 21, 10),
  );
  entry(
    sam,
    "consistency",
    "what-would-help-me",
    "prompt",
    {
      answers: [
        "Late evenings, and any work trip.",
        "A message when plans change. The phone left where I can see it without asking.",
        "The messages for now. The phone being open might become an agreement we look at again later.",
      ],
    },
    "partner",
    at(51, 20, 50),
  );
  entry(
    alex,
    "professional-help",
    "session-preparation",
    "prompt",
    {
      answers: [
        "The evening summary has become a habit. Sam says it helps.",
        "The week after the message at dinner. I wanted to explain when Sam needed me to listen.",
        "Not mine. Sam has one on hold, and I want to be ready to answer it.",
        "How to answer the same question again without sounding tired of it.",
      ],
    },
    "therapist",
    at(29, 19, 30),
  );
  entry(
    sam,
    "professional-help",
    "session-preparation",
    "prompt",
    {
      answers: [
        "Some evenings feel ordinary again. Alex tells me about the day before I have to ask.",
        "The café, and why it still catches me. And that ordinary evenings scare me a little too.",
        "Yes: why Alex kept going when it was clearly wrong. I'd like to ask it with Jordan there.",
        "A way to stop bracing myself every time the phone lights up.",
      ],
    },
    "therapist",
    at(29, 20, 0),
  );
  entry(
    sam,
    "professional-help",
    null,
    "homework",
    { text: "Each of us writes down one moment this week when we felt close.", done: true, doneBy: sam },
    "partner",
    at(27, 18, 0),
  );
  entry(
    alex,
    "professional-help",
    null,
    "homework",
    { text: "Practise the pause signal once when things are calm.", done: false },
    "partner",
    at(27, 18, 5),
  );
  entry(
    sam,
    "new-memories",
    null,
    "gratitude",
    { text: "Thank you for making dinner when I was too tired to talk." },
    "partner",
    at(16, 21, 0),
  );
  entry(
    alex,
    "new-memories",
    null,
    "gratitude",
    { text: "Thank you for telling me it was a hard evening instead of going quiet." },
    "partner",
    at(8, 21, 30),
  );

  // -- Stage marks: one row per partner who marked a stage done (lib/server/journey/progress.ts) --
  for (const [id, slug, when] of [
    [alex, "acknowledgment", at(48, 21, 0)],
    [sam, "acknowledgment", at(46, 20, 30)],
    [sam, "communication", at(24, 21, 0)],
    [alex, "communication", at(23, 20, 15)],
    [alex, "patience", at(10, 20, 0)],
  ]) {
    add("StageProgress", { id: newId(), coupleId: couple, stageSlug: slug, userId: id, doneAt: when });
    event(id, "stage.done", slug, when);
  }

  // -- Agreements (lib/server/agreements/write.ts): history rows are only ever inserted --
  const agreement = (state) => add("Agreement", { id: newId(), coupleId: couple, retireRequestedBy: null, reaffirmedBy: null, ...state });
  const version = (a, v) => {
    add("AgreementVersion", { id: newId(), coupleId: couple, agreementId: a.id, scope: "", reviewAt: null, endsAt: null, ...v });
    const action = { proposal: "agreement.proposed", amendment: "agreement.amended", counter: "agreement.countered" }[v.kind];
    event(v.proposedBy, action, a.id, v.createdAt);
  };
  const decide = (a, d) => {
    add("AgreementDecision", { id: newId(), coupleId: couple, agreementId: a.id, reason: "", ...d });
    event(d.actorId, `agreement.${d.action}`, a.id, d.createdAt);
  };

  // An open phone, proposed by Alex, then amended by Sam with a review date: both accepted.
  const phoneReview = at(-35, 12, 0);
  const phone = agreement({
    status: "active",
    head: 2,
    activeVersion: 2,
    pendingVersion: null,
    reviewAt: phoneReview,
    createdAt: at(58, 21, 0),
    updatedAt: at(30, 20, 10),
  });
  version(phone, {
    number: 1,
    basedOn: null,
    kind: "proposal",
    title: "My phone stays open to you",
    text: "Sam can look at my phone and messages whenever Sam asks, and I'll hand it over without a sigh or a question.",
    category: "transparency",
    scope: "Messages, call log and email on Alex's phone.",
    reviewAt: at(-4, 12, 0),
    proposedBy: alex,
    createdAt: at(58, 21, 0),
  });
  decide(phone, { versionNumber: 1, action: "accepted", actorId: sam, createdAt: at(57, 19, 30) });
  version(phone, {
    number: 2,
    basedOn: 1,
    kind: "amendment",
    title: "My phone stays open to you",
    text: "Sam can look at my phone and messages whenever Sam asks, and I'll hand it over without a sigh or a question. We look at it together once a month and decide what stays, and we loosen it only when we both feel ready.",
    category: "transparency",
    scope: "Messages, call log and email on Alex's phone.",
    reviewAt: phoneReview,
    proposedBy: sam,
    createdAt: at(31, 21, 20),
  });
  decide(phone, { versionNumber: 2, action: "accepted", actorId: alex, createdAt: at(30, 20, 10) });

  // Pausing a heated talk: Sam proposed, Alex countered while it waited, Sam accepted the counter.
  const pause = agreement({
    status: "active",
    head: 2,
    activeVersion: 2,
    pendingVersion: null,
    reviewAt: null,
    createdAt: at(39, 21, 0),
    updatedAt: at(37, 20, 0),
  });
  version(pause, {
    number: 1,
    basedOn: null,
    kind: "proposal",
    title: "When a talk gets too heated",
    text: "Either of us can say “wave coming” and we stop for twenty minutes.",
    category: "communication",
    proposedBy: sam,
    createdAt: at(39, 21, 0),
  });
  version(pause, {
    number: 2,
    basedOn: 1,
    kind: "counter",
    title: "When a talk gets too heated",
    text: "Either of us can say “wave coming” and we stop for twenty minutes. The one who asked for the pause picks the talk back up the same evening, so nothing is left hanging.",
    category: "communication",
    proposedBy: alex,
    createdAt: at(38, 22, 0),
  });
  decide(pause, { versionNumber: 2, action: "accepted", actorId: sam, createdAt: at(37, 20, 0) });

  // A new one, waiting for Alex's answer.
  const friends = agreement({
    status: "proposed",
    head: 1,
    activeVersion: null,
    pendingVersion: 1,
    reviewAt: null,
    createdAt: at(3, 21, 0),
    updatedAt: at(3, 21, 0),
  });
  version(friends, {
    number: 1,
    basedOn: null,
    kind: "proposal",
    title: "Evenings out with friends",
    text: "When one of us goes out in the evening, we say who with and roughly when we'll be home, and send a message if that changes.",
    category: "time",
    proposedBy: sam,
    createdAt: at(3, 21, 0),
  });

  // -- Commitments and their logs (lib/server/commitments/write.ts) --
  const commitment = (ownerId, what, cadence, when) => {
    const row = add("Commitment", {
      id: newId(),
      coupleId: couple,
      ownerId,
      what,
      cadence,
      timeZone: ZONE,
      starter: null,
      createdAt: when,
    });
    event(ownerId, "commitment.created", row.id, when);
    return row;
  };
  const log = (c, daysAgo, outcome, note = "", review) => {
    const when = at(daysAgo, c.ownerId === sam ? 12 : 21, 30);
    const row = add("CommitmentLog", {
      id: newId(),
      coupleId: couple,
      commitmentId: c.id,
      authorId: c.ownerId,
      localDate: localDay(when),
      outcome,
      note,
      createdAt: when,
    });
    event(c.ownerId, "commitment.logged", c.id, when);
    if (review) {
      const reviewer = c.ownerId === alex ? sam : alex;
      const reviewedAt = later(when, 50);
      add("CommitmentReview", {
        id: newId(),
        coupleId: couple,
        logId: row.id,
        reviewerId: reviewer,
        verdict: review[0],
        note: review[1] ?? "",
        createdAt: reviewedAt,
      });
      event(reviewer, `commitment.${review[0]}`, c.id, reviewedAt);
    }
  };
  const summary = commitment(alex, "Tell Sam about my day each evening, including any contact at work", "daily", at(50, 21, 20));
  for (let d = 49; d >= 1; d--) {
    if (d === 44 || d === 21)
      log(
        summary,
        d,
        "missed",
        d === 44 ? "Came home late and went straight to bed. I should have told you anyway." : "Forgot. Told you the next morning.",
      );
    else if (d % 3 === 0) log(summary, d, "kept", "", d < 40 && d % 6 === 0 ? ["confirmed"] : undefined);
  }
  const contact = commitment(alex, "Tell Sam the same day if she contacts me outside work", "as-needed", at(50, 21, 25));
  log(contact, 47, "kept", "A message about a handover. I showed you and answered only about the work.", [
    "confirmed",
    "Thank you for showing me straight away.",
  ]);
  log(contact, 26, "kept", "She said hello at the coffee machine. Nothing more.", ["confirmed"]);
  const walk = commitment(sam, "A walk on my own on Saturday mornings, phone in my pocket", "weekly", at(45, 11, 0));
  for (const d of [44, 37, 30, 23, 16, 9, 2])
    log(walk, d, d === 23 ? "missed" : "kept", d === 23 ? "Rained all morning, and I didn't feel like it." : "");

  // -- Questions and answers (lib/server/questions/write.ts): revisions are new rows --
  const question = (askerId, text, when, held) => {
    const row = add("Question", {
      id: newId(),
      coupleId: couple,
      askerId,
      text,
      repeatOfId: null,
      heldAt: held ?? null,
      heldById: held ? askerId : null,
      createdAt: when,
    });
    event(askerId, "question.asked", row.id, when);
    if (held) event(askerId, "question.held", row.id, held);
    return row;
  };
  const answer = (q, authorId, number, text, when) => {
    add("AnswerRevision", { id: newId(), coupleId: couple, questionId: q.id, authorId, number, text, createdAt: when });
    event(authorId, number === 1 ? "question.answered" : "question.revised", q.id, when);
  };
  const when = question(sam, "When did it start, and when did it end?", at(61, 21, 0));
  answer(when, alex, 1, "It started in March, at the conference, and ended the week you found out.", at(60, 20, 30));
  answer(
    when,
    alex,
    2,
    "I said March before. Going back through the messages with you, the daily messaging started in February; March is when we first met outside work. It ended the week you found out. I'm sorry I got it wrong the first time.",
    at(53, 21, 10),
  );
  const since = question(sam, "Has there been any contact since I found out?", at(56, 20, 0));
  answer(
    since,
    alex,
    1,
    "One message from her after I sent the final message. I showed it to you that night and didn't answer it. At work, only about work, and I log it here.",
    at(55, 19, 45),
  );
  question(sam, "Why did you keep going when you knew it was wrong?", at(33, 22, 0), at(33, 22, 5));
  const evenings = question(alex, "Is there anything I do in the evenings that makes them harder for you?", at(35, 20, 0));
  answer(
    evenings,
    sam,
    1,
    "When you go quiet on your phone in the other room. I know it's probably nothing. Saying what you're doing helps.",
    at(34, 21, 0),
  );
  question(sam, "Did you ever tell her things about us that you hadn't told me?", at(2, 21, 30));

  // -- Triggers, replies and plans (lib/server/triggers/write.ts) --
  const trigger = (authorId, what, intensity, note, noteVisibility, whenAt) => {
    const row = add("TriggerEvent", {
      id: newId(),
      coupleId: couple,
      authorId,
      what,
      intensity,
      note,
      noteVisibility,
      localDate: localDay(whenAt),
      timeZone: ZONE,
      createdAt: whenAt,
    });
    event(authorId, "trigger.logged", row.id, whenAt);
    return row;
  };
  const reply = (t, authorId, text, whenAt) => {
    add("TriggerReply", { id: newId(), coupleId: couple, triggerId: t.id, authorId, text, createdAt: whenAt });
    event(authorId, "trigger.replied", t.id, whenAt);
  };
  const dinner = trigger(
    sam,
    "A message came in on your phone during dinner",
    4,
    "My chest went tight and I couldn't eat.",
    "partner",
    at(43, 19, 40),
  );
  reply(dinner, alex, "I'm sorry. It was my brother; I've shown you. I'm here, and I'm not going anywhere tonight.", at(43, 20, 5));
  const cafe = trigger(sam, "We drove past the café where you used to meet", 3, "", "private", at(19, 13, 10));
  reply(cafe, alex, "Thank you for telling me. We can take the other road for as long as you want.", at(19, 14, 0));
  trigger(sam, "A song on the radio from that spring", 2, "", "private", at(6, 8, 20));
  add("TriggerPlan", {
    id: newId(),
    coupleId: couple,
    authorId: sam,
    helpsMe: "Saying “wave coming”, stepping outside for a few minutes, and Alex staying close without talking me out of it.",
    iWill: "Name it instead of going quiet, and log it here when I can.",
    updatedAt: at(42, 21, 0),
  });
  event(sam, "trigger-plan.saved", "", at(42, 21, 0));
  add("TriggerPlan", {
    id: newId(),
    coupleId: couple,
    authorId: alex,
    helpsMe: "Remembering that Sam's hard moment isn't a verdict on how I'm doing.",
    iWill: "Put my phone face up, say who it was, and listen before I explain anything.",
    updatedAt: at(41, 21, 0),
  });
  event(alex, "trigger-plan.saved", "", at(41, 21, 0));

  // -- Talks (lib/server/talks/write.ts): one finished, the next one accepted --
  const talk = (t) =>
    add("Talk", {
      id: newId(),
      coupleId: couple,
      awaitingId: null,
      step: 0,
      pausedAt: null,
      startedAt: null,
      endedAt: null,
      recurEveryDays: 0,
      ...t,
    });
  // A talk that took place: proposed when created and started by one partner, accepted and ended by the other.
  const doneTalk = (t, acceptedAt) => {
    const row = talk({ ...t, status: "done", updatedAt: t.endedAt });
    const other = t.proposedBy === alex ? sam : alex;
    event(t.proposedBy, "talk.proposed", row.id, t.createdAt);
    event(other, "talk.accepted", row.id, acceptedAt);
    event(t.proposedBy, "talk.started", row.id, t.startedAt);
    event(other, "talk.ended", row.id, t.endedAt);
    return row;
  };
  const firstTalk = doneTalk(
    {
      proposedBy: sam,
      topic: "How the evenings have been",
      template: "",
      startsAt: at(47, 19, 30),
      minutes: 30,
      timeZone: ZONE,
      startedAt: at(47, 19, 32),
      endedAt: at(47, 20, 4),
      createdAt: at(49, 21, 0),
    },
    at(49, 21, 30),
  );
  const weekly = doneTalk(
    {
      proposedBy: alex,
      topic: "The state of us",
      template: "state-of-us",
      startsAt: at(5, 19, 0),
      minutes: 45,
      timeZone: ZONE,
      startedAt: at(5, 19, 3),
      endedAt: at(5, 19, 50),
      createdAt: at(8, 20, 0),
    },
    at(8, 21, 0),
  );
  const next = talk({
    proposedBy: alex,
    topic: "The state of us",
    template: "state-of-us",
    startsAt: at(-2, 19, 0),
    minutes: 45,
    timeZone: ZONE,
    status: "accepted",
    recurEveryDays: 7,
    createdAt: at(5, 19, 50),
    updatedAt: at(5, 19, 50),
  });
  event(sam, "talk.recurred", next.id, at(5, 19, 50));
  for (const [talkRow, authorId, text, visibility, whenAt] of [
    [firstTalk, sam, "It helped to say the evenings are the worst part without it turning into an argument.", "partner", at(47, 20, 20)],
    [firstTalk, alex, "I wanted to explain too early. Next time: listen to the end first.", "private", at(47, 20, 30)],
    [weekly, sam, "We named three good moments this week. I didn't expect to find three.", "therapist", at(5, 20, 10)],
    [weekly, alex, "Sam asked for more notice about late meetings. Easy to give.", "partner", at(5, 20, 20)],
  ]) {
    add("TalkNote", {
      id: newId(),
      coupleId: couple,
      talkId: talkRow.id,
      authorId,
      text,
      visibility,
      createdAt: whenAt,
      updatedAt: whenAt,
    });
    event(authorId, "talk.noted", talkRow.id, whenAt);
  }
  add("TalkFollowUp", {
    id: newId(),
    coupleId: couple,
    talkId: weekly.id,
    authorId: sam,
    text: "Tell each other about late meetings the day before.",
    became: "",
    becameId: "",
    createdAt: at(5, 19, 48),
  });
  event(sam, "talk.follow-up", weekly.id, at(5, 19, 48));

  // -- The therapist link: only its hash is stored; the token is printed once --
  const token = crypto.randomBytes(32).toString("base64url");
  const link = add("ShareLink", {
    id: newId(),
    coupleId: couple,
    createdById: sam,
    therapistName: DEMO_THERAPIST,
    tokenHash: sha256(token),
    scope: JSON.stringify(["progress", "check-ins", "entries", "agreements", "commitments", "talks", "held-questions", "triggers"]),
    createdAt: at(32, 18, 0),
    expiresAt: at(-58, 18, 0),
    revokedAt: null,
    revokedById: null,
  });
  event(sam, "share.created", link.id, at(32, 18, 0));
  for (const d of [29, 15, 4])
    add("ShareVisit", { id: newId(), coupleId: couple, shareLinkId: link.id, at: at(d, 9, 40), device: "Firefox on macOS" });

  return { rows, token, counts: { checkIns } };
}

// ---- The database ---------------------------------------------------------------------------------

/**
 * How the app's adapters write a value: DateTime on PostgreSQL as timestamp(3) without time zone,
 * holding UTC (@prisma/adapter-pg); on SQLite as ISO 8601 with "+00:00", Boolean as 0/1
 * (@prisma/adapter-better-sqlite3).
 */
function columnValue(provider) {
  if (provider === "postgresql") return (v) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v);
  return (v) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);
}

const list = (n) => Array.from({ length: n }, () => "?").join(", ");

/** Deletes the demo accounts (found by the demo addresses) and their couple; refuses when someone else shares that couple. */
async function removeDemo(db) {
  const emails = Object.values(DEMO_PEOPLE).map((p) => p.email);
  const users = (await db.all(`SELECT id FROM "User" WHERE email IN (${list(emails.length)})`, emails)).map((r) => r.id);
  if (users.length === 0) return 0;
  const couples = (await db.all(`SELECT DISTINCT "coupleId" FROM "Membership" WHERE "userId" IN (${list(users.length)})`, users)).map(
    (r) => r.coupleId,
  );
  if (couples.length > 0) {
    const others = await db.all(
      `SELECT COUNT(*) AS n FROM "Membership" WHERE "coupleId" IN (${list(couples.length)}) AND "userId" NOT IN (${list(users.length)})`,
      [...couples, ...users],
    );
    if (Number(others[0].n) > 0) {
      throw new Error(
        "someone who is not a demo account has joined the demo couple's workspace; nothing was changed. Remove them from it first.",
      );
    }
    // Memberships first: answer revisions may then go with their couple (the questions migration's trigger).
    await db.run(`DELETE FROM "Membership" WHERE "coupleId" IN (${list(couples.length)})`, couples);
    await db.run(`DELETE FROM "Couple" WHERE id IN (${list(couples.length)})`, couples);
  }
  // Sessions, reset links, check-in settings and reminder claims go with the accounts (cascades).
  await db.run(`DELETE FROM "User" WHERE id IN (${list(users.length)})`, users);
  await db.run(`DELETE FROM "OutboxMail" WHERE "to" IN (${list(emails.length)})`, emails);
  return couples.length;
}

/** Inserts the rows, their words sealed as the app seals them (decision 014): nothing plain reaches the disk. */
async function insertPlan(db, rows, ring, provider) {
  const value = columnValue(provider);
  for (const [table, plain] of rows) {
    const row = { ...plain };
    for (const column of SEALED_FIELDS[table] ?? []) {
      if (typeof row[column] === "string") row[column] = seal(ring, row[column], sealedPlace(table, column, row.id));
    }
    const columns = Object.keys(row);
    await db.run(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${list(columns.length)})`,
      Object.values(row).map(value),
    );
  }
}

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--force" && !a.startsWith("--now="));
  if (unknown.length) fail(`unknown option ${unknown[0]}. Usage: npm run seed:demo [-- --force] [--now=2026-12-06T09:00:00Z]`);
  const now = args.find((a) => a.startsWith("--now="))?.slice("--now=".length);
  if (now !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?Z$/.test(now) || Number.isNaN(Date.parse(now))) {
      fail(`--now needs a moment in UTC, such as --now=2026-12-06T09:00:00Z (got "${now}"). Nothing was changed.`);
    }
    NOW = new Date(now);
  }
  if (process.env.NODE_ENV === "production" && !args.includes("--force")) {
    fail(
      "NODE_ENV is production, so nothing was changed. The demo couple is for trying Mend out and for screenshots.\n" +
        "If this really is a database for demonstrations, run it again with: npm run seed:demo -- --force",
    );
  }
  process.chdir(ROOT);
  // As `npm start` does: the database folder and secret, then the committed migrations.
  prepareEnvironment();
  const url = process.env.DATABASE_URL;
  const provider = databaseProvider(url);
  if (!provider) fail("DATABASE_URL is neither a SQLite file URL (file:…) nor a PostgreSQL URL.");
  const pending = await pendingMigrations(url);
  if (pending.length > 0) {
    console.log(
      `Bringing the database up to date first (${pending.length} migration${pending.length === 1 ? "" : "s"}), as \`npm start\` does.`,
    );
    migrate();
  }

  // The key the app opens with; a wrong one refuses here, before anything is written.
  const refusal = await refuseWrongKey(url);
  if (refusal) fail(refusal);
  const ring = dataKeysFor(url);

  const hash = await argon2.hash(DEMO_PASSWORD, PASSWORD_HASH);
  const plan = demoPlan(hash);
  const file = sqlitePath(url);
  if (file && !fs.existsSync(file)) fail(`no database at ${file}. Run \`npm start\` once first, or set DATABASE_URL.`);
  // One transaction (SERIALIZABLE on PostgreSQL): the demo couple deleted, then the plan inserted.
  const db = await openDatabase(url, { serializable: true, pragmas: ["journal_mode = WAL", "foreign_keys = ON"] });
  let removed;
  try {
    removed = await db.transaction(async () => {
      const n = await removeDemo(db);
      await insertPlan(db, plan.rows, ring, provider);
      return n;
    });
  } catch (error) {
    fail(error.message);
  } finally {
    await db.close();
  }

  // The key's check (the canary) for a database this seed was the first to write to, as `npm start` writes it.
  const sealing = await prepareSealing(url, { log: () => undefined });
  if (sealing) fail(sealing);

  const base = (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
  console.log(
    [
      "",
      removed ? "The demo couple was reset." : "The demo couple is ready.",
      "",
      `Sign in at ${base}/signin`,
      `  Alex (broke trust):  ${DEMO_PEOPLE.alex.email}`,
      `  Sam (was hurt):      ${DEMO_PEOPLE.sam.email}`,
      `  Password for both:   ${DEMO_PASSWORD}`,
      "",
      `Therapist link (${DEMO_THERAPIST}, read-only):`,
      `  ${base}/share/${plan.token}`,
      "",
      "Everything in it was made up for the demo. Running this again resets only the demo couple.",
      "",
    ].join("\n"),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
