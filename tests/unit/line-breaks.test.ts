import { describe, expect, it } from "vitest";
import { text } from "@/lib/validation/form";
import { NOTE_MAX, checkInSchema } from "@/lib/validation/check-in";
import { answersArray } from "@/lib/entries/kinds/answers";
import { ENTRY_MAX_CHARS } from "@/lib/validation/entry";

// A text box's maxLength counts a line break as one character, but the form sends it as CRLF. The
// server must count what the person saw, or a note within the box's limit comes back "too long".
describe("line breaks in a text box", () => {
  it("count as one character, as the box counts them, and are stored as one", () => {
    const inTheBox = "Long day.\nWe talked."; // 20 characters in the box
    const sent = inTheBox.replace(/\n/g, "\r\n");
    expect(text("Note", { max: 20 }).safeParse(sent)).toEqual({ success: true, data: inTheBox });
  });

  it("turn a lone carriage return into a line break too", () => {
    expect(text("Note", { max: 20 }).safeParse("one\rtwo")).toEqual({ success: true, data: "one\ntwo" });
  });

  it("still refuse a text longer than the box allows", () => {
    const parsed = text("Note", { max: 20 }).safeParse("Long day.\r\nWe talked again.");
    expect(parsed.success).toBe(false);
  });

  it("hold for a check-in note at its limit, written in paragraphs", () => {
    const paragraph = "x".repeat(99) + "\n"; // 100 characters in the box
    const note = paragraph.repeat(NOTE_MAX / 100 - 1) + "y".repeat(100);
    expect(note.length).toBe(NOTE_MAX);
    const parsed = checkInSchema.shape.note.safeParse(note.replace(/\n/g, "\r\n"));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toBe(note);
  });

  it("hold for an exercise answer at its limit", () => {
    const answer = ("x".repeat(99) + "\n").repeat(ENTRY_MAX_CHARS / 100 - 1) + "y".repeat(100);
    expect(answersArray.safeParse([answer.replace(/\n/g, "\r\n")])).toEqual({ success: true, data: [answer] });
  });
});
