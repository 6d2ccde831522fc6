// `npm install`'s postinstall: generates both Prisma clients from the one schema source.
// prisma/postgres/schema.prisma is refreshed from prisma/schema.prisma first; each `prisma generate`
// runs with a DATABASE_URL of its provider, which is what picks the schema in prisma.config.ts.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { writePostgresSchema } from "./prisma-schemas.mjs";

writePostgresSchema();
const prisma = path.join("node_modules", "prisma", "build", "index.js");
for (const url of ["file:./data/generate.db", "postgresql://localhost/generate"]) {
  const result = spawnSync(process.execPath, [prisma, "generate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
