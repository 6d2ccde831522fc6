"use client";

import { useRef } from "react";
import { useActionForm } from "@/components/ui/use-action";

type Options<T> = Parameters<typeof useActionForm<T>>[1];

/**
 * useActionForm for a form that adds something new (a log, a trigger, a follow-up): after each
 * successful save it is cleared for the next one, then `onSuccess` runs. Put `formRef` on the form.
 */
export function useClearingForm<T>(action: Parameters<typeof useActionForm<T>>[0], { onSuccess }: Options<T> = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm<T>(action, {
    onSuccess: (data, submitted) => {
      formRef.current?.reset();
      return onSuccess?.(data, submitted);
    },
  });
  return { ...form, formRef };
}
