import { InlineError } from "@/components/ui/field";

/** The browser's time zone, sent with the form, and the error if the server refused it. */
export function TimeZoneInput({ errors }: { errors?: string[] }) {
  return (
    <>
      <input
        type="hidden"
        name="timeZone"
        value={typeof Intl === "undefined" ? "UTC" : Intl.DateTimeFormat().resolvedOptions().timeZone}
        suppressHydrationWarning
      />
      {errors?.[0] && <InlineError message={errors[0]} />}
    </>
  );
}
