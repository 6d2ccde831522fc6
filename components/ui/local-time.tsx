"use client";

import { useSyncExternalStore } from "react";
import { formatDistanceToNow } from "date-fns";
import { dateFormat } from "@/lib/intl";

const subscribe = () => () => {};

const OPTIONS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  longDate: { day: "numeric", month: "long", year: "numeric" },
  datetime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

type Format = keyof typeof OPTIONS | "relative";

/**
 * A date in the reader's own time zone (or "5 minutes ago" by the reader's clock). The server
 * knows neither, so it renders the UTC date (labelled when it has a time) and the browser swaps
 * in the reader's version right after hydration: server and first client render always match.
 * Every date a client component shows goes through here.
 */
export function LocalTime({ iso, format = "datetime" }: { iso: string; format?: Format }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  let text: string;
  if (!inBrowser) {
    const utc = format === "relative" ? "date" : format;
    text = dateFormat("en-GB", { ...OPTIONS[utc], timeZone: "UTC" }).format(date) + (utc === "datetime" ? " UTC" : "");
  } else {
    // Not cached: a formatter without a zone keeps the device's zone from when it was made (travel).
    text =
      format === "relative"
        ? formatDistanceToNow(date, { addSuffix: true })
        : new Intl.DateTimeFormat("en-GB", OPTIONS[format]).format(date);
  }
  return <time dateTime={iso}>{text}</time>;
}
