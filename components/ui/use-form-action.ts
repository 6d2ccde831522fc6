"use client";

import { useActionState, useTransition, type FormEvent } from "react";

/**
 * useActionState, submitted through onSubmit rather than <form action>. React resets a
 * form after every <form action> call, even when the server answered with field errors,
 * which would wipe what a person just wrote. Here nothing is reset unless we choose to.
 */
export function useFormAction<S>(action: (prev: S | null, form: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState<S | null, FormData>(action, null);
  const [transitionPending, start] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const form = new FormData(event.currentTarget, submitter);
    start(() => dispatch(form));
  }
  return { state, pending: pending || transitionPending, onSubmit };
}
