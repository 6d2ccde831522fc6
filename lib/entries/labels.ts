// Who may see an entry and whom an exercise is written for: the values and the words for them, once.

export const VISIBILITIES = ["private", "partner", "therapist"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VISIBILITY_LABELS: Record<Visibility, { label: string; hint: string }> = {
  private: { label: "Only me", hint: "Private. Your partner and any therapist link can never see it." },
  partner: { label: "Me and my partner", hint: "Shared with your partner." },
  therapist: { label: "Partner and therapist", hint: "Shared with your partner and with therapist links that include entries." },
};

export const AUDIENCES = ["both", "hurt", "involved"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Whom a stage or exercise is mainly for, as the end of "mainly for …" / "For …". */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  both: "both of you",
  hurt: "the partner who was hurt",
  involved: "the partner who broke trust",
};
