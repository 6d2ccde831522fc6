/**
 * Accountability lexicon
 * ----------------------
 * When someone writes an accountability statement after breaking their
 * partner's trust, a few common phrases can quietly undo the apology around
 * them: an excuse ("I was drunk"), a turn of blame ("but you..."), a
 * conditional ("I'm sorry if...") or a shrug ("it meant nothing"). Most people
 * reach for these without meaning harm; they are simply how we talk when we
 * feel ashamed or defensive.
 *
 * This module finds those phrases so the editor can softly highlight them as
 * the writer types, with a short note on why the phrase may land badly and
 * something to try instead. It is a gentle nudge, not a judgement: a match
 * does not mean the writer is insincere, and they are always free to keep
 * their words. Context matters and a simple word list cannot see it, so the
 * notes are written to invite reflection rather than to correct.
 *
 * Pure TypeScript, no dependencies, no network: everything runs in the
 * browser on the text the writer has in front of them.
 */

export type FlagKind = "excuse" | "blame-shift" | "conditional-apology" | "minimizing";

export interface LexiconRule {
  id: string;
  kind: FlagKind;
  pattern: RegExp;
  why: string;
  tryInstead: string;
}

export interface Flag {
  start: number;
  end: number;
  text: string;
  kind: FlagKind;
  ruleId: string;
  why: string;
  tryInstead: string;
}

export type Segment = { text: string; flag?: Flag };

export const FLAG_LABELS: Record<FlagKind, string> = {
  excuse: "Excuse",
  "blame-shift": "Blame-shifting",
  "conditional-apology": "Conditional apology",
  minimizing: "Minimizing",
};

/** Straight, curly and modifier apostrophes all count as an apostrophe. */
const APOS = "['\u2018\u2019\u02BC]";

/**
 * Builds a case-insensitive, word-bounded pattern from a small phrase syntax:
 * a run of spaces matches any run of whitespace (so extra spaces and line
 * breaks are tolerated) and `'` matches any apostrophe style. Phrases are
 * plain words joined by fixed alternations, so there is no nested repetition
 * and no catastrophic backtracking.
 */
function phrase(source: string): RegExp {
  const body = source.replace(/'/g, APOS).replace(/ +/g, "\\s+");
  return new RegExp(`\\b(?:${body})\\b`, "i");
}

const RULES: LexiconRule[] = [
  // ---------------------------------------------------------------- blame-shift
  {
    id: "but-you",
    kind: "blame-shift",
    pattern: phrase("but you"),
    why: "\u201cBut you\u201d often turns an apology toward your partner\u2019s part, which can make your own part feel smaller.",
    tryInstead: "End the sentence before the \u201cbut\u201d, and raise anything about your partner at another time.",
  },
  {
    id: "if-you-had",
    kind: "blame-shift",
    pattern: phrase("if you(?: hadn'?t| had not| had|'d)"),
    why: "Imagining what your partner could have done differently can sound like the choice was partly theirs.",
    tryInstead: "Describe what you did and what you could have done differently.",
  },
  {
    id: "you-made-me",
    kind: "blame-shift",
    pattern: phrase("you (?:made|make|makes) me"),
    why: "\u201cYou made me\u201d places the cause of your actions with your partner rather than with you.",
    tryInstead: "Try \u201cI chose to\u2026\u201d and name the feeling you had without making it their doing.",
  },
  {
    id: "you-drove-me",
    kind: "blame-shift",
    pattern: phrase("you (?:drove|drive|forced|force) me|you left me no (?:choice|option|other choice)"),
    why: "This suggests you had no say in what you did, which moves the weight of it onto your partner.",
    tryInstead: "Name the moment you made the choice, and what a different choice could have looked like.",
  },
  {
    id: "you-pushed-me",
    kind: "blame-shift",
    pattern: phrase("you (?:pushed|push|pushes) me"),
    why: "Saying you were pushed can make your partner feel responsible for where you ended up.",
    tryInstead: "Talk about the distance you felt in your own words, and own what you did with it.",
  },
  {
    id: "because-you",
    kind: "blame-shift",
    pattern: phrase("because you"),
    why: "Giving your partner\u2019s behaviour as the reason can sound like they caused what you did.",
    tryInstead: "Try \u201cbecause I\u2026\u201d and explain your own reasoning, even if it is uncomfortable.",
  },
  {
    id: "your-fault",
    kind: "blame-shift",
    pattern: phrase("(?:it'?s|it is|it was) (?:partly |also |half |just as much )?your fault|you started it"),
    why: "Pointing to your partner\u2019s fault puts them on the defensive when they most need to feel heard.",
    tryInstead: "Keep this statement about your own actions; shared patterns can be explored together later.",
  },
  {
    id: "what-did-you-expect",
    kind: "blame-shift",
    pattern: phrase("what did you expect"),
    why: "This question suggests your partner should have seen it coming, which shifts the burden to them.",
    tryInstead: "Say what you wish you had done instead of what they should have expected.",
  },

  // -------------------------------------------------------- conditional-apology
  {
    id: "sorry-if",
    kind: "conditional-apology",
    pattern: phrase("(?:(?:i'?m|i am) (?:(?:so|very|really|truly) )?)?sorry if(?: you (?:felt|feel|were|got))?"),
    why: "\u201cSorry if\u201d makes the hurt sound uncertain, as if it may not really have happened.",
    tryInstead: "Drop the \u201cif\u201d: \u201cI\u2019m sorry that I\u2026\u201d and name what you did.",
  },
  {
    id: "sorry-you-feel",
    kind: "conditional-apology",
    pattern: phrase(
      "(?:(?:i'?m|i am) (?:(?:so|very|really|truly) )?)?sorry (?:that )?you (?:feel|felt|are upset|were upset|got upset|see it that way)",
    ),
    why: "Apologising for how your partner feels can sound like the feeling is the problem, not what you did.",
    tryInstead: "Apologise for your action: \u201cI\u2019m sorry that I\u2026\u201d",
  },
  {
    id: "if-i-hurt-you",
    kind: "conditional-apology",
    pattern: phrase("if (?:i|i'?ve|i have|i had) (?:hurt|upset|offended|disappointed|wronged) you"),
    why: "\u201cIf I hurt you\u201d leaves room to doubt the hurt, when your partner already knows it is real.",
    tryInstead: "Say it plainly: \u201cI hurt you when I\u2026\u201d",
  },
  {
    id: "if-i-did-wrong",
    kind: "conditional-apology",
    pattern: phrase("if (?:i|i'?ve|i have) (?:did|done) (?:anything|something) wrong"),
    why: "This keeps what you did vague and uncertain, so your partner is left to name it for you.",
    tryInstead: "Name the specific thing you did and that it was wrong.",
  },
  {
    id: "sorry-for-whatever",
    kind: "conditional-apology",
    pattern: phrase("(?:sorry|apologi[sz]e) for whatever"),
    why: "\u201cWhatever I did\u201d can sound like you are not sure, or not looking closely, at what happened.",
    tryInstead: "Apologise for something specific, in your own words.",
  },

  // --------------------------------------------------------------------- excuse
  {
    id: "i-was-state",
    kind: "excuse",
    pattern: phrase(
      "i(?: was|'d been| had been) (?:(?:so|really|just|very|too|pretty|extremely) )?(?:drunk|drinking|high|stressed(?: out)?|lonely|tired|exhausted|overwhelmed|wasted|bored|depressed|in a (?:bad|dark) place|going through a lot)",
    ),
    why: "Explaining what you were going through is human, but it can read as an excuse when it stands in for responsibility.",
    tryInstead: "If you share it, add what you did with that feeling: \u201cI was lonely, and I chose to\u2026\u201d",
  },
  {
    id: "couldnt-help-it",
    kind: "excuse",
    pattern: phrase("i (?:couldn'?t|could not|can'?t|cannot|can not) help (?:it|myself)"),
    why: "Saying you couldn\u2019t help it suggests you had no choice, which can make it harder to trust the future.",
    tryInstead: "Acknowledge the choice you had: \u201cI could have stopped, and I didn\u2019t.\u201d",
  },
  {
    id: "it-just-happened",
    kind: "excuse",
    pattern: phrase("(?:it|things|stuff) (?:just|kind of|sort of|simply) happened"),
    why: "\u201cIt just happened\u201d makes events sound accidental, when your partner needs to hear about your choices.",
    tryInstead: "Walk through the decisions you made, one by one, in your own voice.",
  },
  {
    id: "only-human",
    kind: "excuse",
    pattern: phrase("i'?m only human|i am only human|nobody'?s perfect|no one'?s perfect|nobody is perfect|no one is perfect"),
    why: "This is true for all of us, but here it can sound like a reason not to look closer.",
    tryInstead: "Leave the general truth aside and speak about what you did in particular.",
  },
  {
    id: "had-no-choice",
    kind: "excuse",
    pattern: phrase("i (?:had|have) no (?:other )?(?:choice|option)"),
    why: "Saying you had no choice can make your partner feel the outcome was out of your hands.",
    tryInstead: "Name the choices you did have, even the hard ones you didn\u2019t take.",
  },
  {
    id: "just-who-i-am",
    kind: "excuse",
    pattern: phrase("(?:that|it)(?:'?s| is) just (?:who|how|the way) i am"),
    why: "This can sound as though change isn\u2019t possible, which leaves your partner little to hope for.",
    tryInstead: "Share what you want to change about yourself and how you plan to start.",
  },

  // ----------------------------------------------------------------- minimizing
  {
    id: "it-meant-nothing",
    kind: "minimizing",
    pattern: phrase("it (?:meant|means) nothing|it (?:didn'?t|did not|doesn'?t|does not) mean (?:anything|a thing)"),
    why: "You may mean it as comfort, but it can sound like the hurt it caused means little too.",
    tryInstead: "Speak to what it meant for your partner and for your relationship.",
  },
  {
    id: "it-was-only",
    kind: "minimizing",
    pattern: phrase("it(?: was|'?s| is) (?:only|just)"),
    why: "\u201cIt was only\u201d or \u201cit was just\u201d can shrink what happened in a way your partner may not feel.",
    tryInstead: "Describe what happened without softening words, and let its size be what it is.",
  },
  {
    id: "not-a-big-deal",
    kind: "minimizing",
    pattern: phrase("it(?: wasn'?t| was not| isn'?t| is not|'?s not) (?:(?:such )?a|that) (?:big|huge) (?:of a )?deal|no big deal"),
    why: "Calling it not a big deal tells your partner their pain is out of proportion, which can deepen it.",
    tryInstead: "Let your partner decide how big it was, and acknowledge the weight it carries for them.",
  },
  {
    id: "everyone-does",
    kind: "minimizing",
    pattern: phrase(
      "(?:everyone|everybody|every one) (?:does|do|did|has done|makes mistakes)|(?:other|most|lots of|a lot of) people (?:do worse|do|have done)",
    ),
    why: "Comparing with others can make your partner\u2019s hurt feel ordinary, when to them it is personal.",
    tryInstead: "Keep the focus on your relationship and what this did to your partner.",
  },
  {
    id: "overreacting",
    kind: "minimizing",
    pattern: phrase(
      "you(?:'?re| are| were) (?:being )?(?:(?:totally|completely|really|so|just|a bit|a little) )?(?:over-?reacting|too sensitive|dramatic|paranoid|hysterical)",
    ),
    why: "Telling your partner their reaction is too much can feel dismissive, even if you are feeling overwhelmed.",
    tryInstead: "Try \u201cI can see how much this hurts you\u201d and let the reaction be theirs.",
  },
  {
    id: "making-a-big-deal",
    kind: "minimizing",
    pattern: phrase("mak(?:e|es|ing) (?:(?:such|too|so) )?(?:a big|much of a|a huge) deal"),
    why: "This suggests your partner is making the hurt bigger than it is, which can leave them feeling unheard.",
    tryInstead: "Acknowledge that it is a big deal to them, and that it makes sense.",
  },
  {
    id: "move-on",
    kind: "minimizing",
    pattern: phrase(
      "(?:let'?s|let us|can we|we should|we need to) (?:just )?(?:move on|put (?:this|it) behind us|forget (?:about )?(?:it|this))",
    ),
    why: "Wanting to move on is understandable, but setting the pace can cut short your partner\u2019s healing.",
    tryInstead: "Say you will be here for as long as it takes, and let your partner lead the timing.",
  },
  {
    id: "get-over-it",
    kind: "minimizing",
    pattern: phrase("(?:get|getting) over it|(?:get|getting) past it already"),
    why: "Asking your partner to get over it can feel like their pain is an inconvenience.",
    tryInstead: "Ask what would help them heal, and what you can do to support that.",
  },
  {
    id: "in-the-past",
    kind: "minimizing",
    pattern: phrase("it(?:'?s| is| was) (?:all )?in the past"),
    why: "For you it may feel over, but for your partner the hurt is often still very present.",
    tryInstead: "Acknowledge that the effects are still here, even if the events have ended.",
  },
  {
    id: "at-least-i",
    kind: "minimizing",
    pattern: phrase("at least i"),
    why: "\u201cAt least I\u2026\u201d compares what happened to something worse, which can make it sound smaller.",
    tryInstead: "Leave out the comparison and stay with what actually happened.",
  },
  {
    id: "not-like",
    kind: "minimizing",
    pattern: phrase("it(?:'?s| is| was) not like i|it (?:isn'?t|wasn'?t) like i|mistakes were made"),
    why: "This phrasing steps around what happened, which can make it feel smaller or less personal.",
    tryInstead: "Use \u201cI\u201d and say directly what you did.",
  },
];

export const LEXICON: readonly LexiconRule[] = Object.freeze(RULES);

interface Candidate extends Flag {
  order: number;
}

/** Returns a fresh global copy of a pattern so scanning never shares lastIndex state. */
function scanner(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  return new RegExp(pattern.source, flags);
}

/**
 * Finds phrases that may weaken an apology. Results are sorted by start and
 * never overlap: when two matches overlap, the one that starts earlier wins,
 * then the longer one, then the rule listed first. Offsets are UTF-16 code
 * unit indices into `text`, so `text.slice(flag.start, flag.end) === flag.text`.
 */
export function findFlags(text: string): Flag[] {
  if (!text) return [];

  const candidates: Candidate[] = [];
  LEXICON.forEach((rule, order) => {
    const re = scanner(rule.pattern);
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      if (match[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const start = match.index;
      const end = start + match[0].length;
      candidates.push({
        start,
        end,
        text: match[0],
        kind: rule.kind,
        ruleId: rule.id,
        why: rule.why,
        tryInstead: rule.tryInstead,
        order,
      });
    }
  });

  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);

  const flags: Flag[] = [];
  let lastEnd = 0;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    flags.push({
      start: c.start,
      end: c.end,
      text: c.text,
      kind: c.kind,
      ruleId: c.ruleId,
      why: c.why,
      tryInstead: c.tryInstead,
    });
    lastEnd = c.end;
  }
  return flags;
}

/**
 * Splits `text` into plain and flagged segments, in order. Joining every
 * segment's `text` gives back exactly `text`; empty segments are never made.
 */
export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const flag of findFlags(text)) {
    if (flag.start > cursor) segments.push({ text: text.slice(cursor, flag.start) });
    segments.push({ text: text.slice(flag.start, flag.end), flag });
    cursor = flag.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
