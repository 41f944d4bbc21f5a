/**
 * The baseline for `npm run bench`: a bare Node `http` server that answers each path with
 * bytes held in memory, and nothing else. bench/run.mjs starts it with a manifest file,
 * a JSON array of { path, file, brFile, contentType }, whose files hold the pages Shortwave
 * served, plain and brotli-compressed; a request that accepts brotli gets the latter.
 * Prints `listening on http://127.0.0.1:PORT` once ready, like `shortwave serve`.
 * @example node bench/bare-server.mjs /tmp/pages.json
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const manifestPath = process.argv[2];
if (!manifestPath) {
  console.error('usage: node bench/bare-server.mjs MANIFEST.json');
  process.exit(2);
}

const pages = new Map();
for (const page of JSON.parse(readFileSync(manifestPath, 'utf8'))) {
  const body = readFileSync(page.file);
  const br = readFileSync(page.brFile);
  pages.set(page.path, {
    body,
    headers: {
      'content-type': page.contentType,
      vary: 'Accept-Encoding',
      'content-length': String(body.length),
    },
    br,
    brHeaders: {
      'content-type': page.contentType,
      vary: 'Accept-Encoding',
      'content-encoding': 'br',
      'content-length': String(br.length),
    },
  });
}

const server = createServer((req, res) => {
  const page = pages.get(req.url);
  if (!page) {
    res.writeHead(404, { 'content-type': 'text/plain', 'content-length': '10' });
    res.end('not found\n');
    return;
  }
  if (req.headers['accept-encoding']?.includes('br')) {
    res.writeHead(200, page.brHeaders);
    res.end(page.br);
    return;
  }
  res.writeHead(200, page.headers);
  res.end(page.body);
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on http://127.0.0.1:${address.port}`);
});

const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
