/**
 * `npm run bench:translate`: seconds to machine-translate a 1,000-word article into every
 * language the real Apertium APY reaches from English (directly or through the pivot, es),
 * cold (empty cache) and again from the cache. Writes its results as a section of
 * bench/README.md (between its markers; bench/run.mjs keeps the section).
 *
 * APY (/usr/bin/apertium-apy with Debian's pairs) is started on a free loopback port and
 * stopped by its PID; each pair is asked one short sentence first, so the cold figure is the
 * article's translation and not APY starting its pipelines (that first call is shown apart).
 * The cache is a SQLite database in a temporary folder, removed at the end. The code measured
 * is the product's own (src/integrations/mt-setup.ts), bundled with esbuild for this run.
 * Settings: BENCH_TRANSLATE_RUNS (cold/warm rounds, the median is kept; default 3).
 * @example npm run bench:translate
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { README, sectionMarkers, writeSection } from './readme-section.mjs';
import { benchScratch } from './scratch.mjs';

const ROOT = join(import.meta.dirname, '..');
const SECTION = 'translate';
const { start: START, end: END } = sectionMarkers(SECTION);
const APY = '/usr/bin/apertium-apy';
const MODES = '/usr/share/apertium/modes';
const RUNS = Math.max(1, Number(process.env.BENCH_TRANSLATE_RUNS ?? 3));
const PIVOT = 'es';

const { dataRoot, children, cleanUp } = benchScratch('shortwave-bench-mt-');
const log = (line) => console.error(`bench: ${line}`);

/** The product's modules this bench calls, bundled into the scratch folder. */
async function productModules() {
  const entry = join(dataRoot, 'entry.mjs');
  await build({
    stdin: {
      contents: `
        export { machineTranslationFrom } from './src/integrations/mt-setup.ts';
        export { openSqlite } from './src/storage/db.ts';
        export { migrateToLatest } from './src/storage/migrate.ts';
        export { translationCacheIn, countCachedTranslations } from './src/storage/repos/machine-translations.ts';
        export { LANGUAGES } from './src/domain/languages.ts';
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // Packages resolve from the project's node_modules: the bundle is loaded from a link beside it.
  const linked = join(ROOT, 'node_modules', '.bench-translate-entry.mjs');
  writeFileSync(linked, readFileSync(entry));
  try {
    return await import(pathToFileURL(linked).href);
  } finally {
    (await import('node:fs')).rmSync(linked, { force: true });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApy() {
  if (!existsSync(APY))
    throw new Error(
      'apertium-apy is not installed (apt-get install apertium-apy apertium-eng-spa apertium-es-pt apertium-fr-es)',
    );
  const port = await freePort();
  const child = spawn(APY, ['-p', String(port), '-l', '/usr/share/apertium-apy/langNames.db', MODES], {
    stdio: ['ignore', 'ignore', 'ignore'],
    // APY refuses to start without a UTF-8 locale.
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/listPairs`, { signal: AbortSignal.timeout(2000) })).ok) return { url, child };
    } catch {}
    await sleep(200);
  }
  throw new Error('apertium-apy did not answer within 30 s');
}

const SENTENCES = [
  'The city council approved the new budget for the public library on Tuesday evening.',
  'Hundreds of residents waited in the rain to speak about the plan.',
  'The mayor said that the old bridge will be closed for repairs until the end of the summer.',
  'Teachers and parents asked for more money for the schools in the north of the city.',
  'A spokesperson for the transport company explained that the buses will run every ten minutes.',
  'The river has risen by two metres since the beginning of the week.',
  'Farmers in the valley fear that the harvest will be smaller than last year.',
  'The hospital opened a new wing with forty beds and a modern emergency room.',
  'Police officers closed the main street for several hours after the accident.',
  'The museum will show paintings by young artists from the region in the spring.',
  'Many small shops in the centre have closed because the rents are too high.',
  'The football club announced that the new stadium will be ready in three years.',
];

/** A body of about 1,000 words: paragraphs of four sentences, a heading every fifth, some marks. */
function article() {
  const content = [];
  let words = 0;
  for (let i = 0; words < 1000; i++) {
    if (i % 5 === 0)
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Part ${i / 5 + 1} of the report` }],
      });
    const sentences = [0, 1, 2, 3].map((k) => SENTENCES[(i * 4 + k) % SENTENCES.length]);
    const text = sentences.join(' ');
    words += text.split(/\s+/).length;
    const [first, ...rest] = sentences;
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${first} ` },
        {
          type: 'text',
          text: 'Read the full statement',
          marks: [{ type: 'link', attrs: { href: `https://example.org/statement/${i}` } }],
        },
        { type: 'text', text: ` ${rest.join(' ')} ` },
        { type: 'text', text: `Paragraph ${i + 1}.`, marks: [{ type: 'bold' }] },
      ],
    });
  }
  return { body: { type: 'doc', content }, words };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const m = await productModules();
  const apy = await startApy();
  const { body, words } = article();
  const report = { startedAt: new Date(), words, paragraphs: body.content.length, rounds: [], firstCall: {} };
  const choice = { provider: 'apertium', url: apy.url, key: undefined, pivot: PIVOT };
  const probe = m.machineTranslationFrom(choice);
  const targets = [];
  for (const to of m.LANGUAGES) if (to !== 'en' && (await probe.canTranslate('en', to))) targets.push(to);
  // The pivot first: the languages reached through it then reuse its cached translations, as they would.
  targets.sort((a, b) => (b === PIVOT) - (a === PIVOT));
  report.targets = targets;
  log(`languages reached from English: ${targets.join(', ')}`);
  for (const to of targets) {
    const t0 = performance.now();
    await probe.translateTexts(['Good morning.'], 'en', to);
    report.firstCall[to] = (performance.now() - t0) / 1000;
  }
  for (let run = 0; run < RUNS; run++) {
    const store = m.openSqlite(join(dataRoot, `cache-${run}.db`));
    await m.migrateToLatest(store);
    const cache = m.translationCacheIn(store.db, () => new Date());
    const round = { cold: {}, warm: {} };
    for (const phase of ['cold', 'warm']) {
      const mt = m.machineTranslationFrom(choice, { cache });
      const t0 = performance.now();
      for (const to of targets) {
        const t = performance.now();
        await mt.translateBody(body, 'en', to);
        round[phase][to] = (performance.now() - t) / 1000;
      }
      round[phase].all = (performance.now() - t0) / 1000;
    }
    round.cached = await m.countCachedTranslations(store.db);
    await store.close();
    report.rounds.push(round);
    log(
      `round ${run + 1}: cold ${round.cold.all.toFixed(2)} s, from the cache ${round.warm.all.toFixed(3)} s`,
    );
  }
  process.kill(apy.child.pid, 'SIGTERM');
  writeSection(SECTION, section(report));
  log(`wrote the translate section of ${README}`);
}

function section(report) {
  const s = (x) => `${x < 0.1 ? x.toFixed(3) : x.toFixed(2)} s`;
  const pick = (phase, key) => median(report.rounds.map((r) => r[phase][key]));
  const rows = [...report.targets, 'all'].map(
    (to) =>
      `| ${to === 'all' ? '**all, one after the other**' : `en → ${to}${to === PIVOT ? '' : ` (through ${PIVOT})`}`} | ${s(pick('cold', to))} | ${s(pick('warm', to))} |`,
  );
  return [
    START,
    '## Machine translation (Apertium APY)',
    '',
    '<!-- Written by bench/translate.mjs (`npm run bench:translate`): edit the script, not this section. -->',
    '',
    `> Last run ${report.startedAt.toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.version}. bench/run.mjs keeps this section when it rewrites the file.`,
    '',
    `A ${report.words}-word article (${report.paragraphs} paragraphs and headings, a link and a bold run in each`,
    'paragraph) is machine-translated from English into every language the real Apertium APY on this',
    `machine reaches (Debian's eng-spa, es-pt and fr-es pairs, pivot ${PIVOT}: ${report.targets.join(', ')}), one language after`,
    "the other (the pivot first), through the product's own code (`machineTranslationFrom`, segments of paragraph size,",
    'a SQLite cache). "Cold" starts from an empty cache; "from the cache" translates the same article',
    `again with a new translator on the same database. Median of ${report.rounds.length} rounds, each with a new database.`,
    `Before the rounds, one short sentence per language starts APY's pipelines (first call: ${report.targets
      .map((to) => `${to} ${s(report.firstCall[to])}`)
      .join(', ')}); that is not counted.`,
    '',
    '| Languages | Cold (empty cache) | From the cache |',
    '|---|---:|---:|',
    ...rows,
    '',
    `Each cold round leaves ${report.rounds[0]?.cached ?? '?'} translations in the cache (the pivot's Spanish is cached once and reused).`,
    END,
  ].join('\n');
}

main()
  .catch((error) => {
    console.error(`bench: ${error.stack ?? error}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
