import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { Button } from "@/components/ui/button";

export const inputClass =
  "block w-full rounded-lg border border-line bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-muted/70 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 aria-[invalid=true]:border-red-700";

type FieldShellProps = {
  label: string;
  hint?: string;
  errors?: string[];
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => React.ReactNode;
  className?: string;
};

/** A visible label, an optional hint and field-level errors wired up with aria-describedby. */
export function FieldShell({ label, hint, errors, children, className }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children({ id, describedBy, invalid: Boolean(errorId) })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800" role="alert">
          {errors![0]}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = React.InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; errors?: string[] };

export function InputField({ label, hint, errors, className, ...props }: InputFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} className={className}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClass} {...props} />
      )}
    </FieldShell>
  );
}

type TextareaFieldProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: string; errors?: string[] };

export function TextareaField({ label, hint, errors, className, ...props }: TextareaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={cn(inputClass, "min-h-28")}
          {...props}
        />
      )}
    </FieldShell>
  );
}

// Live regions are always in the DOM, empty until there is something to say: a screen reader
// announces what is put into a region it already knows, not reliably a region that appears with
// its text. Each message is cleared while the next attempt runs (use-action.ts, SubmitRow), so a
// second "Saved." or the same error again is a change, and is announced again.

export function FormError({ message }: { message?: string }) {
  return (
    <div role="alert" className="empty:m-0">
      {message ? <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">{message}</p> : null}
    </div>
  );
}

/** An action's error beside the button or checkbox that caused it. */
export function InlineError({ message, className }: { message?: string; className?: string }) {
  return (
    <p role="alert" className={cn("text-sm text-red-800 empty:m-0", className)}>
      {message}
    </p>
  );
}

/**
 * A form's submit button, anything that goes beside it (a Cancel), and once the action succeeded
 * what happened, announced to screen readers.
 */
export function SubmitRow({
  pending,
  label,
  status,
  statusTestId,
  children,
}: {
  pending: boolean;
  label: React.ReactNode;
  /** Shown while truthy: what the save did, in words. */
  status?: React.ReactNode;
  statusTestId?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
      {children}
      {/* Empty while a save runs, so the same words after the next one are announced again. */}
      <p role="status" className="text-sm text-brand-800" data-testid={statusTestId}>
        {!pending && status ? status : null}
      </p>
    </div>
  );
}
