"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js, which only shows an offline page when there is no connection and never
 * stores a page (signed in or not). Production only: a dev server's pages change under it.
 */
export function ServiceWorker({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without it Mend works the same, only without the offline page.
    });
  }, [enabled]);
  return null;
}
