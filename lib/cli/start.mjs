// `npm start` (production) and `npm run dev`: first-run setup, migrations, a production
// build when none exists, then serve on PORT (default 3000).
import { spawn } from "node:child_process";
import { prepareEnvironment, migrate, run, nextBin, hasBuild } from "./setup.mjs";

const dev = process.argv.includes("--dev");
prepareEnvironment();
migrate();

if (!dev && (!hasBuild() || process.env.MEND_REBUILD === "1")) {
  console.log("Building Mend for production (first start only)...");
  run(process.execPath, [nextBin, "build"]);
}

const port = process.env.PORT || "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
