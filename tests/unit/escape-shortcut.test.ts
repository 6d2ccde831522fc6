import { describe, expect, it } from "vitest";
import { ESC_WINDOW_MS, escapeShortcut } from "@/components/safety/escape-shortcut";

// The quick exit's keyboard shortcut (components/safety/quick-exit.tsx): Escape three times within
// the window leaves, once. A fourth press while the neutral site loads must not start a second
// navigation: it cancelled or followed the first (the e2e suite saw Back aborted by it).
describe("Escape three times", () => {
  it("fires on the third press within the window", () => {
    const press = escapeShortcut();
    expect([press(0), press(100), press(200)]).toEqual([false, false, true]);
  });

  it("does not fire for presses spread wider than the window", () => {
    const press = escapeShortcut();
    expect([press(0), press(100), press(100 + ESC_WINDOW_MS)]).toEqual([false, false, false]);
    // The last press still counts towards the next three.
    expect([press(100 + ESC_WINDOW_MS + 10), press(100 + ESC_WINDOW_MS + 20)]).toEqual([false, true]);
  });

  it("fires once for a burst, however long it goes on; three more after a pause do again", () => {
    const press = escapeShortcut();
    const burst = [0, 50, 100, 150, 200, 250, 300, 350, 400];
    const later = [400 + ESC_WINDOW_MS, 450 + ESC_WINDOW_MS, 500 + ESC_WINDOW_MS];
    const answers = [...burst, ...later].map((t) => press(t));
    expect(answers.flatMap((fired, i) => (fired ? [i] : []))).toEqual([2, burst.length + 2]);
  });

  it("a slow, steady burst counts as one", () => {
    const press = escapeShortcut();
    // Three presses fit in the window; each press comes before the window after the last one ends.
    const step = Math.floor(ESC_WINDOW_MS / 2) - 50;
    const answers = Array.from({ length: 8 }, (_, i) => press(i * step));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });
});
