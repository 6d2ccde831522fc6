import { answersKind } from "@/lib/entries/kinds/answers";

/** A private look inward; sensitive, so it always starts private (DESIGN.md). */
export const reflection = answersKind("reflection", { noun: "a reflection", title: "Reflection", defaultVisibility: "private" });
