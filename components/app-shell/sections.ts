// The signed-in app's sections, once: the header, the phone's bottom bar and the "More" menu read
// this list. `primary` sections sit in the bar itself; the rest are one tap away under "More".
import { stageHref } from "@/lib/content/stage-features";

export type Section = {
  label: string;
  href: string;
  /** Paths that count as being in this section (the link's own path when absent). */
  paths?: string[];
  /** In the phone's bottom bar (at most four, beside "More"). */
  phone?: boolean;
  /** In the header's row on a wider screen. */
  desktop?: boolean;
};

export const SECTIONS: readonly Section[] = [
  { label: "Journey", href: "/app", paths: ["/app", "/app/stages"], phone: true, desktop: true },
  { label: "Check-in", href: "/app/check-in", phone: true, desktop: true },
  { label: "Timeline", href: "/app/timeline", desktop: true },
  { label: "Talks", href: "/app/talks", phone: true, desktop: true },
  { label: "Agreements", href: "/app/agreements", phone: true, desktop: true },
  { label: "Questions", href: "/app/questions", desktop: true },
  { label: "Commitments", href: stageHref("commitments", "commitments"), paths: [] },
  { label: "Triggers", href: "/app/triggers" },
  { label: "Safety", href: "/app/safety" },
  { label: "Sharing", href: "/app/settings/sharing" },
  { label: "Settings", href: "/app/settings" },
];

/** The section a path belongs to: the longest matching path wins ("/app/settings/sharing" is Sharing). */
export function currentSection(pathname: string): Section | undefined {
  let best: { section: Section; length: number } | undefined;
  for (const section of SECTIONS) {
    for (const path of section.paths ?? [section.href]) {
      const hit = path === "/app" ? pathname === "/app" : pathname === path || pathname.startsWith(`${path}/`);
      if (hit && (!best || path.length > best.length)) best = { section, length: path.length };
    }
  }
  return best?.section;
}
