import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  // Apostrophes in JSX text are plain prose here; React escapes text anyway.
  { rules: { "react/no-unescaped-entities": "off" } },
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
];
export default config;
