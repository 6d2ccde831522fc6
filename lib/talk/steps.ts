// The guided turns of a structured talk, as data: who speaks, who listens and reflects back, in
// order, ending with a closing step. Pure and client-safe, so the page and the server agree on
// how many steps there are.

export type TalkRole = "first" | "second";
export type TalkStep =
  | { kind: "speak"; speaker: TalkRole; section?: { key: string; title: string; prompt: string } }
  | { kind: "reflect"; listener: TalkRole; section?: { key: string; title: string; prompt: string } }
  | { kind: "close" };

type Section = { key: string; title: string; prompt: string };

/**
 * An open talk: each partner speaks once and is reflected back. The weekly "state of us" walks its
 * sections the same way. The partner who scheduled the talk speaks first.
 */
export function talkSteps(template: string, stateOfUs: readonly Section[]): TalkStep[] {
  const sections: (Section | undefined)[] = template === "state-of-us" ? [...stateOfUs] : [undefined];
  const steps: TalkStep[] = sections.flatMap((section) => [
    { kind: "speak", speaker: "first", section },
    { kind: "reflect", listener: "second", section },
    { kind: "speak", speaker: "second", section },
    { kind: "reflect", listener: "first", section },
  ]);
  steps.push({ kind: "close" });
  return steps;
}

export const TALK_TEMPLATES = ["", "state-of-us"] as const;
export type TalkTemplate = (typeof TALK_TEMPLATES)[number];
