/**
 * `shortwave search reindex`: indexes every published article anew with this version's
 * normaliser and stemmers (ADR 0026), on SQLite or PostgreSQL, in one transaction, so the
 * site keeps answering from the old index until the new one is complete. Needed after an
 * upgrade that changes how words are normalised; a start does it too when it finds rows of
 * an older normaliser. A progress bar on a terminal; one summary line in every case.
 * @example process.exitCode = await runSearch(['reindex'], withStoreAndProgress);
 */
import { type OptionValues, parseOptions, printHelp, UsageError } from './cli-args.js';
import type { OnProgress } from './commands/backup-format.js';
import type { Store } from './storage/db.js';
import { migrateToLatest } from './storage/migrate.js';
import { rebuildSearchIndex } from './storage/search.js';

export const SEARCH_USAGE = `Usage: shortwave search reindex

Indexes every published article anew for the reader search (DATA_DIR or DATABASE_URL),
migrating the database first. Run it after an upgrade whose notes ask for it; the site can
keep running, and searches see the old index until the new one is complete. Shows a
progress bar on a terminal and prints one line when done.`;

type WithProgress = <T>(
  fn: (store: Store, mediaRoot: string, onProgress: OnProgress) => Promise<T>,
) => Promise<T>;

/** `shortwave search reindex`: 0 when the index was rebuilt. */
export async function runSearch(argv: string[], withStoreAndProgress: WithProgress): Promise<number> {
  const [sub, ...args] = argv;
  if (sub === '--help' || sub === '-h') return printHelp(SEARCH_USAGE);
  if (sub !== 'reindex')
    throw new UsageError(sub ? `unknown search command ${sub}` : 'missing search command', SEARCH_USAGE);
  const values: OptionValues = parseOptions(args, SEARCH_USAGE, {});
  if (values.help) return printHelp(SEARCH_USAGE);
  const started = Date.now();
  const { count, dialect } = await withStoreAndProgress(async (store, _media, onProgress) => {
    await migrateToLatest(store);
    const indexed = await rebuildSearchIndex(store.db, (done, total) =>
      onProgress({ step: 'indexing published articles', done, total }),
    );
    return { count: indexed, dialect: store.dialect };
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `search reindex: indexed ${count} published ${count === 1 ? 'article' : 'articles'} in ${seconds} s (${dialect})`,
  );
  return 0;
}
