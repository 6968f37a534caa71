// The web app's production server: `next start`, plus the one thing `next start` cannot do, tell
// the app which address really connected. Next keeps a client's own X-Forwarded-For, so this
// server writes the socket's remote address into x-shop-peer-address (replacing whatever a
// client sent under that name), and the /api proxy builds X-Forwarded-For from it
// (src/lib/forwarded-for.ts).
// Usage: node server.mjs [-H hostname] [-p port]   (port defaults to PORT, then 3000)
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const PEER_ADDRESS_HEADER = 'x-shop-peer-address';

function option(names, fallback) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : fallback;
}

const hostname = option(['-H', '--hostname'], undefined);
const port = Number(option(['-p', '--port'], process.env.PORT ?? '3000'));
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('server.mjs: the port (-p or PORT) must be a number from 0 to 65535');
  process.exit(2);
}

process.env.NODE_ENV = 'production';
process.env.NEXT_TELEMETRY_DISABLED = '1';
const { default: next } = await import('next');
const app = next({
  dev: false,
  dir: fileURLToPath(new URL('.', import.meta.url)),
  hostname: hostname ?? 'localhost',
  port,
});
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress;
  if (peer === undefined) {
    delete request.headers[PEER_ADDRESS_HEADER];
  } else {
    request.headers[PEER_ADDRESS_HEADER] = peer;
  }
  handle(request, response).catch((error) => {
    console.error(`server.mjs: ${request.method} ${request.url} failed`, error);
    if (!response.headersSent) {
      response.statusCode = 500;
    }
    response.end();
  });
});
server.on('error', (error) => {
  console.error('server.mjs: cannot listen', error);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`ready on http://${hostname ?? 'localhost'}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
