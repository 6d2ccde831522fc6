"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

const OPTIONS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  datetime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date in the reader's own time zone. The server doesn't know that zone, so it renders
 * UTC (labelled) and the browser swaps in local time right after hydration.
 */
export function LocalTime({ iso, format = "datetime" }: { iso: string; format?: keyof typeof OPTIONS }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = inBrowser
    ? new Intl.DateTimeFormat("en-GB", OPTIONS[format]).format(date)
    : new Intl.DateTimeFormat("en-GB", { ...OPTIONS[format], timeZone: "UTC" }).format(date) + (format === "datetime" ? " UTC" : "");
  return <time dateTime={iso}>{text}</time>;
}
