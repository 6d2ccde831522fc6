import { describe, it, expect } from "vitest";
import { FLAG_LABELS, LEXICON, findFlags, segment, type Flag, type FlagKind } from "./accountability-lexicon";

/** The single flag expected in `text`, failing loudly if there is not exactly one. */
function onlyFlag(text: string): Flag {
  const flags = findFlags(text);
  expect(flags).toHaveLength(1);
  return flags[0]!;
}

function joined(text: string): string {
  return segment(text)
    .map((s) => s.text)
    .join("");
}

const MUST_FLAG: Array<[phrase: string, sentence: string, kind: FlagKind]> = [
  ["but you", "I know I lied, but you were never home.", "blame-shift"],
  ["if you hadn't", "If you hadn't ignored me, none of this would have started.", "blame-shift"],
  ["if you had not", "Maybe if you had not been so distant.", "blame-shift"],
  ["if you had", "Things would be different if you had listened.", "blame-shift"],
  ["you made me", "Honestly, you made me feel invisible.", "blame-shift"],
  ["you drove me", "I think you drove me to it.", "blame-shift"],
  ["you pushed me", "For years you pushed me away.", "blame-shift"],
  ["because you", "I did it because you stopped talking to me.", "blame-shift"],
  ["I'm sorry if", "I'm sorry if that upset you.", "conditional-apology"],
  ["I am sorry if", "I am sorry if it came out wrong.", "conditional-apology"],
  ["sorry if you felt", "And sorry if you felt left out.", "conditional-apology"],
  ["I'm sorry you feel", "I'm sorry you feel that way.", "conditional-apology"],
  ["sorry that you feel", "I'm so sorry that you feel betrayed.", "conditional-apology"],
  ["if I hurt you", "Please forgive me if I hurt you.", "conditional-apology"],
  ["if I upset you", "I apologise if I upset you.", "conditional-apology"],
  ["I was drunk", "I was drunk that night.", "excuse"],
  ["I was stressed", "I was stressed at work for months.", "excuse"],
  ["I was lonely", "The truth is I was lonely.", "excuse"],
  ["I couldn't help it", "I couldn't help it.", "excuse"],
  ["it just happened", "We talked, and it just happened.", "excuse"],
  ["it meant nothing", "You have to believe it meant nothing.", "minimizing"],
  ["it was only", "It was only a few messages.", "minimizing"],
  ["it wasn't a big deal", "At the time it wasn't a big deal to me.", "minimizing"],
  ["it was just", "It was just one evening.", "minimizing"],
  ["everyone does", "Everyone does things they regret.", "minimizing"],
  ["you're overreacting", "I think you're overreacting.", "minimizing"],
  ["you are overreacting", "You are overreacting about the phone.", "minimizing"],
  ["let's move on", "Can we please say let's move on now?", "minimizing"],
  ["get over it", "I need you to get over it.", "minimizing"],
];

/** One example per rule; a new rule without an example here makes a test fail. */
const RULE_EXAMPLES: Record<string, string> = {
  "but-you": "but you never asked",
  "if-you-had": "if you'd been around",
  "you-made-me": "you make me so angry",
  "you-drove-me": "you left me no choice",
  "you-pushed-me": "you push me away",
  "because-you": "because you were cold",
  "your-fault": "it's partly your fault",
  "what-did-you-expect": "what did you expect?",
  "sorry-if": "I'm really sorry if",
  "sorry-you-feel": "sorry you see it that way",
  "if-i-hurt-you": "if I've hurt you",
  "if-i-did-wrong": "if I did anything wrong",
  "sorry-for-whatever": "sorry for whatever I did",
  "i-was-state": "I'd been drinking",
  "couldnt-help-it": "I can't help myself",
  "it-just-happened": "things just happened",
  "only-human": "I'm only human",
  "had-no-choice": "I had no other choice",
  "just-who-i-am": "that's just the way I am",
  "it-meant-nothing": "it didn't mean anything",
  "it-was-only": "it's just a phone",
  "not-a-big-deal": "it's not that big of a deal",
  "everyone-does": "lots of people do worse",
  overreacting: "you're being too sensitive",
  "making-a-big-deal": "making such a big deal",
  "move-on": "can we just put this behind us",
  "get-over-it": "getting over it",
  "in-the-past": "it's all in the past",
  "at-least-i": "at least I told you",
  "not-like": "mistakes were made",
};

describe("accountability lexicon", () => {
  describe("marks phrases that weaken an apology", () => {
    it.each(MUST_FLAG)("marks '%s' with the right kind", (phrase, sentence, kind) => {
      const flag = onlyFlag(sentence);
      expect(flag.kind).toBe(kind);
      expect(flag.text.toLowerCase()).toContain(phrase.toLowerCase());
    });

    it("marks 'but you' as blame-shifting", () => {
      const flag = onlyFlag("I'm sorry, but you know how things were.");
      expect(flag.kind).toBe("blame-shift");
      expect(flag.ruleId).toBe("but-you");
      expect(FLAG_LABELS[flag.kind]).toBe("Blame-shifting");
    });

    it("marks 'you pushed me' as blame-shifting", () => {
      expect(onlyFlag("you pushed me into it").kind).toBe("blame-shift");
    });

    it("marks the whole 'if you had not' rather than stopping at 'if you had'", () => {
      expect(onlyFlag("if you had not left").text).toBe("if you had not");
    });

    it("marks the whole 'I'm sorry if you felt' as one conditional apology", () => {
      const flag = onlyFlag("I'm sorry if you felt hurt.");
      expect(flag.text).toBe("I'm sorry if you felt");
      expect(flag.kind).toBe("conditional-apology");
    });

    it("explains excuses as context standing in for responsibility", () => {
      const flag = onlyFlag("I was lonely.");
      expect(flag.why).toMatch(/human/i);
      expect(flag.why).toMatch(/responsibility/i);
    });

    it.each(Object.entries(RULE_EXAMPLES))("rule %s marks its example", (ruleId, example) => {
      const flag = onlyFlag(example);
      expect(flag.ruleId).toBe(ruleId);
    });
  });

  describe("leaves responsible phrases alone", () => {
    it.each([
      "I take full responsibility",
      "I am sorry that I lied",
      "I hurt you",
      "because I chose to",
      "I made that choice",
      "but I",
      "I lied to you, but I am going to earn back your trust.",
      "I'm sorry that I broke your trust, and I hurt you because I chose to lie.",
      "You deserve the truth, and your feelings make sense to me.",
      "I will answer any question you have for as long as you need.",
    ])("does not mark '%s'", (text) => {
      expect(findFlags(text)).toEqual([]);
    });

    it("does not treat 'but your' as 'but you'", () => {
      expect(findFlags("It was my choice, but your trust matters most.")).toEqual([]);
    });

    it("does not mark words that merely contain a phrase", () => {
      expect(findFlags("I rebut youthful excuses.")).toEqual([]);
    });
  });

  describe("tolerates how people actually type", () => {
    it("handles curly apostrophes", () => {
      expect(onlyFlag("I\u2019m sorry if you felt hurt").kind).toBe("conditional-apology");
      expect(onlyFlag("I couldn\u2019t help it").ruleId).toBe("couldnt-help-it");
      expect(onlyFlag("it wasn\u2019t a big deal").ruleId).toBe("not-a-big-deal");
      expect(onlyFlag("if you hadn\u2019t gone").ruleId).toBe("if-you-had");
      expect(onlyFlag("let\u2019s move on").ruleId).toBe("move-on");
      expect(onlyFlag("you\u2019re overreacting").ruleId).toBe("overreacting");
    });

    it("handles extra spaces and line breaks between words", () => {
      expect(onlyFlag("but    you").text).toBe("but    you");
      expect(onlyFlag("I'm  sorry\n if").kind).toBe("conditional-apology");
      expect(onlyFlag("you   made\tme").ruleId).toBe("you-made-me");
    });

    it("is case-insensitive", () => {
      expect(onlyFlag("BUT YOU").ruleId).toBe("but-you");
      expect(onlyFlag("It Meant Nothing").ruleId).toBe("it-meant-nothing");
    });
  });

  describe("flag positions", () => {
    it("offsets point at the flagged words", () => {
      const text = "I lied, but you were never home.";
      const flag = onlyFlag(text);
      expect(flag.start).toBe(text.indexOf("but you"));
      expect(flag.end).toBe(text.indexOf("but you") + "but you".length);
      expect(text.slice(flag.start, flag.end)).toBe(flag.text);
    });

    it("offsets are UTF-16 positions even after emoji", () => {
      const text = "\u{1F494} Honestly I was drunk.";
      const flag = onlyFlag(text);
      expect(flag.start).toBe(text.indexOf("I was drunk"));
      expect(flag.start).toBe(12);
      expect(text.slice(flag.start, flag.end)).toBe("I was drunk");
    });

    it("overlapping matches keep one flag, the one that starts first", () => {
      const flag = onlyFlag("because you made me");
      expect(flag.ruleId).toBe("because-you");
      expect(flag.text).toBe("because you");
    });

    it("overlapping matches with the same start keep the longer one", () => {
      const flag = onlyFlag("it's just how I am");
      expect(flag.ruleId).toBe("just-who-i-am");
      expect(flag.text).toBe("it's just how I am");
      expect(flag.kind).toBe("excuse");
    });

    it("returns several flags sorted by start and never overlapping", () => {
      const text =
        "I was stressed, and it just happened. It meant nothing. I'm sorry if you felt hurt, but you were never there. Let's move on.";
      const flags = findFlags(text);
      expect(flags.map((f) => f.ruleId)).toEqual(["i-was-state", "it-just-happened", "it-meant-nothing", "sorry-if", "but-you", "move-on"]);
      for (let i = 1; i < flags.length; i++) {
        expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
      }
      for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.text);
    });

    it("carries the rule's explanation and suggestion on each flag", () => {
      const flag = onlyFlag("you made me");
      const rule = LEXICON.find((r) => r.id === flag.ruleId);
      expect(rule).toBeDefined();
      expect(flag.why).toBe(rule?.why);
      expect(flag.tryInstead).toBe(rule?.tryInstead);
    });
  });

  describe("repeatability", () => {
    it("gives the same flags on repeated calls", () => {
      const text = "but you said it meant nothing, but you knew. I was drunk, I was drunk.";
      const first = findFlags(text);
      expect(first).toHaveLength(5);
      expect(findFlags(text)).toEqual(first);
      expect(findFlags(text)).toEqual(first);
    });

    it("does not leave state on the lexicon's patterns", () => {
      findFlags("but you but you but you");
      for (const rule of LEXICON) expect(rule.pattern.lastIndex).toBe(0);
      expect(findFlags("but you")).toHaveLength(1);
    });
  });

  describe("segment", () => {
    it("segments concatenate back to the original text", () => {
      const texts = [
        "I was drunk, but you know that. \u{1F494}\nI'm sorry if you felt hurt.",
        "but you",
        "Nothing to flag here.",
        "  leading and trailing  ",
      ];
      for (const t of texts) expect(joined(t)).toBe(t);
    });

    it("attaches flags only to the flagged segments, with no empty segments", () => {
      const text = "Well, but you said it meant nothing.";
      const segs = segment(text);
      expect(segs.map((s) => [s.text, s.flag?.ruleId])).toEqual([
        ["Well, ", undefined],
        ["but you", "but-you"],
        [" said ", undefined],
        ["it meant nothing", "it-meant-nothing"],
        [".", undefined],
      ]);
    });

    it("gives one plain segment when nothing is flagged", () => {
      expect(segment("I take full responsibility.")).toEqual([{ text: "I take full responsibility." }]);
    });
  });

  describe("edge cases", () => {
    it("empty text gives no flags", () => {
      expect(findFlags("")).toEqual([]);
      expect(segment("")).toEqual([]);
    });

    it("handles a long 20,000-character input in one call", () => {
      const unit = "I take responsibility. but you were away and it was just one time.    ";
      const text = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
      expect(text).toHaveLength(20_000);
      const flags = findFlags(text);
      expect(flags.length).toBeGreaterThan(100);
      expect(joined(text)).toBe(text);
    });

    it("handles long runs of spaces and near-miss words without error", () => {
      const text = `${"you ".repeat(2_000)}${" ".repeat(10_000)}sorry${" ".repeat(2_000)}`;
      expect(() => findFlags(text)).not.toThrow();
      expect(findFlags(text)).toEqual([]);
    });
  });

  describe("lexicon shape", () => {
    it("has between 20 and 30 rules with unique ids", () => {
      expect(LEXICON.length).toBeGreaterThanOrEqual(20);
      expect(LEXICON.length).toBeLessThanOrEqual(30);
      expect(new Set(LEXICON.map((r) => r.id)).size).toBe(LEXICON.length);
    });

    it("has an example for every rule", () => {
      expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(LEXICON.map((r) => r.id).sort());
    });

    it("keeps every explanation short and case-insensitive", () => {
      for (const rule of LEXICON) {
        expect(rule.pattern.flags).toContain("i");
        expect(rule.why.length).toBeGreaterThan(0);
        expect(rule.why.length).toBeLessThanOrEqual(140);
        expect(rule.tryInstead.length).toBeGreaterThan(0);
        expect(rule.tryInstead.length).toBeLessThanOrEqual(140);
      }
    });

    it("labels every kind", () => {
      const kinds = new Set(LEXICON.map((r) => r.kind));
      expect([...kinds].sort()).toEqual(Object.keys(FLAG_LABELS).sort());
      for (const label of Object.values(FLAG_LABELS)) expect(label.length).toBeGreaterThan(0);
    });
  });
});
