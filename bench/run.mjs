/**
 * `npm run bench`: measures the reader site against the performance targets, in one run on
 * one machine, and rewrites bench/README.md with the figures.
 *
 * 1. Throughput and latency of three pages (an article, /en/, /en/politics): a bare Node
 *    `http` server answering the same bytes from memory (the baseline), then Shortwave with
 *    PAGE_CACHE=on, then with PAGE_CACHE=off; one after the other, never at the same time.
 *    The baseline and the cached pages are asked for with a browser's Accept-Encoding (brotli
 *    bytes); the cached pages also without it (plain bytes, as before compression), and the
 *    fresh renders without it (the cost of rendering alone).
 *    Bytes on the wire of each page, plain, gzip and brotli, and the download time they mean
 *    on slow mobile networks (bench/wire.mjs).
 * 2. Resident memory of the Shortwave process under that load (VmHWM and VmRSS).
 * 3. Start to first page: spawning `shortwave serve` on an existing database until an
 *    article page answers 200 (median of 5 starts).
 * 4. Publish to visible: a PATCH of a published headline until /en/ shows it, with the page
 *    cache on, polling every 10 ms (median of 10 tries).
 *
 * Everything runs on loopback in a temporary data directory, which is removed at the end;
 * only the processes started here are stopped, by their PID.
 * The load generator shares the machine with the server, so the bench waits for other
 * processes to leave the CPU alone, takes a disturbed measurement again, and reports how much
 * CPU other processes used during each measurement.
 * Settings: BENCH_SECONDS (length of each measurement, default 8), BENCH_ROUNDS (measurements
 * of each page and server, the median reported, default 3), BENCH_QUIET_WAIT (longest wait for
 * a quiet machine before a measurement, default 30 s).
 * @example node scripts/build.mjs && BENCH_SECONDS=8 node bench/run.mjs
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { keptSections, README } from './readme-section.mjs';
import { benchScratch } from './scratch.mjs';
import { PROFILES, WIRE_HEADERS, wireOf, wireRows } from './wire.mjs';

const ROOT = join(import.meta.dirname, '..');
const BUILT_CLI = join(ROOT, 'dist', 'cli.js');
const BARE_SERVER = join(import.meta.dirname, 'bare-server.mjs');
const HOST = '127.0.0.1';
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = Math.max(1, Math.min(2, Math.round(SECONDS / 4)));
/** Each measurement is taken this many times; the median round (by req/s) is reported. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const QUIET_WAIT = Number(process.env.BENCH_QUIET_WAIT ?? 30);
/** A measurement that other processes disturbed is taken again, at most this many times in all. */
const ATTEMPTS = 3;
const STARTS = 5;
const PUBLISH_TRIES = 10;
const POLL_MS = 10;
const MiB = 1024 * 1024;
/** What Chrome sends: the cached pages and the baseline are measured with it. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };

if (!Number.isFinite(SECONDS) || SECONDS < 1 || SECONDS > 600) {
  console.error('bench: BENCH_SECONDS must be a number of seconds from 1 to 600');
  process.exit(2);
}
if (!Number.isFinite(QUIET_WAIT) || QUIET_WAIT < 0 || QUIET_WAIT > 600) {
  console.error('bench: BENCH_QUIET_WAIT must be a number of seconds from 0 to 600');
  process.exit(2);
}
if (!existsSync(BUILT_CLI)) {
  console.error('bench: dist/cli.js is missing; build first with `node scripts/build.mjs`');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Processes and the temporary directory, cleaned up on every way out

const { dataRoot, children, cleanUp } = benchScratch('shortwave-bench-');
const dataDir = join(dataRoot, 'data');
/**
 * The run uses a copy of dist/ taken now, so that a rebuild while it runs cannot give its
 * servers different code; the copy finds the project's node_modules through a symlink.
 */
const app = join(dataRoot, 'app');
mkdirSync(app);
cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module', private: true }));
symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
const CLI = join(app, 'dist', 'cli.js');
/** The Node flags `npm start` gives the server (package.json), so the bench measures the same process. */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=20'];
const build = {
  sha1: createHash('sha1').update(readFileSync(CLI)).digest('hex').slice(0, 12),
  builtAt: statSync(BUILT_CLI).mtime,
};

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** Spawns `node <args>`; resolves once it prints its `listening on` line. */
function startProcess(label, args, env, timeoutMs) {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, HOST, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk).slice(-20_000);
    };
    const exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        done(code ?? signal);
      }),
    );
    const timer = setTimeout(() => {
      stopProcess({ child, exited });
      reject(new Error(`${label} did not start within ${timeoutMs / 1000} s: ${output}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ label, child, pid: child.pid, url: match[1], exited, startedAt, output: () => output });
      }
    });
    child.stderr.on('data', keep);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${code}) before it was ready: ${output}`));
    });
  });
}

/** Stops a process this run started: SIGTERM, then SIGKILL after 5 s. */
async function stopProcess(proc) {
  const { child, exited } = proc;
  if (child.exitCode !== null || child.signalCode !== null) return;
  process.kill(child.pid, 'SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(5000, false, { ref: false })]);
  if (!killed) {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

/** Runs `shortwave <args>` to its end and returns its standard output. */
function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      children.delete(child);
      if (code === 0) resolve(stdout);
      else reject(new Error(`shortwave ${args.slice(0, 2).join(' ')} failed (${code}): ${stderr || stdout}`));
    });
  });
}

/** A free loopback port, so every Shortwave start uses the same one (and the same links). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers (a new connection each time, so no socket outlives its request)

function http(method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = request(
      url,
      {
        method,
        agent: false,
        headers: payload
          ? { ...headers, 'content-type': 'application/json', 'content-length': payload.length }
          : headers,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(10_000, () => req.destroy(new Error(`${method} ${url} timed out`)));
    req.once('error', reject);
    req.end(payload);
  });
}

async function getOk(url, headers = {}) {
  const res = await http('GET', url, { headers });
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
  return res;
}

// ---------------------------------------------------------------------------------------------
// Measurements

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function load(url, seconds, headers = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return {
    rps: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
  };
}

/** Warms up a server on one path, then measures it for SECONDS. */
/**
 * Waits, for at most QUIET_WAIT seconds, until other processes leave the CPU alone for a
 * second, so that the next measurement has the machine to itself as far as possible.
 */
async function waitForQuiet(what) {
  const until = performance.now() + QUIET_WAIT * 1000;
  let warned = false;
  for (;;) {
    const meter = cpuMeter();
    await sleep(1000);
    const others = meter();
    if (others === null || others <= BUSY) return;
    if (performance.now() > until) {
      log(`  the machine is still busy (${pct(others)} CPU for other processes); measuring ${what} anyway`);
      return;
    }
    if (!warned)
      log(`  other processes use ${pct(others)} of the CPU; waiting up to ${QUIET_WAIT} s before ${what}`);
    warned = true;
  }
}

/**
 * Takes a measurement (a result with `others`, the CPU share of other processes meanwhile)
 * after waiting for a quiet machine; takes it again, up to ATTEMPTS in all, while other
 * processes disturbed it, and keeps the least disturbed one.
 */
async function cleanest(what, take) {
  let best = null;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    await waitForQuiet(what);
    const result = await take();
    result.attempts = attempt;
    if (!best || (result.others ?? 0) < (best.others ?? 0)) best = { ...result, attempts: attempt };
    if (result.others === null || result.others <= BUSY) break;
    if (attempt < ATTEMPTS)
      log(`  other processes took ${pct(result.others)} of the CPU during ${what}; again`);
  }
  return best;
}

/**
 * Warms the server up on the page, then measures it ROUNDS times and answers the median round
 * (by req/s) with the req/s of every round; errors and non-2xx answers of all rounds count.
 */
async function measure(base, page, server, headers = {}) {
  await load(base + page.path, WARMUP_SECONDS, headers);
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    rounds.push(
      await cleanest(`${page.name} on ${server}`, async () => {
        const others = cpuMeter();
        const measured = await load(base + page.path, SECONDS, headers);
        return { ...measured, others: others() };
      }),
    );
  }
  const median = [...rounds].sort((a, b) => a.rps - b.rps)[Math.floor((rounds.length - 1) / 2)];
  const result = {
    ...median,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    timeouts: rounds.reduce((sum, r) => sum + r.timeouts, 0),
    others: rounds.every((r) => r.others === null) ? null : Math.max(...rounds.map((r) => r.others ?? 0)),
    rounds: rounds.map((r) => r.rps),
  };
  log(
    `${page.name.padEnd(12)} ${server.padEnd(17)} ${Math.round(result.rps)} req/s (rounds ${result.rounds.map(Math.round).join(', ')}), p50 ${result.p50} ms, p99 ${result.p99} ms, other CPU ${share(result.others)}`,
  );
  return result;
}

/** VmHWM (peak) and VmRSS (now) of a process, in MiB. */
function memoryOf(pid) {
  const status = readStatus(pid);
  const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { hwm: (kib('VmHWM') * 1024) / MiB, rss: (kib('VmRSS') * 1024) / MiB };
}

function readStatus(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

/** Jiffies of CPU time a process used (its own, plus its reaped children's with `withChildren`). */
function jiffiesOf(pid, withChildren) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    // After the name: state, ppid, ..., utime (11), stime (12), cutime (13), cstime (14).
    return fields[11] + fields[12] + (withChildren ? fields[13] + fields[14] : 0);
  } catch {
    return 0;
  }
}

function cpuSample() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    let own = jiffiesOf(process.pid, true);
    for (const child of children) own += jiffiesOf(child.pid, false);
    return { busy: total - fields[3] - fields[4], total, own };
  } catch {
    return null;
  }
}

/**
 * Starts watching the CPU; the function it returns gives the share of the whole machine
 * (all cores) that processes other than this bench and its children used meanwhile.
 */
function cpuMeter() {
  const before = cpuSample();
  return () => {
    const after = cpuSample();
    if (!before || !after || after.total === before.total) return null;
    const others = after.busy - before.busy - (after.own - before.own);
    return Math.max(0, others / (after.total - before.total));
  };
}

async function main() {
  const startedAt = new Date();
  const quiet = cpuMeter();
  await sleep(2000);
  const busyBefore = quiet();
  const wholeRun = cpuMeter();
  const loadBefore = os.loadavg()[0];
  if (busyBefore !== null && busyBefore > BUSY)
    log(`warning: the machine is busy before the run (${pct(busyBefore)} CPU); the figures may suffer`);
  const port = await freePort();
  const swEnv = (pageCache) => ({ DATA_DIR: dataDir, PORT: String(port), PAGE_CACHE: pageCache });
  const startShortwave = (pageCache, timeoutMs = 30_000) => {
    return startProcess(
      `shortwave serve (PAGE_CACHE=${pageCache})`,
      [...SERVER_NODE_FLAGS, CLI, 'serve'],
      swEnv(pageCache),
      timeoutMs,
    );
  };

  log(
    `data in ${dataDir}; ${SECONDS} s per measurement after ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections`,
  );

  // Setup: a staff user and token, then the first start loads the demo newsroom.
  await runCli([
    'user',
    'add',
    '--email',
    'bench@bench.test',
    '--name',
    'Bench',
    '--role',
    'editor',
    '--password',
    'bench-password-long-enough',
  ]);
  const token = (await runCli(['token', 'create', '--email', 'bench@bench.test']))
    .trim()
    .split('\n')
    .at(-1)
    .trim();
  log('loading the demo newsroom (first start on an empty database)');
  let sw = await startShortwave('on', 180_000);
  const demoSeconds = (performance.now() - sw.startedAt) / 1000;
  const base = sw.url;
  const home = (await getOk(`${base}/en/`)).body.toString('utf8');
  const articleHref = /<h3><a href="([^"]+)"/.exec(home)?.[1];
  if (!articleHref) throw new Error('found no article link (<h3><a href>) on /en/');
  const pages = [
    { name: 'article', path: articleHref },
    { name: '/en/', path: '/en/' },
    { name: '/en/politics', path: '/en/politics' },
  ];
  const manifest = [];
  for (const [i, page] of pages.entries()) {
    const res = await getOk(base + page.path);
    const br = await getOk(base + page.path, BROWSER);
    const gzip = await getOk(base + page.path, { 'accept-encoding': 'gzip, deflate' });
    if (br.headers['content-encoding'] !== 'br' || gzip.headers['content-encoding'] !== 'gzip')
      throw new Error(`${page.path} is not sent compressed to a browser`);
    if (!brotliDecompressSync(br.body).equals(res.body) || !gunzipSync(gzip.body).equals(res.body))
      throw new Error(`the compressed copies of ${page.path} are not the page`);
    page.bytes = res.body;
    page.brBytes = br.body;
    page.wire = wireOf(res, gzip, br);
    page.contentType = res.headers['content-type'];
    const file = join(dataRoot, `page-${i}.html`);
    const brFile = join(dataRoot, `page-${i}.html.br`);
    writeFileSync(file, page.bytes);
    writeFileSync(brFile, page.brBytes);
    manifest.push({ path: page.path, file, brFile, contentType: page.contentType });
  }
  const manifestFile = join(dataRoot, 'pages.json');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  await stopProcess(sw);

  // 1a. The baseline: the same bytes from a bare Node http server.
  const results = Object.fromEntries(pages.map((p) => [p.name, {}]));
  log('baseline: bare Node http server');
  const bare = await startProcess('bare server', [BARE_SERVER, manifestFile], {}, 10_000);
  for (const page of pages) {
    const res = await getOk(bare.url + page.path, BROWSER);
    if (!res.body.equals(page.brBytes))
      throw new Error(`the bare server answers other bytes for ${page.path}`);
    results[page.name].bare = await measure(bare.url, page, 'bare node http', BROWSER);
  }
  await stopProcess(bare);

  // 1b, 1c and 2. Shortwave with the page cache on, then off.
  const memory = {};
  const sameBytes = {};
  for (const [mode, pageCache] of [
    ['cached', 'on'],
    ['fresh', 'off'],
  ]) {
    log(`Shortwave, PAGE_CACHE=${pageCache}`);
    sw = await startShortwave(pageCache);
    const atStart = memoryOf(sw.pid);
    sameBytes[mode] = true;
    for (const page of pages) {
      // With the cache on, this first request also puts the page into the cache.
      const res = await getOk(sw.url + page.path);
      if (!res.body.equals(page.bytes)) sameBytes[mode] = false;
      if (mode === 'cached') {
        const br = await getOk(sw.url + page.path, BROWSER);
        if (!br.body.equals(page.brBytes)) sameBytes[mode] = false;
        results[page.name].cached = await measure(sw.url, page, 'Shortwave cached', BROWSER);
        results[page.name].plain = await measure(sw.url, page, 'Shortwave plain');
      } else {
        results[page.name][mode] = await measure(sw.url, page, `Shortwave ${mode}`);
      }
    }
    memory[mode] = { ...memoryOf(sw.pid), startHwm: atStart.hwm, startRss: atStart.rss };
    await stopProcess(sw);
  }

  // 3. Start to first page on the existing database.
  log(`start to first page, ${STARTS} starts`);
  const starts = [];
  let startsOthers = 0;
  const timeStart = async () => {
    const startCpu = cpuMeter();
    const t0 = performance.now();
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, CLI, 'serve'], {
      cwd: ROOT,
      env: { ...process.env, HOST, LOG_LEVEL: 'warn', ...swEnv('on') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-5000);
    });
    const exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        done(code ?? signal);
      }),
    );
    let seconds = null;
    while (performance.now() - t0 < 30_000 && child.exitCode === null) {
      const res = await http('GET', `http://${HOST}:${port}${articleHref}`).catch(() => null);
      if (res?.status === 200) {
        seconds = (performance.now() - t0) / 1000;
        break;
      }
      await sleep(2);
    }
    await stopProcess({ child, exited });
    if (seconds === null) throw new Error(`the server gave no article page within 30 s: ${stderr}`);
    // Measured after the stop: the child's CPU time then counts as this process's children's.
    return { seconds, others: startCpu() };
  };
  for (let i = 0; i < STARTS; i++) {
    const start = await cleanest(`start ${i + 1}`, timeStart);
    startsOthers = Math.max(startsOthers, start.others ?? 0);
    starts.push(start.seconds);
    log(`  start ${i + 1}: ${(start.seconds * 1000).toFixed(0)} ms, other CPU ${share(start.others)}`);
  }

  // 4. Publish to visible, with the page cache on.
  log(`publish to visible, ${PUBLISH_TRIES} tries`);
  sw = await startShortwave('on');
  const articleId = articleHref.split('/').at(-1);
  await waitForQuiet('the publishes');
  const publishCpu = cpuMeter();
  const publishes = [];
  for (let i = 0; i < PUBLISH_TRIES; i++) {
    await getOk(`${sw.url}/en/`); // the language home is in the cache before the change
    const headline = `Bench headline ${i + 1} ${Math.random().toString(36).slice(2, 10)}`;
    const t0 = performance.now();
    const patched = await http('PATCH', `${sw.url}/api/v1/articles/${articleId}`, {
      headers: { authorization: `Bearer ${token}` },
      body: { headline },
    });
    if (patched.status !== 200)
      throw new Error(`PATCH answered ${patched.status}: ${patched.body.toString('utf8').slice(0, 300)}`);
    const patchedAt = performance.now();
    let seconds = null;
    while (performance.now() - t0 < 10_000) {
      const res = await http('GET', `${sw.url}/en/`);
      if (res.status === 200 && res.body.includes(headline)) {
        seconds = (performance.now() - t0) / 1000;
        break;
      }
      await sleep(POLL_MS);
    }
    publishes.push({ seconds: seconds ?? Number.POSITIVE_INFINITY, patchSeconds: (patchedAt - t0) / 1000 });
    log(
      `  try ${i + 1}: ${seconds === null ? 'not visible after 10 s' : `${(seconds * 1000).toFixed(1)} ms`}`,
    );
    await sleep(50);
  }
  await stopProcess(sw);
  const publishOthers = publishCpu();

  const report = {
    startedAt,
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: os.totalmem() / 1024 ** 3,
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      loadBefore,
      loadAfter: os.loadavg()[0],
    },
    seconds: SECONDS,
    warmupSeconds: WARMUP_SECONDS,
    demoSeconds,
    pages: pages.map((p) => ({
      name: p.name,
      path: p.path,
      size: p.bytes.length,
      brSize: p.brBytes.length,
      wire: p.wire,
      ...results[p.name],
    })),
    sameBytes,
    memory,
    starts,
    publishes,
    others: { before: busyBefore, starts: startsOthers, publishes: publishOthers, run: wholeRun() },
    build,
  };
  const targets = evaluate(report);
  console.log(textReport(report, targets));
  writeFileSync(README, markdownReport(report, targets) + keptSections());
  log(`wrote ${README}`);
}

// ---------------------------------------------------------------------------------------------
// Targets and reports

const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const pct = (n) => `${(n * 100).toFixed(0)} %`;
const mib = (n) => `${n.toFixed(0)} MiB`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (page, mode) => page[mode].rps / page.bare.rps;
const share = (n) => (n === null || n === undefined ? '?' : pct(n));
/** More than this share of the machine used by other processes spoils a measurement. */
const BUSY = 0.1;
const disturbed = (others) => others !== null && others !== undefined && others > BUSY;
const latency = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const problems = (r) => r.errors + r.non2xx;

/** Each target of the issue: what was measured, the minimum and the product target, met or not. */
function evaluate(report) {
  const peak = Math.max(...Object.values(report.memory).map((m) => m.hwm));
  const start = median(report.starts);
  const publish = median(report.publishes.map((p) => p.seconds));
  const worstPublish = Math.max(...report.publishes.map((p) => p.seconds));
  const clean = (mode) => report.pages.every((p) => problems(p[mode]) === 0);
  const disturbedIn = (...modes) => report.pages.some((p) => modes.some((mode) => disturbed(p[mode].others)));
  const cached = report.pages.map((p) => ({ name: p.name, ratio: ratio(p, 'cached'), p99: p.cached.p99 }));
  const fresh = report.pages.map((p) => ({ name: p.name, rps: p.fresh.rps, p99: p.fresh.p99 }));
  const compressed = report.pages.map((p) => ({ name: p.name, share: p.cached.rps / p.plain.rps }));
  return [
    {
      target: `Cached page: ≥ 70 % of the bare server's req/s, p99 < 10 ms at ${CONNECTIONS} connections`,
      product: 'product target: ≥ 80 %, p99 < 5 ms',
      measured: cached.map((c) => `${c.name} ${pct(c.ratio)}, p99 ${c.p99} ms`).join('; '),
      met: clean('cached') && cached.every((c) => c.ratio >= 0.7 && c.p99 < 10),
      disturbed: disturbedIn('bare', 'cached'),
      productMet: clean('cached') && cached.every((c) => c.ratio >= 0.8 && c.p99 < 5),
    },
    {
      target:
        'Cached page sent brotli-compressed no slower than plain (issue 13), within the 10 % rounds differ by',
      product: '',
      measured: compressed.map((c) => `${c.name} ${pct(c.share)} of plain req/s`).join('; '),
      met: clean('cached') && clean('plain') && compressed.every((c) => c.share >= 0.9),
      disturbed: disturbedIn('cached', 'plain'),
      productMet: null,
    },
    {
      target: 'Fresh render (PAGE_CACHE=off): ≥ 1,000 req/s',
      product: 'product target: ≥ 3,000 req/s, p99 < 50 ms',
      measured: fresh.map((f) => `${f.name} ${int(f.rps)} req/s, p99 ${f.p99} ms`).join('; '),
      met: clean('fresh') && fresh.every((f) => f.rps >= 1000),
      disturbed: disturbedIn('fresh'),
      productMet: clean('fresh') && fresh.every((f) => f.rps >= 3000 && f.p99 < 50),
    },
    {
      target: 'Resident memory under load: < 150 MiB',
      product: 'product target: < 120 MiB',
      measured: `peak ${mib(peak)} (VmHWM; cache on ${mib(report.memory.cached.hwm)}, off ${mib(report.memory.fresh.hwm)})`,
      met: peak < 150,
      disturbed: false,
      productMet: peak < 120,
    },
    {
      target: 'First page within 1 s of start, existing database',
      product: 'product target: 0.5 s',
      measured: `median ${ms(start)} of ${report.starts.length} starts (slowest ${ms(Math.max(...report.starts))})`,
      met: start < 1,
      disturbed: disturbed(report.others.starts),
      productMet: start < 0.5,
    },
    {
      target: 'Publish visible within 1 s (page cache on)',
      product: '',
      measured: `median ${Number.isFinite(publish) ? ms(publish) : 'never'} of ${report.publishes.length} tries (slowest ${Number.isFinite(worstPublish) ? ms(worstPublish) : 'never'})`,
      met: publish < 1,
      disturbed: disturbed(report.others.publishes),
      productMet: null,
    },
  ];
}

const MODES = [
  ['bare', 'bare Node http (baseline), brotli'],
  ['cached', 'Shortwave, PAGE_CACHE=on, brotli'],
  ['plain', 'Shortwave, PAGE_CACHE=on, plain'],
  ['fresh', 'Shortwave, PAGE_CACHE=off, plain'],
];

/** Whether other processes took more than BUSY of the machine during any part of the run. */
function busyRun(report) {
  const shares = [
    report.others.before,
    report.others.starts,
    report.others.publishes,
    ...report.pages.flatMap((p) => MODES.map(([mode]) => p[mode].others)),
  ];
  return shares.some((n) => n !== null && n > BUSY);
}

function throughputRows(report) {
  const rows = [];
  for (const page of report.pages) {
    for (const [mode, label] of MODES) {
      const r = page[mode];
      rows.push([
        `${page.name} (${kb(page.size)})`,
        label,
        `${int(r.rps)} (${r.rounds.map(int).join(', ')})`,
        latency(r.p50),
        latency(r.p99),
        `${r.errors} / ${r.non2xx}`,
        mode === 'bare'
          ? '100 %'
          : mode === 'plain'
            ? `${pct(ratio(page, mode))} (other bytes)`
            : `${pct(ratio(page, mode))}${disturbed(r.others) || disturbed(page.bare.others) ? ' *' : ''}`,
        share(r.others),
      ]);
    }
  }
  return rows;
}

const HEADERS = [
  'Page',
  'Server',
  'req/s: median round (all rounds)',
  'p50 ms',
  'p99 ms',
  'errors / non-2xx',
  'vs bare',
  'other CPU',
];

function textReport(report, targets) {
  const rows = [HEADERS, ...throughputRows(report)];
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) =>
    r.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  const m = report.machine;
  const out = [
    '',
    `Shortwave bench, ${report.startedAt.toISOString()}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, Node ${m.node}`,
    `${report.seconds} s per measurement (after ${report.warmupSeconds} s warm-up), ${CONNECTIONS} connections, loopback`,
    `Other processes used ${share(report.others.before)} of the CPU before the run, ${share(report.others.run)} during it${busyRun(report) ? ' -- the machine was busy, the figures are unreliable' : ''}`,
    '',
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
    ...(busyRun(report)
      ? [`* disturbed: other processes took more than ${pct(BUSY)} of the CPU meanwhile`]
      : []),
    '',
    `Memory             peak VmHWM / VmRSS after load: cache on ${mib(report.memory.cached.hwm)} / ${mib(report.memory.cached.rss)}, cache off ${mib(report.memory.fresh.hwm)} / ${mib(report.memory.fresh.rss)} (when ready: ${mib(report.memory.cached.startRss)}, ${mib(report.memory.fresh.startRss)})`,
    `Start to 1st page  ${report.starts.map(ms).join(', ')} (median ${ms(median(report.starts))})`,
    `Publish to visible ${report.publishes.map((p) => (Number.isFinite(p.seconds) ? ms(p.seconds) : 'never')).join(', ')} (median ${ms(median(report.publishes.map((p) => p.seconds)))})`,
    `Identical bytes    cache on ${report.sameBytes.cached ? 'yes' : 'no'}, cache off ${report.sameBytes.fresh ? 'yes' : 'no'}`,
    '',
    'Bytes on the wire (bodies; download times count headers too, new HTTPS connection, bench/wire.mjs)',
    ...[WIRE_HEADERS, ...wireRows(report.pages)].map((r) => `  ${r.join(' | ')}`),
    `Code               dist/cli.js sha1 ${report.build.sha1}, built ${report.build.builtAt.toISOString()} (copied at the start)`,
    '',
    'Targets',
    ...targets.map(
      (t) =>
        `  [${t.met ? 'met' : 'NOT MET'}${t.disturbed ? ', disturbed' : ''}] ${t.target}: ${t.measured}${t.productMet === null ? '' : ` (${t.product}: ${t.productMet ? 'met' : 'not met'})`}`,
    ),
    '',
  ];
  return out.join('\n');
}

function markdownReport(report, targets) {
  const m = report.machine;
  const table = (headers, rows) =>
    [
      `| ${headers.join(' | ')} |`,
      `| ${headers.map((_, i) => (i >= 2 ? '---:' : '---')).join(' | ')} |`,
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  const pageList = report.pages
    .map((p) => `- ${p.name}: \`${p.path}\` (${kb(p.size)}, brotli ${kb(p.brSize)})`)
    .join('\n');
  const mark = (met) => (met === null ? '—' : met ? 'met' : '**not met**');
  return `# Performance bench

<!-- Written by bench/run.mjs: edit the script, not this file. -->

> The numbers below were written by the last run of \`npm run bench\` (${report.startedAt.toISOString()});
> every run rewrites this file.

## What is measured

All in one run, on one machine, over loopback, with a fresh data directory holding the demo
newsroom; the load generator ([autocannon](https://github.com/mcollina/autocannon),
${CONNECTIONS} connections, keep-alive, no pipelining) runs on the same machine as the server.

1. **Throughput and latency** of three reader pages: for each, a bare Node \`http\` server
   that answers the very same bytes from memory (the baseline, \`bench/bare-server.mjs\`),
   then Shortwave with \`PAGE_CACHE=on\` (warmed, served from the cache), then Shortwave with
   \`PAGE_CACHE=off\` (rendered afresh on every request: the page's own content, such as the
   article with its authors, images, corrections and translations, is read from the database
   each time; what many pages share, the sections, the authors, the transparency settings,
   the newest of each section and the rankings, is held in memory until the next change). The servers run one after the other,
   never at the same time. After a ${report.warmupSeconds} s warm-up, each page is measured ${ROUNDS} times for
   ${report.seconds} s (rounds); the table gives the median round (its mean req/s and latencies) and, in
   brackets, the req/s of every round: on a shared machine rounds differ by 10-20 %.
   "vs bare" is Shortwave's req/s divided by the baseline's in this run; "other CPU" is the
   share of the machine (all cores) that processes other than the bench and its servers used
   during the measurement: above ${pct(BUSY)} the figure is spoiled by other work.
   The baseline and the cached pages are asked for as a browser does
   (\`Accept-Encoding: ${BROWSER['accept-encoding']}\`): both answer the page's brotli bytes. The cached
   pages are measured again without that header ("plain": the uncompressed bytes, what every
   client got before compression, so "vs bare" compares other bytes there); the fresh renders
   are measured plain, so that they show the cost of rendering alone.
   Before each measurement the bench waits (up to ${QUIET_WAIT} s) for the machine to be quiet, and
   takes a disturbed measurement again, up to ${ATTEMPTS} times in all, keeping the least disturbed.
2. **Resident memory** of the Shortwave server process after that load: \`VmHWM\` (peak) and
   \`VmRSS\` (now) from \`/proc/<pid>/status\`.
   The servers run with the Node flags \`npm start\` gives (\`${SERVER_NODE_FLAGS.join(' ')}\`).
3. **Start to first page**: from spawning \`node dist/cli.js serve\` on the existing database
   to the first 200 answer of an article page (polled every few ms); median of ${STARTS} starts.
4. **Publish to visible**: with the page cache on, from sending a \`PATCH\` that changes a
   published article's headline to the moment \`/en/\` shows it (polled every ${POLL_MS} ms);
   median of ${PUBLISH_TRIES} tries.

## How to run

\`\`\`sh
npm run build   # the bench runs dist/cli.js
npm run bench   # BENCH_SECONDS=8 by default: the length of each measurement
\`\`\`

\`BENCH_ROUNDS\` (default 3) sets the rounds of each measurement, \`BENCH_QUIET_WAIT\` (default 30) bounds each wait for a quiet machine, in seconds. On a quiet
machine a run takes about ${Math.ceil((12 * (ROUNDS * (report.seconds + 1) + report.warmupSeconds) + 40) / 60)} minutes (longer when it has to wait or repeat); it stops by itself,
stops only the processes it started (by PID) and removes its temporary data directory.
Close other work first: the load generator and the server share the machine's cores.

## Machine

- CPU: ${m.cpu}, ${m.cores} cores
- Memory: ${m.memoryGiB.toFixed(1)} GiB
- Node ${m.node} on ${m.platform}
- Date: ${report.startedAt.toISOString()}
- Code: \`dist/cli.js\` built ${report.build.builtAt.toISOString()}, sha1 \`${report.build.sha1}\` (the run copies
  \`dist/\` at its start, so a rebuild during the run does not change what it measures)
- Other processes (not the bench, not its servers) used ${share(report.others.before)} of the CPU in the 2 s before
  the run and ${share(report.others.run)} during it (up to ${share(report.others.starts)} during a start, ${share(report.others.publishes)} during the publishes);
  1-minute load average ${m.loadBefore.toFixed(2)} before, ${m.loadAfter.toFixed(2)} after (the bench itself keeps both cores busy).${busyRun(report) ? '\n  **The machine was busy with other work during this run: figures marked disturbed are unreliable.**' : ''}

## Results

Pages:

${pageList}

${table(HEADERS, throughputRows(report))}
${busyRun(report) ? `\n\\* disturbed: other processes took more than ${pct(BUSY)} of the CPU during this measurement or its baseline; the ratio is unreliable.\n` : ''}
Memory of the Shortwave process after the load:

${table(
  ['Shortwave', 'Mode', 'peak (VmHWM)', 'after load (VmRSS)', 'when ready, before load (VmHWM / VmRSS)'],
  [
    ...[
      ['PAGE_CACHE=on', 'cached'],
      ['PAGE_CACHE=off', 'fresh'],
    ].map(([label, mode]) => {
      const m = report.memory[mode];
      return [label, mode, mib(m.hwm), mib(m.rss), `${mib(m.startHwm)} / ${mib(m.startRss)}`];
    }),
  ],
)}

${table(
  ['Timing', 'Runs', 'median', 'slowest'],
  [
    [
      'Start to first article page (existing database)',
      report.starts.map(ms).join(', '),
      ms(median(report.starts)),
      ms(Math.max(...report.starts)),
    ],
    [
      'Publish (PATCH headline) to visible on /en/',
      report.publishes.map((p) => (Number.isFinite(p.seconds) ? ms(p.seconds) : 'never')).join(', '),
      ms(median(report.publishes.map((p) => p.seconds))),
      ms(Math.max(...report.publishes.map((p) => p.seconds))),
    ],
  ],
)}

The pages served with the cache ${report.sameBytes.cached ? 'were' : 'were **not**'} byte for byte those the baseline served;
freshly rendered ones ${report.sameBytes.fresh ? 'were too' : 'were **not**'}.
The first start, loading the demo newsroom into the empty database, took ${report.demoSeconds.toFixed(1)} s (not a target).

## Bytes on the wire

What a reader downloads for each page: the body plain, gzip- and brotli-compressed, as
Shortwave sends them (brotli to a browser), and the time the whole answer (headers and body)
takes on a new HTTPS connection over slow mobile networks. The times come from a model
(\`bench/wire.mjs\`), not a measurement: three round trips before the first byte (TCP
handshake, TLS 1.3 handshake, request), TCP slow start from an initial window of 10 segments
(RFC 6928) doubling each round trip, then the bytes at the profile's bandwidth; no DNS, no
loss, no device CPU. The profiles are their authors' own: ${PROFILES.map((p) => `${p.name} ${p.rttMs} ms RTT, ${Math.round(p.kbps)} kbit/s`).join('; ')}
(WebPageTest's \`3GSlow\` in \`www/settings/connectivity.ini.sample\`; Lighthouse's
\`mobileRegular3G\` and \`mobileSlow4G\`, its default mobile throttling, in \`core/config/constants.js\`).

${table(WIRE_HEADERS, wireRows(report.pages))}

## Targets

From the issue; a target counts as met only with no errors and no non-2xx answers. "Disturbed"
means other processes took more than ${pct(BUSY)} of the CPU while it was measured: judge it again
on a quiet machine.

${table(
  ['Target', 'Measured', 'Minimum', 'Product target'],
  targets.map((t) => [
    t.target,
    t.measured,
    `${mark(t.met)}${t.disturbed ? ' (disturbed *)' : ''}`,
    t.productMet === null ? '—' : `${mark(t.productMet)} (${t.product.replace('product target: ', '')})`,
  ]),
)}

## Peers, for scale

Quoted as context, not measured here: Ghost 5 serves about 100 req/s with a p99 of 0.5 s
and about 450 MiB resident; a bare Node server answers a 60 KB page at 28,000-40,000 req/s
on this kind of machine.
`;
}

main()
  .catch((error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
