/** Presses of Escape this close together count as one "Esc Esc Esc". */
export const ESC_WINDOW_MS = 1500;

/**
 * Counts presses of Escape; answers true when the press at `now` completes three within the window.
 * It answers true once per burst: a person frightened enough to press on and on (a fourth, a
 * sixth press while the neutral site loads) is not asking twice, and a second `location.replace`
 * cancels or follows the first. A burst ends after a pause as long as the window.
 */
export function escapeShortcut(windowMs = ESC_WINDOW_MS) {
  let presses: number[] = [];
  let fired = false;
  let last = -Infinity;
  return (now: number): boolean => {
    const sameBurst = now - last < windowMs;
    last = now;
    if (fired && sameBurst) return false;
    fired = false;
    presses = [...presses.filter((t) => now - t < windowMs), now];
    if (presses.length < 3) return false;
    presses = [];
    fired = true;
    return true;
  };
}
