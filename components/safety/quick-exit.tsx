"use client";

import { useEffect, useRef } from "react";
import { QUICK_EXIT_FLAG } from "@/components/safety/quick-exit-flag";
import { escapeShortcut } from "@/components/safety/escape-shortcut";

/**
 * Leaves Mend at once for a neutral site. `location.replace` swaps this page's history entry for the
 * neutral site, so Back does not come back to it; the page is blanked first so nothing lingers on
 * screen while the other site loads. Earlier pages of Mend stay in the tab's history: the flag tells
 * them to leave too if Back shows them again (quick-exit-guard.tsx).
 */
function leave(url: string) {
  try {
    sessionStorage.setItem(QUICK_EXIT_FLAG, "1");
  } catch {
    // Storage switched off: the exit itself still works.
  }
  document.title = "";
  document.body.style.visibility = "hidden";
  window.location.replace(url);
}

/** `leave`, unless this page is already leaving. */
function leaveOnce(leaving: { current: boolean }, url: string) {
  if (leaving.current) return;
  leaving.current = true;
  leave(url);
}

export function QuickExit({ url }: { url: string }) {
  const bar = useRef<HTMLElement>(null);
  // Once leaving, the button and Escape do nothing more: a second `location.replace` would cancel
  // or follow the first. A page the browser shows again from its back-forward cache can leave again.
  const leaving = useRef(false);

  useEffect(() => {
    const press = escapeShortcut();
    const element = bar.current;
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape" && press(Date.now())) leaveOnce(leaving, url);
    }
    function onShow(event: PageTransitionEvent) {
      if (event.persisted) leaving.current = false;
    }
    // Capture phase: a dialog or menu that handles Escape itself still counts towards the three.
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("pageshow", onShow);
    // Until the page has hydrated only the button works; this says when Escape is listened for.
    element?.setAttribute("data-armed", "");
    return () => {
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("pageshow", onShow);
      element?.removeAttribute("data-armed");
    };
  }, [url]);

  return (
    // A bar of its own at the top of every page, in the page's flow: it takes its own space, so it
    // never covers a field or a button (a floating button did, at 375 px), and it stays in reach
    // while the page scrolls. A landmark, so screen-reader users find it in the landmarks list.
    <aside
      ref={bar}
      aria-label="Quick exit"
      className="no-print sticky top-0 z-40 border-b border-line bg-paper/95 backdrop-blur print:hidden"
      data-testid="quick-exit-bar"
    >
      <div className="mx-auto flex max-w-5xl items-center justify-end gap-3 px-4 py-1">
        <p className="hidden text-xs text-muted sm:block" aria-hidden="true">
          Press Esc three times to leave at once
        </p>
        <button
          type="button"
          onClick={() => leaveOnce(leaving, url)}
          data-testid="quick-exit"
          className="inline-flex min-h-9 items-center rounded-full bg-ink px-4 py-1 text-sm font-semibold text-white hover:bg-black focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          Quick exit<span className="sr-only">: leave this site now (or press Escape three times)</span>
        </button>
      </div>
    </aside>
  );
}
