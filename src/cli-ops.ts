/**
 * The operator's commands about the running installation: `config check` (are the settings
 * and what they point at fine?) and `cache purge` (make every running server drop cached
 * pages, ADR 0018).
 * @example process.exitCode = await runConfig(['check']);
 */
import { resolve } from 'node:path';
import { type OptionValues, parseOptions, printHelp, UsageError } from './cli-args.js';
import { purgePathOf, requestCachePurge } from './commands/cache-purge.js';
import {
  checkDatabase,
  checkDataDir,
  checkDiskSpace,
  checkListen,
  checkMail,
  checkTranslation,
  type Finding,
  type FindingLevel,
} from './commands/environment-check.js';
import { parseSettings, type SettingValues, translationSettingsOf } from './config.js';
import { DomainError } from './domain/errors.js';
import type { Store } from './storage/db.js';

export const CONFIG_USAGE = `Usage: shortwave config check [--quiet]

Checks the settings in the environment (see "shortwave --help" for the list) and what they
point at, one line per finding, "ok", "warning" or "error" first:
  - every setting parses (PORT a port number, LOG_LEVEL a known level, PUBLIC_URL a URL, ...)
  - the server could listen on HOST:PORT (in use: a warning, it may be the running server)
  - DATA_DIR is writable, and the disk under it has room (warning below 1 GiB, error below 100 MiB)
  - the database answers (DATABASE_URL, or SQLite in DATA_DIR), keeps acknowledged writes
    and has a schema this version knows
  - the mail server (SMTP_URL) takes connections (no mail is sent)
  - the machine-translation provider (TRANSLATION_PROVIDER) answers and lists its pairs
Exits 1 when any error was found, 0 otherwise (warnings too).

  --quiet  print only warnings and errors`;

export const CACHE_USAGE = `Usage: shortwave cache purge [--key PATH]

Makes every running server (all instances on this database) drop its cached reader pages;
each picks the request up within about a second and renders the pages anew on their next
visit. Without --key every page goes.

  --key PATH  drop one page only: its path (/en/, /en/politics/some-story/ID) or its full URL,
              with every query variant of it (/en/ also drops /en/?page=2)`;

type WithStore = <T>(fn: (store: Store) => Promise<T>) => Promise<T>;

const LABEL: Record<FindingLevel, string> = { ok: 'ok', warning: 'warning', error: 'error' };

/** `shortwave config check`: prints the findings as they come; 1 when any is an error. */
export async function runConfig(argv: string[]): Promise<number> {
  const [sub, ...args] = argv;
  if (sub === '--help' || sub === '-h') return printHelp(CONFIG_USAGE);
  if (sub !== 'check')
    throw new UsageError(sub ? `unknown config command ${sub}` : 'missing config command', CONFIG_USAGE);
  const values = parseOptions(args, CONFIG_USAGE, { quiet: { type: 'boolean' } });
  if (values.help) return printHelp(CONFIG_USAGE);
  const counts: Record<FindingLevel, number> = { ok: 0, warning: 0, error: 0 };
  const report = (findings: Finding[]) => {
    for (const finding of findings) {
      counts[finding.level] += 1;
      if (values.quiet && finding.level === 'ok') continue;
      console.log(`${LABEL[finding.level].padEnd(8)}${`${finding.subject} `.padEnd(14)}${finding.message}`);
    }
  };
  const { values: settings, problems } = parseSettings(process.env);
  report(
    problems.map((p) => ({
      level: 'error',
      subject: p.name,
      message: `${p.message}${p.value === undefined ? '' : ` (is ${JSON.stringify(p.value)})`}`,
    })),
  );
  if (problems.length === 0) report([{ level: 'ok', subject: 'settings', message: 'every setting parses' }]);
  report(settingWarnings(settings));
  if (settings.HOST !== undefined && settings.PORT !== undefined)
    report(await checkListen(settings.HOST, settings.PORT));
  if (settings.DATA_DIR !== undefined) {
    const dir = resolve(settings.DATA_DIR);
    const writable = await checkDataDir(dir);
    report(writable);
    if (!writable.some((f) => f.level === 'error')) report(await checkDiskSpace(dir));
    if (!problems.some((p) => p.name === 'DATABASE_URL'))
      report(await checkDatabase({ dataDir: dir, databaseUrl: settings.DATABASE_URL }));
  }
  if (!problems.some((p) => p.name === 'SMTP_URL')) report(await checkMail(settings.SMTP_URL));
  if (!problems.some((p) => p.name.startsWith('TRANSLATION_'))) {
    const translation = translationSettingsOf(settings as SettingValues);
    if ('problem' in translation)
      report([{ level: 'error', subject: translation.problem.name, message: translation.problem.message }]);
    else report(await checkTranslation(translation.settings));
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`config check: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}`);
  return counts.error > 0 ? 1 : 0;
}

/** Settings that parse but are probably not what a production site wants. */
function settingWarnings(settings: ReturnType<typeof parseSettings>['values']): Finding[] {
  const findings: Finding[] = [];
  const loopback = ['127.0.0.1', 'localhost', '::1'];
  if (settings.PUBLIC_URL === undefined && settings.HOST !== undefined && !loopback.includes(settings.HOST))
    findings.push({
      level: 'warning',
      subject: 'PUBLIC_URL',
      message: `not set while HOST is ${settings.HOST}: printed links, feeds and mails point at http://127.0.0.1`,
    });
  if (settings.PAGE_CACHE === 'off')
    findings.push({ level: 'warning', subject: 'PAGE_CACHE', message: 'off: every page is rendered afresh' });
  if (settings.LOG_LEVEL === 'silent')
    findings.push({ level: 'warning', subject: 'LOG_LEVEL', message: 'silent: not even errors are logged' });
  return findings;
}

/** `shortwave cache purge [--key PATH]`: stores the request the running servers poll for. */
export async function runCache(argv: string[], withStore: WithStore): Promise<number> {
  const [sub, ...args] = argv;
  if (sub === '--help' || sub === '-h') return printHelp(CACHE_USAGE);
  if (sub !== 'purge')
    throw new UsageError(sub ? `unknown cache command ${sub}` : 'missing cache command', CACHE_USAGE);
  const values: OptionValues = parseOptions(args, CACHE_USAGE, { key: { type: 'string' } });
  if (values.help) return printHelp(CACHE_USAGE);
  let path: string | null = null;
  if (values.key !== undefined) {
    try {
      path = purgePathOf(String(values.key));
    } catch (error) {
      if (error instanceof DomainError) throw new UsageError(`--key: ${error.message}`, CACHE_USAGE);
      throw error;
    }
  }
  const purge = await withStore((store) => requestCachePurge(store.db, { path }, new Date()));
  console.log(
    `asked the running servers to drop ${purge.path === null ? 'every cached page' : `the cached page ${purge.path}`} (purge ${purge.id}); each does within about a second`,
  );
  return 0;
}
