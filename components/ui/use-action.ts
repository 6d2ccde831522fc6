"use client";

import { useActionState, useState, useTransition, type FormEvent } from "react";
import { unstable_rethrow } from "next/navigation";
import { refuse, type ActionResult, type FieldErrors } from "@/lib/validation/result";

// The two ways a component calls a server action (lib/server/actions.ts defines them all as
// `(prevState, formData)`): a form uses useActionForm, a button or checkbox uses useActionButton.
// Both always surface what went wrong; nothing a person does fails silently.

type Action<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

const UNREACHABLE = "That didn't go through: the connection dropped or something went wrong on our side. Please try again.";
const FAILED = "That didn't save. Please try again.";

/**
 * Runs an action: a network failure or a server error becomes a form error. A redirect from the
 * action (sign in again, on to the next page) arrives as a thrown error and is passed on to
 * Next's router, which handles it.
 */
async function call<T>(action: Action<T>, prev: unknown, form: FormData): Promise<ActionResult<T>> {
  try {
    return await action(prev, form);
  } catch (error) {
    unstable_rethrow(error);
    return refuse(UNREACHABLE);
  }
}

/**
 * A form: useActionState, submitted through onSubmit rather than <form action>. React resets a
 * form after every <form action> call, even when the server answered with field errors, which
 * would wipe what a person just wrote. Here nothing is reset unless onSuccess does it.
 */
export function useActionForm<T>(action: Action<T>, { onSuccess }: { onSuccess?: (data: T, form: FormData) => void | Promise<void> } = {}) {
  const [state, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(async (prev, form) => {
    const result = await call(action, prev, form);
    if (result.ok) await onSuccess?.(result.data, form);
    return result;
  }, null);
  const [submitting, start] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const form = new FormData(event.currentTarget, submitter);
    start(() => dispatch(form));
  }
  const failed = state && !state.ok ? state : null;
  // "Saved" holds from a successful answer until the person edits the form again: each answer is a
  // new state object, so remembering the one that was showing at the last edit is enough.
  const [editedAt, setEditedAt] = useState<typeof state>(null);
  return {
    state,
    pending: pending || submitting,
    onSubmit,
    /** True after a successful save, until the form is edited (spread `onEdit` as the form's onChange). */
    saved: Boolean(state?.ok) && editedAt !== state,
    onEdit: () => setEditedAt(state),
    fieldErrors: failed?.fieldErrors ?? ({} as FieldErrors),
    // Cleared while the next attempt runs: the same error again is then announced again.
    formError: pending || submitting ? undefined : failed?.formError,
  };
}

/**
 * A button or checkbox: sends `fields` as hidden form fields, in a transition. `optimistic`
 * runs first inside the same transition (for useOptimistic). `error` is the message to show
 * next to the control: the form error, else the first field error.
 */
export function useActionButton<T>(action: Action<T>, { onSuccess }: { onSuccess?: (data: T) => void | Promise<void> } = {}) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  function run(fields: Record<string, string> = {}, optimistic?: () => void) {
    start(async () => {
      setError(undefined);
      optimistic?.();
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      const result = await call(action, null, form);
      if (result.ok) await onSuccess?.(result.data);
      else setError(result.formError ?? Object.values(result.fieldErrors).find((messages) => messages?.length)?.[0] ?? FAILED);
    });
  }
  return { pending, run, error };
}
