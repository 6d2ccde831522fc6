"use client";

import { useEffect, useRef } from "react";
import { QUICK_EXIT_FLAG } from "@/components/safety/quick-exit-flag";

/** Presses of Escape this close together count as one "Esc Esc Esc". */
const ESC_WINDOW_MS = 1500;

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

export function QuickExit({ url }: { url: string }) {
  const presses = useRef<number[]>([]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const now = Date.now();
      presses.current = [...presses.current.filter((t) => now - t < ESC_WINDOW_MS), now];
      if (presses.current.length >= 3) leave(url);
    }
    // Capture phase: a dialog or menu that handles Escape itself still counts towards the three.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [url]);

  return (
    // A landmark of its own, so screen-reader users find it in the landmarks list on every page.
    <aside aria-label="Quick exit" className="no-print">
      <button
        type="button"
        onClick={() => leave(url)}
        data-testid="quick-exit"
        className="no-print fixed bottom-3 right-3 z-50 inline-flex min-h-11 items-center gap-1 rounded-full bg-ink px-4 py-2 text-sm font-semibold text-white shadow-lg hover:bg-black focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
      >
        Quick exit<span className="sr-only">: leave this site now (or press Escape three times)</span>
      </button>
    </aside>
  );
}
