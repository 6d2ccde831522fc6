import type { EntryKind } from "@/lib/validation/entry";

/**
 * Turns a submitted entry form into the JSON body for its kind. Validation happens after,
 * with the kind's zod schema; this only picks fields, so unknown fields are ignored.
 */
export function bodyFromForm(kind: EntryKind, form: FormData, previous?: Record<string, unknown>): unknown {
  const str = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : v === null ? undefined : null;
  };
  switch (kind) {
    case "prompt":
    case "reflection":
    case "accountability":
    case "letter": {
      const answers: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const v = form.get(`answer-${i}`);
        if (v === null) break;
        answers.push(typeof v === "string" ? v : null);
      }
      return { answers };
    }
    case "goal": {
      // Keep ticks on steps whose text did not change.
      const before = new Map(((previous?.steps as { text: string; done: boolean }[]) ?? []).map((s) => [s.text, s.done]));
      const raw = str("steps");
      const steps =
        typeof raw === "string"
          ? raw
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean)
              .map((text) => ({ text, done: before.get(text) ?? false }))
          : raw;
      return { title: str("title"), steps };
    }
    case "homework":
      return { text: str("text"), done: previous?.done ?? false, doneBy: previous?.doneBy };
    case "activity":
      return { title: str("title"), status: str("status") ?? previous?.status ?? "idea", plannedFor: str("plannedFor") ?? "" };
    case "memory":
      return { title: str("title"), text: str("text") ?? "", date: str("date") ?? "" };
    case "gratitude":
      return { text: str("text") };
  }
}
