// The guided turns of a structured talk, as data: who speaks, who listens and reflects back, in
// order, ending with a closing step. Pure and client-safe, so the page and the server agree on
// how many steps there are.

export type TalkRole = "first" | "second";
type Section = { key: string; title: string; prompt: string };
export type TalkStep =
  | { kind: "speak"; speaker: TalkRole; section?: Section }
  | { kind: "reflect"; listener: TalkRole; section?: Section }
  /** Both partners at once: writing something down together. */
  | { kind: "together"; section: Section }
  | { kind: "close" };

/** What the talk templates read from content/talking-it-through/prompts.md. */
export type TalkTemplateContent = { stateOfUs: readonly Section[]; attachmentInjury: readonly Section[] };

/**
 * The attachment-injury sequence, after the resolution model of emotionally focused therapy. The
 * partner who proposes this talk is the one who was hurt ("first"): they name the injury and what
 * it meant, and it is said back to them; the other partner responds (acknowledges it, stays,
 * shows remorse); the hurt partner asks for the comfort they need and receives it; then both write
 * a new account of what happened. Each step's words come from the content file, by key.
 */
export const ATTACHMENT_INJURY_STEPS = [
  { key: "name-the-hurt", kind: "speak", speaker: "first" },
  { key: "name-the-hurt", kind: "reflect", listener: "second" },
  { key: "respond", kind: "speak", speaker: "second" },
  { key: "ask-for-comfort", kind: "speak", speaker: "first" },
  { key: "comfort", kind: "speak", speaker: "second" },
  { key: "new-account", kind: "together" },
] as const;

/** The sections content/talking-it-through/prompts.md must give the attachment-injury talk, in this order. */
export const ATTACHMENT_INJURY_KEYS = [...new Set(ATTACHMENT_INJURY_STEPS.map((s) => s.key))];

function attachmentInjurySteps(sections: readonly Section[]): TalkStep[] {
  const section = (key: string): Section => sections.find((s) => s.key === key) ?? { key, title: key, prompt: "" };
  return ATTACHMENT_INJURY_STEPS.map((step): TalkStep => {
    if (step.kind === "speak") return { kind: "speak", speaker: step.speaker, section: section(step.key) };
    if (step.kind === "reflect") return { kind: "reflect", listener: step.listener, section: section(step.key) };
    return { kind: "together", section: section(step.key) };
  });
}

/**
 * The steps of a talk with this template. An open talk: each partner speaks once and is reflected
 * back; the "state of us" walks its sections the same way. The partner who scheduled the
 * talk speaks first. The attachment-injury talk follows its own sequence (above).
 */
export function talkSteps(template: string, content: TalkTemplateContent): TalkStep[] {
  const steps: TalkStep[] =
    template === "attachment-injury"
      ? attachmentInjurySteps(content.attachmentInjury)
      : (template === "state-of-us" ? [...content.stateOfUs] : [undefined]).flatMap((section): TalkStep[] => [
          { kind: "speak", speaker: "first", section },
          { kind: "reflect", listener: "second", section },
          { kind: "speak", speaker: "second", section },
          { kind: "reflect", listener: "first", section },
        ]);
  steps.push({ kind: "close" });
  return steps;
}

export const TALK_TEMPLATES = ["", "state-of-us", "attachment-injury"] as const;
export type TalkTemplate = (typeof TALK_TEMPLATES)[number];
