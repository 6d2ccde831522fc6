// Mend's HTTP server: Next's request handler behind a plain node:http server, so every request
// carries the address of the connection it came on (x-mend-client, overwriting anything a client
// sent under that name). `next start` only offers X-Forwarded-For, which a client can fill in
// itself; throttling keys on this header instead (lib/server/client-address.ts).
// It also refuses bodies over the limit and cuts off slow ones (lib/cli/request-guard.mjs).
import http from "node:http";
import next from "next";
import { GuardedRequest, requestTimeouts } from "./request-guard.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
// Read first: a bad MEND_REQUEST_TIMEOUT_SECONDS stops the start before Next loads.
const timeouts = requestTimeouts();
// Under MEND_WORKERS (lib/cli/workers.mjs) this is one of several processes on the port: it says
// which in its log and in an x-mend-worker header, so an operator (and the tests) can tell.
const worker = process.env.MEND_WORKER ? `${process.env.MEND_WORKER}` : null;
const workerNote = worker ? ` (server process ${worker} of ${process.env.MEND_WORKERS}, pid ${process.pid})` : "";

const app = next({ dev, port, hostname: hostname ?? "localhost", turbopack: dev });
const handle = app.getRequestHandler();
await app.prepare();
const upgrade = app.getUpgradeHandler();

const { requestTimeout, headersTimeout, connectionsCheckingInterval } = timeouts;
const options = { IncomingMessage: GuardedRequest, requestTimeout, headersTimeout, connectionsCheckingInterval };
const server = http.createServer(options, (req, res) => {
  req.headers["x-mend-client"] = req.socket.remoteAddress ?? "unknown";
  if (worker) res.setHeader("x-mend-worker", worker);
  if (!req.guard(res, timeouts)) return;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on("upgrade", (req, socket, head) => upgrade(req, socket, head));
server.listen(port, hostname, () => console.log(`Mend is ready on http://${hostname ?? "localhost"}:${port}${workerNote}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
