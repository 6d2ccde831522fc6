import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createShareLinkSchema } from "@/lib/validation/share";
import { createCoupleSchema, updateProfileSchema } from "@/lib/validation/couple";
import { signUpSchema } from "@/lib/validation/auth";
import { amendAgreementSchema, proposeAgreementSchema } from "@/lib/validation/agreement";
import { createCommitmentSchema } from "@/lib/validation/commitment";
import { logTriggerSchema } from "@/lib/validation/trigger";
import { convertFollowUpSchema, scheduleTalkSchema, talkNoteSchema } from "@/lib/validation/talk";
import { checkInPrefsSchema, checkInSchema, weeksParam } from "@/lib/validation/check-in";
import { askQuestionSchema } from "@/lib/validation/question";
import { validateBody } from "@/lib/entries/kinds";

// Issue 21, points 4 and 5: values that used to be accepted silently (and stored changed, or as
// they were) are refused by the schema, with a message on the field that holds them.

function errorsOn(schema: z.ZodType, input: Record<string, unknown>, field: string): string[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
}

const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"];
const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

describe("names and workspace names refuse hidden direction characters", () => {
  const cases: [string, z.ZodType, Record<string, unknown>, string][] = [
    ["sign-up name", signUpSchema, { email: "a@example.test", password: "a calm long password" }, "name"],
    ["profile name", updateProfileSchema, { side: "hurt" }, "name"],
    ["workspace name", createCoupleSchema, { side: "hurt" }, "name"],
    ["therapist's name", createShareLinkSchema, { scope: ["progress"], expiryDays: "30" }, "therapistName"],
  ];
  for (const [what, schema, rest, field] of cases) {
    for (const c of BIDI) {
      it(`${what} with ${hex(c)}`, () => {
        const errors = errorsOn(schema, { ...rest, [field]: `Sam${c}ecnerual` }, field);
        expect(errors.join(" ")).toMatch(/hidden direction characters/);
      });
    }
    it(`${what} written in a right-to-left script is still welcome`, () => {
      expect(schema.safeParse({ ...rest, [field]: "سارة כהן" }).success).toBe(true);
    });
  }
});

describe("impossible calendar dates are refused, never rolled over", () => {
  const agreement = { title: "Phones", text: "At dinner.", category: "communication" };
  for (const day of ["2026-02-29", "2026-02-31", "2026-04-31", "2028-02-30", "2026-13-01", "2026-00-10", "2026-01-00"]) {
    it(`an agreement's review and end date of ${day}`, () => {
      expect(errorsOn(proposeAgreementSchema, { ...agreement, reviewAt: day }, "reviewAt")).not.toEqual([]);
      expect(errorsOn(proposeAgreementSchema, { ...agreement, endsAt: day }, "endsAt")).not.toEqual([]);
      expect(errorsOn(amendAgreementSchema, { ...agreement, id: "x", basedOn: "1", reviewAt: day }, "reviewAt")).not.toEqual([]);
    });
    it(`a check-in's day, a talk's day and an activity's planned day of ${day}`, () => {
      expect(errorsOn(checkInSchema, { localDate: day }, "localDate")).not.toEqual([]);
      expect(errorsOn(scheduleTalkSchema, { topic: "Sundays", date: day, time: "10:00", timeZone: "UTC" }, "date")).not.toEqual([]);
      expect(validateBody("activity", { title: "A walk", plannedFor: day }).ok).toBe(false);
    });
  }
  it("a real leap day and a real 31st are kept as they are", () => {
    const parsed = proposeAgreementSchema.parse({ ...agreement, reviewAt: "2028-02-29", endsAt: "2028-12-31" });
    expect(parsed.reviewAt?.toISOString().slice(0, 10)).toBe("2028-02-29");
    expect(parsed.endsAt?.toISOString().slice(0, 10)).toBe("2028-12-31");
  });
});

describe("an unknown time zone is refused, never turned into UTC", () => {
  for (const zone of ["Europe/Nowhere", "Mars/Olympus_Mons", "UTC+25", "x".repeat(65)]) {
    it(zone.slice(0, 20), () => {
      expect(errorsOn(createCommitmentSchema, { what: "Text if late", cadence: "daily", timeZone: zone }, "timeZone")).not.toEqual([]);
      expect(errorsOn(logTriggerSchema, { what: "A song", intensity: "3", timeZone: zone }, "timeZone")).not.toEqual([]);
      expect(errorsOn(convertFollowUpSchema, { id: "x", into: "commitment", timeZone: zone }, "timeZone")).not.toEqual([]);
      expect(errorsOn(checkInPrefsSchema, { timeZone: zone, reminderHour: "20" }, "timeZone")).not.toEqual([]);
    });
  }
  it("a real zone is kept, and a form that sends none gets UTC", () => {
    expect(createCommitmentSchema.parse({ what: "Text if late", cadence: "daily", timeZone: "Asia/Kolkata" }).timeZone).toBe(
      "Asia/Kolkata",
    );
    expect(createCommitmentSchema.parse({ what: "Text if late", cadence: "daily" }).timeZone).toBe("UTC");
    expect(logTriggerSchema.parse({ what: "A song", intensity: "3" }).timeZone).toBe("UTC");
  });
});

describe("whole numbers are plain decimal digits", () => {
  for (const days of [
    "0x10",
    "0X10",
    "0b10000",
    "0o20",
    "1.6e1",
    "16e0",
    "16.0",
    "+16",
    " 16",
    "16 ",
    "16\n",
    "Infinity",
    "١٦",
    "１６",
    "16_0",
  ]) {
    it(`the days a link works: ${JSON.stringify(days)}`, () => {
      expect(
        errorsOn(createShareLinkSchema, { therapistName: "Dr. Lee", scope: ["progress"], expiryDays: days }, "expiryDays"),
      ).not.toEqual([]);
    });
  }
  it("the timeline's span in the address: only a listed span in plain digits", () => {
    expect(["0x1a", "2.6e1", " 26", "26 ", "+26"].map(weeksParam)).toEqual([null, null, null, null, null]);
    expect(["2", "26", undefined].map(weeksParam)).toEqual([2, 26, null]);
  });
  it("plain digits, and an empty field for the default, still work", () => {
    const base = { therapistName: "Dr. Lee", scope: ["progress"] };
    expect(createShareLinkSchema.parse({ ...base, expiryDays: "16" }).expiryDays).toBe(16);
    expect(createShareLinkSchema.parse({ ...base, expiryDays: "016" }).expiryDays).toBe(16);
    expect(createShareLinkSchema.parse({ ...base, expiryDays: "" }).expiryDays).toBe(30);
  });
});

describe("text fields refuse NUL and other control characters", () => {
  const CONTROL = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f"];
  for (const c of CONTROL) {
    it(`${hex(c)} in the middle and at the end`, () => {
      for (const value of [`before${c}after`, `before${c}`]) {
        expect(errorsOn(askQuestionSchema, { text: value }, "text")).not.toEqual([]);
        expect(errorsOn(talkNoteSchema, { id: "x", text: value }, "text")).not.toEqual([]);
        expect(errorsOn(checkInSchema, { note: value }, "note")).not.toEqual([]);
        expect(errorsOn(signUpSchema, { name: value }, "name")).not.toEqual([]);
        expect(errorsOn(createCoupleSchema, { name: value }, "name")).not.toEqual([]);
        expect(validateBody("activity", { title: value }).ok).toBe(false);
        expect(validateBody("accountability", { answers: ["What I did.", value] }).ok).toBe(false);
      }
    });
  }
  it("tabs, new lines and carriage returns are ordinary writing (a CRLF is kept as a line break)", () => {
    expect(askQuestionSchema.parse({ text: "First line\r\nsecond\tline" }).text).toBe("First line\nsecond\tline");
  });
});
