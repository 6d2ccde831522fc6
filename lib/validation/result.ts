// What every server action answers, and the one way to refuse. Kept apart from form.ts (which
// loads zod) so client code that only reads answers, such as components/ui/use-action.ts, stays light.

export type FieldErrors = Record<string, string[] | undefined>;

/** What every server action returns: forms show `fieldErrors` next to the fields. */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; formError?: string };

/**
 * The one way to refuse: a message for the whole form (no field to point at), nothing changed.
 * A unit test (tests/unit/one-way.test.ts) fails when another module writes its own.
 */
export const refuse = (formError: string): ActionResult<never> => ({ ok: false, fieldErrors: {}, formError });
