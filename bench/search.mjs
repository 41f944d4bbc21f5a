/**
 * `node bench/search.mjs`: reader search latency at 10,000 articles, before and after the
 * stemming search (ADR 0026), in one run on one machine, so the figures compare as ratios.
 * Writes its results as a section of bench/README.md (between its markers; bench/run.mjs
 * keeps the section).
 *
 * "Before" is the code of a git ref (BENCH_SEARCH_BEFORE; by default the parent of the commit
 * that added the stems migration), checked out into a temporary worktree; "after" is this
 * checkout. For each, the product's own storage code (bundled with esbuild) migrates a new
 * SQLite database (and a new PostgreSQL database when BENCH_DATABASE_URL names a server),
 * 10,000 published English articles of generated text (the same for both: a seeded
 * generator, a Zipf-like vocabulary of 3,000 words with the forms the queries look for) are
 * written as rows, the product's `rebuildSearchIndex` indexes them (timed), and each query
 * runs BENCH_SEARCH_RUNS times (default 200, after 20 warm-up runs): p50 and p99 of
 * `searchPublished` for the first page. "Did you mean" (after only) is timed for a typo.
 * Everything is removed at the end: the worktree, the data folder, the PostgreSQL databases.
 * @example nice node bench/search.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { README, sectionMarkers, writeSection } from './readme-section.mjs';
import { benchScratch } from './scratch.mjs';

const ROOT = join(import.meta.dirname, '..');
const { start: START, end: END } = sectionMarkers('search');
const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
const RUNS = Math.max(10, Number(process.env.BENCH_SEARCH_RUNS ?? 200));
const WARM = 20;
const PG_URL = process.env.BENCH_DATABASE_URL ?? '';
const QUERIES = [
  { q: 'glacier', why: 'a rare word (its plural in the text)' },
  { q: 'swiss', why: 'a word in about a third of the articles' },
  { q: 'night train', why: 'two words' },
  { q: '"night train"', why: 'a phrase (before: two words)' },
  { q: 'watchmakers geneva vote', why: 'three words' },
];

const { dataRoot, cleanUp } = benchScratch('shortwave-bench-search-');
const log = (line) => console.error(`bench: ${line}`);

/** A seeded generator (mulberry32), so both versions index the same text. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REAL = (
  'the of and to in a is that for on with as was by at from swiss glaciers glacier night train trains ' +
  'watchmakers watchmaker geneva vote voters voting zurich bern election melting ice mountain valley ' +
  'council budget school children hospital bank rates museum festival river lake weather snow avalanche'
).split(' ');

/** 3,000 words: the real ones first (most frequent), then made-up ones; picked Zipf-like. */
function vocabulary(next) {
  const words = [...REAL];
  const letters = 'abcdefghijklmnoprstuvw';
  while (words.length < 3000) {
    const length = 4 + Math.floor(next() * 7);
    let word = '';
    for (let i = 0; i < length; i++) word += letters[Math.floor(next() * letters.length)];
    words.push(word);
  }
  return words;
}

function sentence(next, words, length) {
  const out = [];
  for (let i = 0; i < length; i++) out.push(words[Math.floor(words.length * next() ** 2.2)]);
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/** The rows of the articles, the same for every version and database. */
function articleRows() {
  const next = random(17);
  const words = vocabulary(next);
  const rows = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < ARTICLES; i++) {
    const id = `bench${String(i).padStart(6, '0')}`;
    const at = new Date(start + i * 3_600_000).toISOString();
    const paragraphs = Array.from({ length: 6 }, () => ({
      type: 'paragraph',
      content: [{ type: 'text', text: sentence(next, words, 40) }],
    }));
    rows.push({
      story: { id, created_at: at },
      article: {
        id,
        story_id: id,
        language: 'en',
        type: 'news',
        status: 'published',
        slug: `story-${i}`,
        headline: sentence(next, words, 8).slice(0, -1),
        lead: sentence(next, words, 25),
        body_json: JSON.stringify({ type: 'doc', content: paragraphs }),
        section_slug: 'politics',
        first_published_at: at,
        updated_at: null,
        created_at: at,
        modified_at: at,
        version: 1,
      },
    });
  }
  return rows;
}

/** The git ref of "before": the parent of the commit that added the stems migration. */
function beforeRef() {
  if (process.env.BENCH_SEARCH_BEFORE) return process.env.BENCH_SEARCH_BEFORE;
  const added = execFileSync(
    'git',
    ['log', '--diff-filter=A', '--format=%H', '--', 'src/storage/migrations/2026-12-07-2205-search-stems.ts'],
    { cwd: ROOT, encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .at(-1);
  if (!added) throw new Error('no commit adds the stems migration: set BENCH_SEARCH_BEFORE');
  return `${added}^`;
}

/** The storage code of a source tree, bundled and loaded with this checkout's packages. */
async function productModules(tree, name) {
  const stems = existsSync(join(tree, 'src/domain/search-query.ts'));
  const entry = join(dataRoot, `${name}.mjs`);
  await build({
    stdin: {
      contents: `
        export { openSqlite, openPostgres } from './src/storage/db.ts';
        export { migrateToLatest } from './src/storage/migrate.ts';
        export { rebuildSearchIndex, searchPublished } from './src/storage/search.ts';
        export { queryTokens } from './src/domain/search-text.ts';
        ${stems ? "export { parseQuery } from './src/domain/search-query.ts';" : ''}
        ${stems ? "export { didYouMean } from './src/storage/search-suggestion.ts';" : ''}
      `,
      resolveDir: tree,
      loader: 'ts',
    },
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const linked = join(ROOT, 'node_modules', `.bench-search-${name}.mjs`);
  writeFileSync(linked, readFileSync(entry));
  try {
    return await import(pathToFileURL(linked).href);
  } finally {
    rmSync(linked, { force: true });
  }
}

/** A new PostgreSQL database on the BENCH_DATABASE_URL server, and how to drop it. */
async function freshPostgres(modules, name) {
  const admin = await modules.openPostgres(PG_URL);
  const db = `bench_search_${name}_${process.pid}`;
  const { sql } = await import('kysely');
  await sql.raw(`drop database if exists ${db}`).execute(admin.db);
  await sql.raw(`create database ${db}`).execute(admin.db);
  const url = new URL(PG_URL);
  url.pathname = `/${db}`;
  return {
    store: await modules.openPostgres(url.href),
    drop: async () => {
      await sql.raw(`drop database if exists ${db}`).execute(admin.db);
      await admin.close();
    },
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed(runs, fn) {
  for (let i = 0; i < WARM; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Fills and indexes one database with one version's code; answers its figures. */
async function measureOne(modules, store, rows) {
  await modules.migrateToLatest(store);
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await store.db
      .insertInto('stories')
      .values(chunk.map((row) => row.story))
      .execute();
    await store.db
      .insertInto('articles')
      .values(chunk.map((row) => row.article))
      .execute();
  }
  const t0 = performance.now();
  const indexed = await modules.rebuildSearchIndex(store.db);
  const reindexSeconds = (performance.now() - t0) / 1000;
  const now = new Date(Date.UTC(2025, 3, 1));
  const request = (q) =>
    modules.parseQuery
      ? { query: modules.parseQuery(q, 'en'), limit: 20, offset: 0, now }
      : { language: 'en', tokens: modules.queryTokens(q), limit: 20, offset: 0, now };
  const queries = {};
  for (const { q } of QUERIES) {
    const total = (await modules.searchPublished(store, request(q))).total;
    queries[q] = { total, ...(await timed(RUNS, () => modules.searchPublished(store, request(q)))) };
  }
  let suggestion = null;
  if (modules.didYouMean) {
    const query = modules.parseQuery('watchmakrs', 'en');
    const better = await modules.didYouMean(store, query, now);
    suggestion = {
      offered: better ? better.terms.map((term) => term.exact ?? '').join(' ') : null,
      ...(await timed(Math.max(10, Math.floor(RUNS / 10)), () => modules.didYouMean(store, query, now))),
    };
  }
  return { indexed, reindexSeconds, queries, suggestion };
}

async function measureVersion(tree, name, rows) {
  const modules = await productModules(tree, name);
  const results = {};
  const sqlite = modules.openSqlite(join(dataRoot, `${name}.db`));
  try {
    log(`${name}: SQLite`);
    results.sqlite = await measureOne(modules, sqlite, rows);
  } finally {
    await sqlite.close();
  }
  if (PG_URL) {
    const pg = await freshPostgres(modules, name);
    try {
      log(`${name}: PostgreSQL`);
      results.postgres = await measureOne(modules, pg.store, rows);
    } finally {
      await pg.store.close();
      await pg.drop();
    }
  }
  return results;
}

const ms = (value) => value.toFixed(2);
const ratio = (after, before) => (before > 0 ? `${(after / before).toFixed(2)}×` : 'n/a');

function section(report) {
  const lines = [
    START,
    '## Search at 10,000 articles: before and after stemming',
    '',
    '<!-- Written by bench/search.mjs (`node bench/search.mjs`): edit the script, not this section. -->',
    '',
    `Run ${report.date} on ${report.cpus}× ${report.cpu}, Node ${process.version}; ${ARTICLES.toLocaleString('en')} generated English articles`,
    `(about 300 words each), ${RUNS} runs per query after ${WARM} warm-up runs; before = \`${report.before}\`, after = this checkout.`,
    'The machine is shared: compare the ratios (after ÷ before, same run), not the absolute figures.',
    '',
  ];
  for (const dialect of Object.keys(report.after)) {
    const before = report.beforeResults[dialect];
    const after = report.after[dialect];
    lines.push(
      `### ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
      '',
      '| query | results before | results after | p50 before | p50 after | p50 ratio | p99 before | p99 after | p99 ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const { q, why } of QUERIES) {
      const b = before.queries[q];
      const a = after.queries[q];
      lines.push(
        `| \`${q}\` (${why}) | ${b.total} | ${a.total} | ${ms(b.p50)} ms | ${ms(a.p50)} ms | ${ratio(a.p50, b.p50)} | ${ms(b.p99)} ms | ${ms(a.p99)} ms | ${ratio(a.p99, b.p99)} |`,
      );
    }
    lines.push(
      '',
      `Rebuilding the index of ${after.indexed} articles: ${before.reindexSeconds.toFixed(1)} s before, ${after.reindexSeconds.toFixed(1)} s after (${ratio(after.reindexSeconds, before.reindexSeconds)}).`,
    );
    if (after.suggestion)
      lines.push(
        `"Did you mean" for \`watchmakrs\` (no results; offers \`${after.suggestion.offered}\`): p50 ${ms(after.suggestion.p50)} ms, p99 ${ms(after.suggestion.p99)} ms (after only).`,
      );
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

async function main() {
  const ref = beforeRef();
  const tree = join(dataRoot, 'before');
  execFileSync('git', ['worktree', 'add', '--detach', tree, ref], { cwd: ROOT, stdio: 'ignore' });
  try {
    log(`generating ${ARTICLES} articles`);
    const rows = articleRows();
    const beforeResults = await measureVersion(tree, 'before', rows);
    const after = await measureVersion(ROOT, 'after', rows);
    const report = {
      date: new Date().toISOString().slice(0, 10),
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? 'unknown CPU',
      before: execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' }).trim(),
      beforeResults,
      after,
    };
    const text = section(report);
    console.log(text);
    writeSection('search', text);
    log(`wrote the search section of ${README}`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
