import { answersKind } from "@/lib/entries/kinds/answers";

/** A letter, sent or not; sensitive, so it always starts private (DESIGN.md). */
export const letter = answersKind("letter", { noun: "a letter", title: "Letter", defaultVisibility: "private" });
