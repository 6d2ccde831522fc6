import path from "node:path";

export const TMP_DIR = path.resolve(__dirname, "..", ".tmp");
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const ROOT = path.resolve(__dirname, "..", "..");
