"use client";

import { useSyncExternalStore } from "react";
import { formatDistanceToNow } from "date-fns";
import { formatMoment, formatMomentHere } from "@/lib/intl";

const subscribe = () => () => {};

/** Mend's one date style (lib/intl.ts), with or without the time. */
const STYLES = { date: {}, datetime: { time: true } } as const;

type Format = keyof typeof STYLES | "relative";

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
    text = formatMoment(date, "UTC", STYLES[utc]) + (utc === "datetime" ? " UTC" : "");
  } else {
    text = format === "relative" ? formatDistanceToNow(date, { addSuffix: true }) : formatMomentHere(date, STYLES[format]);
  }
  return <time dateTime={iso}>{text}</time>;
}
