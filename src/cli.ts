/**
 * `shortwave <command>`: serve, migrate, demo, user add, token create, backup, restore, config check, cache purge,
 * search reindex.
 * Bad arguments print what is wrong and the usage and exit 2; a failure exits 1 with one line.
 * Longer than 300 lines: the one dispatch of every command with its usage; the work of each
 * command lives in src/commands/ and src/cli-*.ts.
 */
// First of all, before the other modules load: how the heap grows (see the module).
import './lib/heap-growth.js';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type OptionValues, parseOptions, printHelp, requiredOption, UsageError } from './cli-args.js';
import { runCache, runConfig } from './cli-ops.js';
import { runSearch } from './cli-search.js';
import { writeBackup } from './commands/backup.js';
import { BackupError, type OnProgress } from './commands/backup-format.js';
import { restoreBackup } from './commands/restore.js';
import {
  addStaffUser,
  changeStaffUserByEmail,
  createApiToken,
  listStaffUsers,
  listTokens,
  operatorContext,
  revokeToken,
} from './commands/staff.js';
import { loadConfig, settingsHelp } from './config.js';
import { loadDemo } from './demo/load-demo.js';
import { DomainError } from './domain/errors.js';
import { createLogger } from './lib/logger.js';
import { openStore, StartupError, startServer } from './main.js';
import { mediaFiles } from './storage/media-files.js';
import { migrateToLatest } from './storage/migrate.js';

/** After SHUTDOWN_TIMEOUT has cut the open connections: time left to write counts and close the database. */
const BACKSTOP_MS = 5000;

const USAGE = {
  main: `Usage: shortwave <command> [options]

Commands:
  serve                 start the reader site, the newsroom and the API
  migrate               bring the database schema up to date
  demo                  load the demo newsroom into an empty database
  user add              create a staff user
  user list             list the staff users, their roles and whether they can log in
  user passwd           set a staff user's password (ends their sessions)
  user disable|enable   switch a staff user's account off or on again
  token create          print a new API token for a staff user
  token list            list the API tokens (never the tokens themselves)
  token revoke          revoke an API token
  backup FILE           write a backup of the database and media files, while the site runs
  restore FILE          load a backup into an empty data dir or database
  config check          check the settings and what they point at (data dir, database, mail)
  cache purge           make every running server drop its cached pages (or one, --key)
  search reindex        index every published article anew for the reader search

Run "shortwave <command> --help" for a command's options; "shortwave --version" prints the version.

Settings come from the environment (variable, default, what):
${settingsHelp()}`,
  serve: `Usage: shortwave serve [--no-demo]

Starts the server on HOST:PORT (default 127.0.0.1:3000), migrating the database first.
On an empty database it loads the demo newsroom, unless --no-demo is given.
SIGTERM or SIGINT stops it: requests in flight finish, within SHUTDOWN_TIMEOUT seconds (10).`,
  migrate: `Usage: shortwave migrate

Brings the database schema up to date. Running it again changes nothing.`,
  demo: `Usage: shortwave demo

Loads the demo newsroom (articles in English, German, Arabic and Chinese, with images)
into an empty database.`,
  user: `Usage: shortwave user add --email E --name N --role R [--password P]
       shortwave user list
       shortwave user passwd --email E [--password P]
       shortwave user disable --email E
       shortwave user enable --email E

add      creates a staff user. Roles: contributor, editor, moderator, admin.
list     lists every staff user: email, role, active or off, name.
passwd   sets a new password and ends the user's newsroom sessions.
disable  switches the account off (no login, no API token works, sessions end);
         the last active admin cannot be switched off. enable switches it on again.
Without --password the password is asked for (or read from standard input).`,
  token: `Usage: shortwave token create --email E [--name LABEL]
       shortwave token list [--email E]
       shortwave token revoke --id ID

create  prints a new API token for the staff user with that email, once, on the last line.
list    lists the tokens: id, owner, label, created, last used (never the tokens themselves).
revoke  revokes the token with that id (from token list); calls with it answer 401.`,
  backup: `Usage: shortwave backup FILE [--allow-missing-media]

Writes a consistent backup of the database (DATA_DIR or DATABASE_URL) and the media files
(DATA_DIR/media) into FILE, while the site keeps running: every table is read at one point
in time. FILE is a gzip-compressed tar archive (tar -tzf FILE lists it), the same for SQLite
and PostgreSQL; an existing FILE is replaced only once the new backup is complete. It holds
password and token hashes: keep it as private as the database.

  --allow-missing-media  back up even when files of stored images are missing from
                         DATA_DIR/media (they are listed in the backup); without it, refuses`,
  restore: `Usage: shortwave restore FILE [--force]

Loads a backup made by "shortwave backup" (from SQLite or PostgreSQL) into the database
(DATA_DIR or DATABASE_URL) and DATA_DIR/media. Stop the server first. The whole file is
checked before anything changes; the target must be empty (a new data dir, or a new
database, migrated or not), else nothing is changed. The search index is rebuilt.

  --force  replace everything in a target that is not empty: all its rows, in one
           transaction, and its media folder`,
};

const parse = parseOptions;
const required = requiredOption;
const help = printHelp;

/** Like parse, for a command that takes one FILE argument. */
function parseWithFile(
  args: string[],
  usage: string,
  options: Record<string, { type: 'string' | 'boolean' }>,
): { values: OptionValues; file: string | null } {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    if (parsed.positionals.length > 1) throw new Error(`unexpected argument ${parsed.positionals[1]}`);
    const values = parsed.values as OptionValues;
    const file = parsed.positionals[0] ?? null;
    if (file === null && !values.help) throw new Error('FILE is required');
    return { values, file };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/** The version in package.json (one folder above src/ and dist/). */
function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * A progress line on standard error when it is a terminal (redrawn at most ten times a
 * second); nothing otherwise, so logs and pipes stay clean.
 */
function progressLine(): { report: OnProgress; clear(): void } {
  const out = process.stderr;
  if (!out.isTTY) return { report: () => {}, clear: () => {} };
  let shownAt = 0;
  let shownStep = '';
  return {
    report({ step, done, total, unit }) {
      const now = Date.now();
      if (step === shownStep && now - shownAt < 100) return;
      shownAt = now;
      shownStep = step;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const bar = '#'.repeat(Math.round(ratio * 20)).padEnd(20, '.');
      const count = unit === 'bytes' ? `${megabytes(done)} of ${megabytes(total)}` : `${done} of ${total}`;
      const line = `[${bar}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${step} (${count})`;
      const width = out.columns > 20 ? out.columns : 80;
      out.write(`\r\x1b[K${line.slice(0, width - 1)}`);
    },
    clear: () => out.write('\r\x1b[K'),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stderr.write('Password: ');
    // Hide what is typed: readline echoes through _writeToOutput, which we silence.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  const line = await new Promise<string>((resolve) => {
    rl.once('line', resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  if (process.stdin.isTTY) process.stderr.write('\n');
  return line;
}

async function withStore<T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const store = await openStore(config);
  try {
    await migrateToLatest(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V' || command === 'version') {
    console.log(`shortwave ${appVersion()}`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE.main);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'serve': {
      const values = parse(rest, USAGE.serve, { 'no-demo': { type: 'boolean' } });
      if (values.help) return help(USAGE.serve);
      const config = loadConfig(process.env);
      const log = createLogger(config.logLevel);
      const server = await startServer(config, { demo: !values['no-demo'], log });
      console.log(`listening on ${server.url}`);
      return await new Promise<number>((resolve) => {
        const stop = (signal: string) => {
          log.info('stopping', { signal });
          // Whatever still holds the process after the deadline (and a last moment to write the
          // counts and close the database) does not keep it from ending.
          const backstop = setTimeout(() => {
            log.error('stop took longer than SHUTDOWN_TIMEOUT allows; exiting', {
              timeoutSeconds: config.shutdownTimeoutMs / 1000,
            });
            process.exit(1);
          }, config.shutdownTimeoutMs + BACKSTOP_MS);
          backstop.unref();
          server.close().then(
            ({ cutConnections }) => resolve(cutConnections > 0 ? 1 : 0),
            (error) => {
              log.error('unclean stop', { error: String(error) });
              resolve(0);
            },
          );
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    }
    case 'migrate': {
      const values = parse(rest, USAGE.migrate, {});
      if (values.help) return help(USAGE.migrate);
      const config = loadConfig(process.env);
      const store = await openStore(config);
      try {
        const applied = await migrateToLatest(store);
        console.log(
          applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database schema is up to date',
        );
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'demo': {
      const values = parse(rest, USAGE.demo, {});
      if (values.help) return help(USAGE.demo);
      const config = loadConfig(process.env);
      const loaded = await withStore((store) =>
        loadDemo({
          db: store.db,
          files: mediaFiles(join(config.dataDir, 'media')),
          now: new Date(),
          publicUrl: config.publicUrl,
        }),
      );
      console.log(`loaded the demo newsroom: ${loaded.articles} articles, ${loaded.media} images`);
      if (loaded.login)
        console.log(`newsroom login (shown once): ${loaded.login.email} / ${loaded.login.password}`);
      return 0;
    }
    case 'user': {
      const [sub, ...args] = rest;
      if (sub === '--help' || sub === '-h') return help(USAGE.user);
      if (sub === 'list') {
        const values = parse(args, USAGE.user, {});
        if (values.help) return help(USAGE.user);
        const users = await withStore((store) => listStaffUsers(store.db));
        printTable(
          ['EMAIL', 'ROLE', 'STATE', 'NAME'],
          users.map((u) => [u.email, u.role, u.disabledAt ? 'off' : 'active', u.name]),
        );
        return 0;
      }
      if (sub === 'passwd' || sub === 'disable' || sub === 'enable') {
        const values = parse(args, USAGE.user, {
          email: { type: 'string' },
          ...(sub === 'passwd' ? { password: { type: 'string' as const } } : {}),
        });
        if (values.help) return help(USAGE.user);
        const email = required(values, 'email', USAGE.user);
        const changes =
          sub === 'passwd'
            ? { password: typeof values.password === 'string' ? values.password : await readPassword() }
            : { disabled: sub === 'disable' };
        const user = await withStore((store) =>
          changeStaffUserByEmail(operatorContext(store.db, new Date()), email, changes),
        );
        console.log(
          sub === 'passwd'
            ? `set a new password for ${user.email}; their sessions have ended`
            : `${user.email} is ${user.disabledAt ? 'switched off' : 'active'}`,
        );
        return 0;
      }
      if (sub !== 'add')
        throw new UsageError(sub ? `unknown user command ${sub}` : 'missing user command', USAGE.user);
      const values = parse(args, USAGE.user, {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
      });
      if (values.help) return help(USAGE.user);
      const email = required(values, 'email', USAGE.user);
      const name = required(values, 'name', USAGE.user);
      const role = required(values, 'role', USAGE.user);
      const password = typeof values.password === 'string' ? values.password : await readPassword();
      const user = await withStore((store) =>
        addStaffUser(store.db, { email, name, role, password }, new Date()),
      );
      console.log(`created ${user.role} ${user.email}`);
      return 0;
    }
    case 'token': {
      const [sub, ...args] = rest;
      if (sub === '--help' || sub === '-h') return help(USAGE.token);
      if (sub === 'list') {
        const values = parse(args, USAGE.token, { email: { type: 'string' } });
        if (values.help) return help(USAGE.token);
        const email = typeof values.email === 'string' ? values.email : undefined;
        const tokens = await withStore((store) => listTokens(store.db, email));
        printTable(
          ['ID', 'OWNER', 'ROLE', 'LABEL', 'CREATED', 'LAST USED'],
          tokens.map((t) => [t.id, t.email, t.role, t.label, t.createdAt, t.lastUsedAt ?? 'never']),
        );
        return 0;
      }
      if (sub === 'revoke') {
        const values = parse(args, USAGE.token, { id: { type: 'string' } });
        if (values.help) return help(USAGE.token);
        const id = required(values, 'id', USAGE.token);
        await withStore((store) => revokeToken(store.db, id));
        console.log(`revoked API token ${id}`);
        return 0;
      }
      if (sub !== 'create')
        throw new UsageError(sub ? `unknown token command ${sub}` : 'missing token command', USAGE.token);
      const values = parse(args, USAGE.token, { email: { type: 'string' }, name: { type: 'string' } });
      if (values.help) return help(USAGE.token);
      const email = required(values, 'email', USAGE.token);
      const label = typeof values.name === 'string' ? values.name : undefined;
      const { token, user } = await withStore((store) =>
        createApiToken(store.db, { email, label }, new Date()),
      );
      console.log(`API token for ${user.email} (${user.role}); it is shown only once:`);
      console.log(token);
      return 0;
    }
    case 'backup': {
      const { values, file } = parseWithFile(rest, USAGE.backup, {
        'allow-missing-media': { type: 'boolean' },
      });
      if (values.help || file === null) return help(USAGE.backup);
      const done = await withStoreAndProgress((store, mediaRoot, onProgress) =>
        writeBackup({
          store,
          mediaRoot,
          file: resolve(file),
          appVersion: appVersion(),
          now: new Date(),
          allowMissingMedia: values['allow-missing-media'] === true,
          onProgress,
        }),
      );
      for (const missing of done.missingMedia) console.error(`shortwave: missing media file ${missing}`);
      console.log(
        `backed up ${done.tables} tables (${done.rows} rows) and ${done.mediaFiles} media files to ${file} (${megabytes(done.bytes)})`,
      );
      return 0;
    }
    case 'restore': {
      const { values, file } = parseWithFile(rest, USAGE.restore, { force: { type: 'boolean' } });
      if (values.help || file === null) return help(USAGE.restore);
      const done = await withStoreAndProgress((store, mediaRoot, onProgress) =>
        restoreBackup({ store, mediaRoot, file: resolve(file), force: values.force === true, onProgress }),
      );
      const made = done.manifest;
      console.log(
        `restored ${done.tables} tables (${done.rows} rows) and ${done.mediaFiles} media files from ${file} (made ${made.createdAt} on ${made.source.dialect} by Shortwave ${made.app.version}); search index: ${done.searchIndexed} articles${done.migratedUp.length > 0 ? `; then applied ${done.migratedUp.join(', ')}` : ''}${made.missingMedia.length > 0 ? `; ${made.missingMedia.length} media files were already missing when it was made` : ''}`,
      );
      return 0;
    }
    case 'config':
      return runConfig(rest);
    case 'cache':
      return runCache(rest, withStore);
    case 'search':
      return runSearch(rest, withStoreAndProgress);
    default:
      throw new UsageError(`unknown command ${command}`, USAGE.main);
  }
}

/**
 * Opens the database the settings name for a long-running command (backup, restore), with a
 * progress line on a terminal that is cleared before the command's own output.
 */
async function withStoreAndProgress<T>(
  fn: (store: Awaited<ReturnType<typeof openStore>>, mediaRoot: string, onProgress: OnProgress) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env);
  const store = await openStore(config);
  const progress = progressLine();
  try {
    return await fn(store, join(config.dataDir, 'media'), progress.report);
  } finally {
    progress.clear();
    await store.close();
  }
}

/** Prints rows under a header in aligned columns (the last column is not padded). */
function printTable(header: string[], rows: string[][]): void {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  for (const row of all)
    console.log(
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`shortwave: ${error.message}\n\n${error.usage}`);
      process.exitCode = 2;
    } else if (
      error instanceof StartupError ||
      error instanceof DomainError ||
      error instanceof BackupError
    ) {
      console.error(`shortwave: ${error.message}`);
      process.exitCode = 1;
    } else if (error instanceof Error && error.message.startsWith('bad setting')) {
      console.error(`shortwave: ${error.message}`);
      process.exitCode = 1;
    } else {
      console.error(`shortwave: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  },
);
