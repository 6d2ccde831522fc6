/** Presses of Escape this close together count as one "Esc Esc Esc". */
export const ESC_WINDOW_MS = 1500;

/**
 * Counts presses of Escape; answers true when the press at `now` completes three within the window.
 * The count starts again after it answers true, so a fourth press while the neutral site loads is
 * not a second exit (a second `location.replace` cancels or follows the first).
 */
export function escapeShortcut(windowMs = ESC_WINDOW_MS) {
  let presses: number[] = [];
  return (now: number): boolean => {
    presses = [...presses.filter((t) => now - t < windowMs), now];
    if (presses.length < 3) return false;
    presses = [];
    return true;
  };
}
