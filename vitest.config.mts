import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Evaluated once in the main process; workers inherit it (tests/setup/paths.ts).
process.env.MEND_TEST_RUN ??= String(process.pid);
// Cheap argon2 parameters for every hash the suite makes (lib/server/auth/password.ts; lib/server/env.ts
// refuses the setting outside tests and loopback servers). tests/unit/password-cost.test.ts pins production's.
process.env.MEND_TEST_PASSWORD_HASHING ??= "fast";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Component build; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/unit/**/*.test.ts"],
    // `npm run bench:sealing` (figures, never pass/fail; `npm test` doesn't run them).
    benchmark: { include: ["tests/bench/**/*.bench.ts"] },
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/worker-setup.ts"],
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: 1 on a 2-core CI machine. The test files
    // wait on SQLite files, child processes and timers as much as on the CPU (docs/testing.md).
    maxWorkers: Math.max(2, os.availableParallelism()),
    // For hangs, not for speed: a loaded 2-core machine runs two workers plus prisma CLI and server children.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
