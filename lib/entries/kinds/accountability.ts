import { answersKind } from "@/lib/entries/kinds/answers";

/** The four-part accountability statement: highlighted while written, answered by the other partner. */
export const accountability = answersKind("accountability", {
  noun: "an accountability statement",
  title: "Accountability statement",
  defaultVisibility: "partner",
  highlight: true,
  respondable: true,
});
