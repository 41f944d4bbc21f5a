/**
 * `node bench/ab.mjs OTHER_CHECKOUT`: is this checkout's fresh render cheaper or dearer than
 * another's? Both servers run at once on their own demo newsroom with PAGE_CACHE=off; in
 * alternating order, each is sent the same fixed number of requests for the same pages, and
 * the user-mode CPU time its process spent (all threads, from /proc) is divided by the
 * requests. CPU time per request, unlike requests per second, hardly moves when other work
 * shares the machine, so two builds can be compared on a busy machine; the rounds are
 * interleaved so that drift hits both alike, and the median of the rounds is reported.
 *
 * Both checkouts must be built (`node scripts/build.mjs`) with their own node_modules.
 * Settings: AB_ROUNDS (default 7), AB_REQUESTS (per page and round, default 2000).
 * Linux only (reads /proc/<pid>/stat).
 * @example node bench/ab.mjs /work/wt-old   # prints µs of CPU per request, old vs this
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { benchScratch } from './scratch.mjs';

const HERE = resolve(import.meta.dirname, '..');
const OTHER = process.argv[2] ? resolve(process.argv[2]) : null;
const ROUNDS = Number(process.env.AB_ROUNDS ?? 7);
const REQUESTS = Number(process.env.AB_REQUESTS ?? 2000);
const CONNECTIONS = 8;
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;
const NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=20'];
/** The pages of the reader bench: one English-only article, the English home, a section. */
const PAGES = [
  ['article', (links) => links.article],
  ['/en/', () => '/en/'],
  ['/en/politics', () => '/en/politics'],
];

if (!OTHER || !existsSync(join(OTHER, 'dist', 'cli.js'))) {
  console.error('ab: give the other checkout, built (dist/cli.js), as the first argument');
  process.exit(2);
}
if (!existsSync(join(HERE, 'dist', 'cli.js'))) {
  console.error('ab: build this checkout first (node scripts/build.mjs)');
  process.exit(2);
}

const { dataRoot, children, cleanUp } = benchScratch('shortwave-ab-');

/** Starts `serve` of one checkout; resolves with its URL once it listens. */
function serve(checkout, dataDir, pageCache) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, join(checkout, 'dist', 'cli.js'), 'serve'], {
      cwd: checkout,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: dataDir,
        PAGE_CACHE: pageCache,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${checkout} did not start: ${output}`)), 180_000);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, url: match[1] });
      }
    });
    child.once('exit', (code) => {
      children.delete(child);
      clearTimeout(timer);
      fail(new Error(`${checkout} exited (${code}): ${output}`));
    });
  });
}

async function stop(server) {
  const ended = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  await ended;
}

/**
 * User-mode CPU seconds the process has used so far, all threads. Kernel time is left out on
 * purpose: it is mostly the socket writes, whose cost swings with how busy the machine is
 * (waking the load generator), not with what the build does.
 */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) / TICKS;
}

function fire(url, amount) {
  return new Promise((done, fail) => {
    autocannon({ url, connections: CONNECTIONS, amount }, (error, result) => {
      if (error) fail(error);
      else if (result.non2xx > 0 || result.errors > 0) fail(new Error(`${url}: ${result.non2xx} non-2xx`));
      else done(result);
    });
  });
}

/** One checkout's server with the demo loaded, restarted with the page cache off. */
async function prepare(name, checkout) {
  const dataDir = join(dataRoot, name);
  const first = await serve(checkout, dataDir, 'on');
  const home = await (await fetch(`${first.url}/en/`)).text();
  // The same article on both sides: the demo's story on the strong franc (English only).
  const article = /href="(\/en\/[^"]*franc[^"]*)"/.exec(home)?.[1];
  if (!article) throw new Error(`${name}: the article on the strong franc is not linked from /en/`);
  await stop(first);
  const server = await serve(checkout, dataDir, 'off');
  return { name, server, links: { article } };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const sides = [await prepare('other', OTHER), await prepare('this', HERE)];
  const perRequest = new Map();
  for (const side of sides) for (const [, url] of PAGES) await fire(side.server.url + url(side.links), 500);
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const [page, url] of PAGES) {
      for (const side of order) {
        const pid = side.server.child.pid;
        const before = cpuSeconds(pid);
        await fire(side.server.url + url(side.links), REQUESTS);
        await sleep(50);
        const micros = ((cpuSeconds(pid) - before) / REQUESTS) * 1e6;
        const key = `${page}|${side.name}`;
        perRequest.set(key, [...(perRequest.get(key) ?? []), micros]);
      }
    }
    process.stderr.write(`ab: round ${round + 1}/${ROUNDS}\n`);
  }
  console.log(`User CPU time per fresh render (µs, median of ${ROUNDS} rounds of ${REQUESTS} requests)`);
  console.log(`page            other (${OTHER})   this   this/other`);
  for (const [page, url] of PAGES) {
    const sizes = await Promise.all(
      sides.map(
        async (side) => (await (await fetch(side.server.url + url(side.links))).arrayBuffer()).byteLength,
      ),
    );
    console.log(`${page}: ${sizes[0]} bytes (other), ${sizes[1]} bytes (this)`);
    const other = median(perRequest.get(`${page}|other`));
    const mine = median(perRequest.get(`${page}|this`));
    const rounds = (side) =>
      perRequest
        .get(`${page}|${side}`)
        .map((v) => v.toFixed(0))
        .join(' ');
    console.log(
      `${page.padEnd(15)} ${other.toFixed(0).padStart(6)} ${mine.toFixed(0).padStart(6)}   ${((mine / other) * 100).toFixed(1)} %`,
    );
    console.log(`  rounds other: ${rounds('other')}; this: ${rounds('this')}`);
  }
  for (const side of sides) await stop(side.server);
}

main()
  .catch((error) => {
    console.error(`ab: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
