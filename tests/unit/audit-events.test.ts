import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS, FEED_ACTIONS, feedVerbs } from "@/lib/audit/events";

// The audit trail's events, one list (lib/audit/events.ts): what the other partner's feed may show,
// and in which words. recordEvent() takes only these actions, so a new one is added here first.

describe("the audit trail's events", () => {
  it("never put in the partner feed what is one partner's own: entries (read from their rows), check-ins, links, exports, leaving", () => {
    const own = /^(entry|check-in|share|data|member|intake|joint|trigger-plan|invite|maintenance)\./;
    expect(FEED_ACTIONS.filter((action) => own.test(action))).toEqual([]);
  });

  it("word each line of the feed, with the stage's name only where a stage is meant", () => {
    for (const action of FEED_ACTIONS) {
      const words = AUDIT_EVENTS[action];
      expect(words.trim(), action).not.toBe("");
      expect(words.replace("{stage}", ""), action).not.toMatch(/[{}]/);
      expect(words.includes("{stage}"), action).toBe(action.startsWith("stage."));
    }
  });

  it("give each noun's verbs, so a feed item carries only a verb the feed can word", () => {
    expect(feedVerbs("agreement.")).toContain("reaffirmed");
    expect(feedVerbs("commitment.")).toEqual(["created", "logged", "confirmed", "disputed"]);
    // Events the feed doesn't show have no verb there.
    expect(feedVerbs("talk.")).not.toContain("started");
  });
});
