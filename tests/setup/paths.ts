import path from "node:path";

// One folder per test run (MEND_TEST_RUN is set once in vitest.config.mts), so runs never share files.
export const TMP_DIR = path.resolve(__dirname, "..", ".tmp", `run-${process.env.MEND_TEST_RUN ?? process.pid}`);
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const ROOT = path.resolve(__dirname, "..", "..");
