import { beforeEach, describe, expect, it, vi } from "vitest";
import { scheduleTalkAction } from "@/app/(app)/app/talks/actions";
import { acceptTalk, endTalk, scheduleTalk, startTalk, stepTalk } from "@/lib/server/talks/write";
import { getTalk } from "@/lib/server/talks/read";
import { talkingItThroughContent } from "@/lib/content/talking-it-through";
import { ATTACHMENT_INJURY_STEPS, talkSteps } from "@/lib/talks/steps";
import type { ScheduleTalkInput } from "@/lib/validation/talk";
import { db, makeCouple, takeSafetyChecks } from "./factories";
import { form, signInAs } from "./session";

vi.mock("next-auth", async () => (await import("./session")).nextAuth);
vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
vi.mock("next/cache", async () => (await import("./session")).nextCache);

beforeEach(() => signInAs(null));

const NOW = new Date("2026-11-25T12:00:00Z");
const talk = (over: Partial<ScheduleTalkInput> = {}): ScheduleTalkInput => ({
  template: "attachment-injury",
  topic: "",
  recurEveryDays: 0,
  date: "2026-12-01",
  time: "19:30",
  timeZone: "Europe/Berlin",
  minutes: 60,
  ...over,
});

describe("the attachment-injury talk", () => {
  it("walks the steps in order: the hurt partner names it, the other responds and comforts, then both write a new account", () => {
    const steps = talkSteps("attachment-injury", talkingItThroughContent());
    const shape = steps.map((s) =>
      s.kind === "speak"
        ? `${s.speaker} speaks: ${s.section?.key}`
        : s.kind === "reflect"
          ? `${s.listener} reflects: ${s.section?.key}`
          : s.kind === "together"
            ? `together: ${s.section.key}`
            : "close",
    );
    expect(shape).toEqual([
      "first speaks: name-the-hurt",
      "second reflects: name-the-hurt",
      "second speaks: respond",
      "first speaks: ask-for-comfort",
      "second speaks: comfort",
      "together: new-account",
      "close",
    ]);
    expect(steps).toHaveLength(ATTACHMENT_INJURY_STEPS.length + 1);
    // Every step carries its prompt from the content file.
    for (const step of steps) if (step.kind !== "close") expect(step.section?.prompt.length).toBeGreaterThan(20);
    // The other templates are unchanged.
    expect(talkSteps("", talkingItThroughContent())).toHaveLength(5);
    expect(talkSteps("state-of-us", talkingItThroughContent())).toHaveLength(17);
  });

  it("is proposed by the partner who was hurt, named for them, and runs to its end", async () => {
    const { a, b } = await makeCouple();
    await takeSafetyChecks(a, b);
    signInAs(b);
    const res = await scheduleTalkAction(
      null,
      form({ template: "attachment-injury", date: "2027-12-01", time: "19:30", timeZone: "Europe/Berlin" }),
    );
    expect(res).toMatchObject({ ok: true });
    const id = (res as { data: { id: string } }).data.id;
    expect(await getTalk(b, id)).toMatchObject({ template: "attachment-injury", topic: "Naming a hurt, and being comforted" });
    expect(await acceptTalk(a, { id }, NOW)).toMatchObject({ ok: true });
    expect(await startTalk(a, { id }, NOW)).toMatchObject({ ok: true });
    const last = talkSteps("attachment-injury", talkingItThroughContent()).length - 1;
    for (let step = 0; step < last; step++) expect(await stepTalk(b, { id, from: step, to: step + 1 })).toMatchObject({ ok: true });
    expect(await stepTalk(b, { id, from: last, to: last + 1 })).toMatchObject({ ok: false });
    expect(await endTalk(a, { id })).toMatchObject({ ok: true });
  });

  it("refuses a template that doesn't exist, and a proposal from the partner who broke trust, with a message on the choice", async () => {
    const { a, b, coupleId } = await makeCouple();
    await takeSafetyChecks(a, b);
    signInAs(b);
    const bad = await scheduleTalkAction(
      null,
      form({ template: "confession", topic: "x", date: "2027-12-01", time: "19:30", timeZone: "UTC" }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { template: [expect.any(String)] } });
    // a's side is "involved": this talk begins with the hurt partner naming the hurt.
    expect(await scheduleTalk(a, talk(), NOW)).toMatchObject({ ok: false, fieldErrors: { template: [expect.stringMatching(/hurt/)] } });
    expect(await db.talk.count({ where: { coupleId } })).toBe(0);
  });
});
