/**
 * `npm run bench:hostile`: how hostile request bodies cost the server, and what they do to
 * everyone else's latency. Writes its results as a section of bench/README.md.
 *
 * 1. Response time of each hostile body on its own (sequential sends, median and slowest):
 *    the worst bodies the limits still accept (as deep and as large as allowed), and the
 *    smallest ones they refuse (one level too deep, one byte too large, one field too many),
 *    with the issue's 30 KB nested arrays and objects.
 * 2. `/healthz` latency from one client sending sequentially: first with no other traffic
 *    (the baseline), then while CONNECTIONS clients send the accepted bodies in a loop, then
 *    the refused ones; percentiles and their ratio to the baseline.
 * Everything runs against a real `node dist/cli.js serve --no-demo` on 127.0.0.1 (PORT=0) with
 * a temporary DATA_DIR, removed at the end; every phase is bounded in time, and only the
 * process started here is stopped, by its PID. With BENCH_BEFORE_CLI=<path to another build's
 * dist/cli.js> step 1 is also taken against that build, for comparison (BENCH_BEFORE_LABEL names it).
 * Settings: BENCH_HOSTILE_SECONDS (length of each latency phase, default 5), BENCH_HOSTILE_SENDS
 * (sends of each body in step 1, default 50), BENCH_QUIET_WAIT (longest wait for a quiet machine
 * before the run, default 30 s).
 * @example node scripts/build.mjs && node bench/hostile-bodies.mjs
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { README, sectionMarkers, writeSection } from './readme-section.mjs';
import { benchScratch } from './scratch.mjs';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const BEFORE_CLI = process.env.BENCH_BEFORE_CLI || null;
/** How the report names that build (BENCH_BEFORE_LABEL), else by its path. */
const BEFORE_LABEL = process.env.BENCH_BEFORE_LABEL || (BEFORE_CLI ? `\`${BEFORE_CLI}\`` : null);
const SECTION = 'hostile-bodies';
const { start: START, end: END } = sectionMarkers(SECTION);
const SECONDS = Number(process.env.BENCH_HOSTILE_SECONDS ?? 5);
const SENDS = Number(process.env.BENCH_HOSTILE_SENDS ?? 50);
const CONNECTIONS = 4;
const QUIET_WAIT = Number(process.env.BENCH_QUIET_WAIT ?? 30);
/** The caps of src/http/middleware/body-limits.ts and src/http/validate.ts for public routes. */
const PUBLIC_MAX_BYTES = 128 * 1024;
const PUBLIC_MAX_FIELDS = 64;
const MAX_JSON_DEPTH = 64;

if (!Number.isFinite(SECONDS) || SECONDS < 1 || SECONDS > 120) {
  console.error('bench: BENCH_HOSTILE_SECONDS must be a number of seconds from 1 to 120');
  process.exit(2);
}
if (!Number.isInteger(SENDS) || SENDS < 1 || SENDS > 1000) {
  console.error('bench: BENCH_HOSTILE_SENDS must be a whole number from 1 to 1000');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing; build first with `node scripts/build.mjs`');
  process.exit(2);
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// The bodies

/** `text` as close to `bytes` long as its shape allows, never longer. */
function fitted(make, bytes) {
  let low = 0;
  let high = bytes;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (Buffer.byteLength(make(mid)) <= bytes) low = mid;
    else high = mid - 1;
  }
  return make(low);
}

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const SIGN_UP = '/api/v1/readers';
const FORM = '/en/account/signup';
const under = PUBLIC_MAX_BYTES - 1;

const ACCEPTED = [
  {
    name: `${MAX_JSON_DEPTH} levels of arrays, ${Math.round(under / 1024)} KB of numbers inside`,
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: fitted(
      (n) => `${'['.repeat(MAX_JSON_DEPTH)}${'0,'.repeat(n)}0${']'.repeat(MAX_JSON_DEPTH)}`,
      under,
    ),
  },
  {
    name: `a ${Math.round(under / 1024)} KB array of empty arrays`,
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: fitted((n) => `[${'[],'.repeat(n)}[]]`, under),
  },
  {
    name: `${MAX_JSON_DEPTH - 1} levels of objects in a sign-up, ${Math.round(under / 1024)} KB`,
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: fitted(
      (n) =>
        `{"email":"a@example.org","password":"correct horse","displayName":${'{"a":'.repeat(MAX_JSON_DEPTH - 2)}"${'x'.repeat(n)}"${'}'.repeat(MAX_JSON_DEPTH - 1)}`,
      under,
    ),
  },
  {
    name: `a sign-up form of ${PUBLIC_MAX_FIELDS} fields, ${Math.round(under / 1024)} KB`,
    path: FORM,
    headers: FORM_TYPE,
    body: fitted(
      (n) =>
        Array.from(
          { length: PUBLIC_MAX_FIELDS },
          (_, i) => `f${i}=${'x'.repeat(Math.floor(n / PUBLIC_MAX_FIELDS))}`,
        ).join('&'),
      under,
    ),
  },
];

const REFUSED = [
  {
    name: `${MAX_JSON_DEPTH + 1} levels of arrays (${(MAX_JSON_DEPTH + 1) * 2} bytes)`,
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: `${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`,
  },
  {
    name: '30 KB of nested arrays (the issue)',
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: `${'['.repeat(15_000)}${']'.repeat(15_000)}`,
  },
  {
    name: '30 KB of nested objects (the issue)',
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  },
  {
    name: `${PUBLIC_MAX_BYTES + 1} bytes of JSON (one byte too large)`,
    path: SIGN_UP,
    headers: JSON_TYPE,
    body: `"${'x'.repeat(PUBLIC_MAX_BYTES - 1)}"`,
  },
  {
    name: `a sign-up form of ${PUBLIC_MAX_FIELDS + 1} fields`,
    path: FORM,
    headers: FORM_TYPE,
    body: Array.from({ length: PUBLIC_MAX_FIELDS + 1 }, (_, i) => `f${i}=1`).join('&'),
  },
];

// ---------------------------------------------------------------------------------------------
// The server

const { dataRoot, children, cleanUp } = benchScratch('shortwave-hostile-');

/** Starts `node <cli> serve --no-demo` on a free port with a data directory of its own. */
function startServer(cli, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', '--no-demo'], {
      cwd: dirname(dirname(cli)),
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        DATA_DIR: join(dataRoot, label),
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} did not start within 30 s: ${output}`));
    }, 30_000);
    const exited = new Promise((done) => child.once('exit', done));
    exited.then(() => {
      children.delete(child);
      clearTimeout(timer);
      reject(new Error(`${label} exited before it was ready: ${output}`));
    });
    child.stderr.on('data', (chunk) => {
      output = (output + chunk).slice(-5000);
    });
    child.stdout.on('data', (chunk) => {
      output = (output + chunk).slice(-5000);
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, exited, url: match[1] });
      }
    });
  });
}

async function stopServer({ child, exited }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  process.kill(child.pid, 'SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(5000, false)]);
  if (!stopped) process.kill(child.pid, 'SIGKILL');
}

// ---------------------------------------------------------------------------------------------
// HTTP

/** One request on a keep-alive agent: status, the error code of a JSON answer, milliseconds. */
function send(agent, base, { path, headers = {}, body, method = body === undefined ? 'GET' : 'POST' }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const started = performance.now();
    const req = request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: payload ? { ...headers, 'content-length': payload.length } : headers,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          let code = null;
          if (String(res.headers['content-type']).includes('json')) {
            try {
              code = JSON.parse(text).error?.code ?? null;
            } catch {}
          }
          resolve({ status: res.statusCode, code, ms });
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.once('error', reject);
    req.end(payload);
  });
}

// ---------------------------------------------------------------------------------------------
// CPU time, from /proc (Linux): the server's own, and what other processes took meanwhile

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** CPU time the process `pid` has used, in ms (user + system). */
function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The machine's busy and total CPU time so far, in ms (all cores). */
function machineCpuMs() {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  return { busy: (total - ticks[3] - (ticks[4] ?? 0)) * TICK_MS, total: total * TICK_MS };
}

/** Starts a CPU meter; its result: the server's CPU ms, and the share other processes used. */
function cpuMeter(pid) {
  const server = processCpuMs(pid);
  const self = process.cpuUsage();
  const machine = machineCpuMs();
  return () => {
    const serverMs = processCpuMs(pid) - server;
    const used = process.cpuUsage(self);
    const selfMs = (used.user + used.system) / 1000;
    const now = machineCpuMs();
    const others = now.busy - machine.busy - serverMs - selfMs;
    return { serverMs, othersShare: Math.max(0, others) / Math.max(1, now.total - machine.total) };
  };
}

/** Waits up to QUIET_WAIT seconds for 2 s in which other processes use under 10 % of the machine. */
async function waitForQuiet() {
  const until = performance.now() + QUIET_WAIT * 1000;
  for (;;) {
    const before = machineCpuMs();
    const self = process.cpuUsage();
    await sleep(2000);
    const now = machineCpuMs();
    const used = process.cpuUsage(self);
    const share =
      (now.busy - before.busy - (used.user + used.system) / 1000) / Math.max(1, now.total - before.total);
    if (share < 0.1) return share;
    if (performance.now() > until) {
      log(`the machine is not quiet (others use ${Math.round(share * 100)} %); measuring anyway`);
      return share;
    }
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** CPU per request and the others' share, from a meter's result. */
function cpuOf({ serverMs, othersShare }, requests) {
  return { cpuPerRequest: serverMs / requests, othersShare };
}

/** Each body sent SENDS times in a row on one connection: statuses and times. */
async function timeBodies(server, bodies) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const rows = [];
  for (const body of bodies) {
    const times = [];
    const outcomes = new Set();
    const cpu = cpuMeter(server.child.pid);
    for (let i = 0; i < SENDS; i++) {
      const res = await send(agent, server.url, body);
      times.push(res.ms);
      outcomes.add(`${res.status}${res.code ? ` ${res.code}` : ''}`);
    }
    rows.push({
      name: body.name,
      bytes: Buffer.byteLength(body.body),
      outcomes: [...outcomes],
      ...cpuOf(cpu(), SENDS),
      ...summary(times),
    });
    log(`  ${body.name}: ${[...outcomes].join(', ')}, median ${rows.at(-1).p50.toFixed(2)} ms`);
  }
  agent.destroy();
  return rows;
}

/**
 * /healthz latency for SECONDS from one sequential client, while CONNECTIONS clients loop over
 * `bodies` (none for the baseline). Answers the latencies and how many hostile requests went.
 */
async function healthUnder(server, bodies) {
  const base = server.url;
  const cpu = cpuMeter(server.child.pid);
  const until = performance.now() + SECONDS * 1000;
  let hostile = 0;
  const statuses = new Map();
  const attackers = bodies.length
    ? Array.from({ length: CONNECTIONS }, async (_, n) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        for (let i = n; performance.now() < until; i++) {
          const res = await send(agent, base, bodies[i % bodies.length]);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          hostile++;
        }
        agent.destroy();
      })
    : [];
  const probe = (async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const times = [];
    await sleep(100); // the attackers are under way
    while (performance.now() < until) {
      const res = await send(agent, base, { path: '/healthz' });
      if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
      times.push(res.ms);
      await sleep(5);
    }
    agent.destroy();
    return times;
  })();
  const [times] = await Promise.all([probe, ...attackers]);
  const { serverMs, othersShare } = cpu();
  return {
    ...summary(times),
    hostile,
    perSecond: hostile / SECONDS,
    statuses: Object.fromEntries(statuses),
    serverShare: serverMs / (SECONDS * 1000),
    othersShare,
  };
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  log('waiting for a quiet machine');
  const quietBefore = await waitForQuiet();
  const startedAt = new Date();
  const loadBefore = os.loadavg()[0];
  log(`starting ${CLI}`);
  const server = await startServer(CLI, 'now');
  let before = null;
  try {
    log('each hostile body on its own');
    const accepted = await timeBodies(server, ACCEPTED);
    const refused = await timeBodies(server, REFUSED);
    log(`/healthz with no other traffic (${SECONDS} s)`);
    const baseline = await healthUnder(server, []);
    log(`/healthz while ${CONNECTIONS} clients send the accepted bodies (${SECONDS} s)`);
    const underAccepted = await healthUnder(server, ACCEPTED);
    log(`/healthz while ${CONNECTIONS} clients send the refused bodies (${SECONDS} s)`);
    const underRefused = await healthUnder(server, REFUSED);
    await stopServer(server);
    if (BEFORE_CLI) {
      log(`the same bodies against ${BEFORE_CLI}`);
      const old = await startServer(BEFORE_CLI, 'before');
      try {
        before = {
          label: BEFORE_LABEL,
          accepted: await timeBodies(old, ACCEPTED),
          refused: await timeBodies(old, REFUSED),
        };
      } finally {
        await stopServer(old);
      }
    }
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
        quietBefore,
      },
      accepted,
      refused,
      baseline,
      underAccepted,
      underRefused,
      before,
    };
    writeSection(SECTION, markdown(report));
    log(`wrote the hostile-bodies section of ${README}`);
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------
// The report

const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const kb = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
const ratio = (value, base) => `${(value / base).toFixed(1)}×`;
const pct = (share) => `${Math.round(share * 100)} %`;

function bodyTable(rows) {
  const lines = [
    '| Body | Size | Answer | median ms | p90 ms | slowest ms | server CPU ms per request | other CPU |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows)
    lines.push(
      `| ${row.name} | ${kb(row.bytes)} | ${row.outcomes.join(', ')} | ${ms(row.p50)} | ${ms(row.p90)} | ${ms(row.max)} | ${ms(row.cpuPerRequest)} | ${pct(row.othersShare)} |`,
    );
  return lines.join('\n');
}

function markdown(report) {
  const { machine, baseline, underAccepted, underRefused } = report;
  const worstAccepted = report.accepted.reduce((a, b) => (b.p50 > a.p50 ? b : a));
  const smallestRefused = report.refused[0];
  const health = (label, row, base) =>
    `| ${label} | ${row.count} | ${ms(row.p50)} | ${ms(row.p99)} | ${ms(row.max)} | ${base ? `${ratio(row.p50, base.p50)} / ${ratio(row.p99, base.p99)}` : '1.0× / 1.0×'} | ${
      row.hostile
        ? `${row.hostile} (${Math.round(row.perSecond)}/s; ${Object.entries(row.statuses)
            .map(([s, n]) => `${n}× ${s}`)
            .join(', ')})`
        : '—'
    } | ${pct(row.serverShare)} | ${pct(row.othersShare)} |`;
  const parts = [
    START,
    '## Hostile request bodies',
    '',
    '<!-- Written by bench/hostile-bodies.mjs (`npm run bench:hostile`): edit the script, not this section. -->',
    '',
    `> Last run ${report.startedAt.toISOString()}. bench/run.mjs keeps this section when it rewrites the file.`,
    '',
    `A real server (\`node dist/cli.js serve --no-demo\`, 127.0.0.1, empty database) receives hostile bodies on`,
    `public routes (\`POST ${SIGN_UP}\`, the sign-up form \`POST ${FORM}\`), whose caps are`,
    `${PUBLIC_MAX_BYTES / 1024} KiB, ${MAX_JSON_DEPTH} levels of JSON and ${PUBLIC_MAX_FIELDS} form fields`,
    '(src/http/middleware/body-limits.ts). First each body is sent on its own, ' +
      `${SENDS} times in a row on one keep-alive connection; then \`/healthz\` is asked`,
    `every 5 ms for ${SECONDS} s by one client, with no other traffic (the baseline) and while ${CONNECTIONS}`,
    'clients send the accepted, then the refused bodies in a loop. The clients share the machine with the server.',
    '',
    '### Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGiB.toFixed(1)} GiB`,
    `- Node ${machine.node} on ${machine.platform}`,
    `- 1-minute load average ${machine.loadBefore.toFixed(2)} before the run, ${machine.loadAfter.toFixed(2)} after (other work on the machine counts in); other processes used ${pct(machine.quietBefore)} of the CPU in the 2 s before the run`,
    '',
    '### Results',
    '',
    `Worst accepted body: ${worstAccepted.name} (${kb(worstAccepted.bytes)}), answered in ${ms(worstAccepted.p50)} ms (median).`,
    `Smallest refused body: ${smallestRefused.name}, answered in ${ms(smallestRefused.p50)} ms (median).`,
    '',
    'Accepted by the limits (the route then refuses them as invalid input):',
    '',
    bodyTable(report.accepted),
    '',
    'Refused by the limits:',
    '',
    bodyTable(report.refused),
    '',
    '`/healthz` latency (ratio: p50 / p99 against the baseline of the same run):',
    '',
    '| Traffic | /healthz requests | p50 ms | p99 ms | slowest ms | vs baseline | hostile requests sent (answers) | server CPU | other CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    health('none (baseline)', baseline, null),
    health(`${CONNECTIONS} clients sending the accepted bodies`, underAccepted, baseline),
    health(`${CONNECTIONS} clients sending the refused bodies`, underRefused, baseline),
    '',
    `"server CPU" is the CPU time the server process used (from /proc; one core = 100 %), "other CPU" the share of the`,
    'machine (all cores) that processes other than the bench and its server used meanwhile: above 10 % the timings',
    'are disturbed by other work. Per request, the server CPU time is what a body really costs; the answer times',
    `add the wait for a core on a busy machine. While the clients loop (${Math.round(underAccepted.perSecond)} accepted bodies a second),`,
    'the server is busy with their parsing and validation and `/healthz` waits its turn behind them: the cost of',
    'that traffic, shared out, rather than one request holding the event loop.',
  ];
  if (report.before) {
    parts.push(
      '',
      `For comparison, the same bodies against ${report.before.label} (same run):`,
      '',
      bodyTable([...report.before.accepted, ...report.before.refused]),
    );
  }
  parts.push(END);
  return parts.join('\n');
}

main()
  .catch((error) => {
    console.error(`bench: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
