/**
 * What `shortwave config check` finds out about the world the settings point at: whether the
 * data folder is writable and has room, whether the database answers (and keeps acknowledged
 * writes, and has the schema this version expects), whether the mail server takes connections,
 * whether the machine-translation provider answers.
 * Each check answers findings; nothing here changes anything but a probe file, removed again.
 * @example for (const f of await checkEnvironment({ dataDir, databaseUrl, smtpUrl })) console.log(f.level, f.message)
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, statfs, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { machineTranslationFrom, type ProviderChoice } from '../integrations/mt-setup.js';
import { durabilityProblems, openDatabase, type Store } from '../storage/db.js';
import { appliedMigrations, knownMigrations } from '../storage/migrate.js';

export type FindingLevel = 'ok' | 'warning' | 'error';

/** One line of the check: what it is about and what was found. */
export interface Finding {
  level: FindingLevel;
  subject: string;
  message: string;
}

export interface EnvironmentInput {
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
}

/** Below this much free space in the data folder: an error; below the warning mark: a warning. */
const DISK_ERROR_BYTES = 100 * 1024 * 1024;
const DISK_WARNING_BYTES = 1024 * 1024 * 1024;
/** How long a network check may wait for an answer. */
const NETWORK_TIMEOUT_MS = 3000;

/** Runs every check, one after the other, and answers their findings in order. */
export async function checkEnvironment(input: EnvironmentInput): Promise<Finding[]> {
  const dataDir = await checkDataDir(input.dataDir);
  return [
    ...dataDir,
    ...(dataDir.some((f) => f.level === 'error') ? [] : await checkDiskSpace(input.dataDir)),
    ...(await checkDatabase(input)),
    ...(await checkMail(input.smtpUrl)),
  ];
}

/** The data folder exists (or can be made) and takes a file. */
export async function checkDataDir(dir: string): Promise<Finding[]> {
  const probe = join(dir, `.config-check-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, 'probe');
    await rm(probe, { force: true });
    return [{ level: 'ok', subject: 'DATA_DIR', message: `${dir} is writable` }];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return [{ level: 'error', subject: 'DATA_DIR', message: `${dir} is not writable (${code})` }];
  }
}

/** Free space where the SQLite file and the media files are written. */
export async function checkDiskSpace(dir: string): Promise<Finding[]> {
  const stats = await statfs(dir);
  const free = stats.bavail * stats.bsize;
  const text = `${(free / 1024 / 1024 / 1024).toFixed(1)} GiB free in ${dir}`;
  const level: FindingLevel =
    free < DISK_ERROR_BYTES ? 'error' : free < DISK_WARNING_BYTES ? 'warning' : 'ok';
  return [{ level, subject: 'disk', message: level === 'ok' ? text : `only ${text}` }];
}

/** The database answers, keeps acknowledged writes and has a schema this version knows. */
export async function checkDatabase(
  input: Pick<EnvironmentInput, 'dataDir' | 'databaseUrl'>,
): Promise<Finding[]> {
  const subject = input.databaseUrl ? 'DATABASE_URL' : 'database';
  const where = input.databaseUrl ? `PostgreSQL at ${redactedUrl(input.databaseUrl)}` : 'SQLite';
  if (!input.databaseUrl && !existsSync(join(input.dataDir, 'shortwave.db')))
    return [{ level: 'ok', subject, message: 'no SQLite database yet; serve or migrate creates it' }];
  let store: Store;
  try {
    // PostgreSQL gives up by itself after a few seconds (connectionTimeoutMillis).
    store = await openDatabase({ databaseUrl: input.databaseUrl, dataDir: input.dataDir });
  } catch (error) {
    return [{ level: 'error', subject, message: `${where} is unreachable: ${messageOf(error)}` }];
  }
  try {
    const findings: Finding[] = (await durabilityProblems(store)).map((problem) => ({
      level: 'error',
      subject,
      message: `acknowledged writes could be lost: ${problem}`,
    }));
    const applied = await appliedMigrations(store.db);
    const known = knownMigrations();
    const unknown = applied.filter((name) => !known.includes(name));
    const pending = known.filter((name) => !applied.includes(name));
    if (unknown.length > 0)
      findings.push({
        level: 'error',
        subject,
        message: `the schema is from a newer Shortwave (${unknown.join(', ')})`,
      });
    else if (pending.length > 0)
      findings.push({
        level: 'warning',
        subject,
        message: `${pending.length} migrations not applied yet; serve or migrate applies them`,
      });
    if (findings.length === 0)
      findings.push({ level: 'ok', subject, message: `${where} answers; the schema is up to date` });
    return findings;
  } finally {
    await store.close();
  }
}

/**
 * The server could listen on HOST:PORT: taken is a warning (it may be this site's own running
 * server), no permission or an address not of this machine an error.
 */
export async function checkListen(host: string, port: number): Promise<Finding[]> {
  const subject = 'HOST, PORT';
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (port === 0) return [{ level: 'ok', subject, message: `${host}, any free port` }];
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, host, () => resolve());
    });
    return [{ level: 'ok', subject, message: `${where} is free to listen on` }];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      return [{ level: 'warning', subject, message: `${where} is in use (a server already running?)` }];
    const reason =
      code === 'EACCES'
        ? 'no permission (ports below 1024 need privileges)'
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? 'not an address of this machine'
          : messageOf(error);
    return [{ level: 'error', subject, message: `cannot listen on ${where}: ${reason}` }];
  } finally {
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  }
}

/** The mail server takes a TCP connection (no mail is sent, no login tried). */
export async function checkMail(smtpUrl: string | undefined): Promise<Finding[]> {
  if (!smtpUrl)
    return [{ level: 'warning', subject: 'SMTP_URL', message: 'not set: mail is only written to the log' }];
  const url = new URL(smtpUrl);
  const port = url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  try {
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host, port });
      socket.setTimeout(NETWORK_TIMEOUT_MS, () =>
        socket.destroy(new Error(`no answer within ${NETWORK_TIMEOUT_MS / 1000} s`)),
      );
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', reject);
    });
    return [{ level: 'ok', subject: 'SMTP_URL', message: `${host}:${port} takes connections` }];
  } catch (error) {
    return [
      { level: 'error', subject: 'SMTP_URL', message: `${host}:${port} is unreachable: ${messageOf(error)}` },
    ];
  }
}

/** A URL with its password replaced, fit to print. */
function redactedUrl(text: string): string {
  const url = new URL(text);
  if (url.password) url.password = '***';
  return url.toString();
}

function messageOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code} ${message}` : message;
}

/** The machine-translation provider answers and lists its pairs (off when none is set). */
export async function checkTranslation(choice: ProviderChoice | undefined): Promise<Finding[]> {
  const subject = 'TRANSLATION';
  if (!choice)
    return [{ level: 'ok', subject, message: 'TRANSLATION_PROVIDER not set: machine translation is off' }];
  const mt = machineTranslationFrom(choice, { timeoutMs: NETWORK_TIMEOUT_MS, retries: 0 });
  try {
    const pairs = await mt.pairs();
    const names = pairs.map(([from, to]) => `${from}-${to}`).join(' ');
    if (pairs.length === 0)
      return [
        { level: 'error', subject, message: `${mt.provider} answers but translates none of the languages` },
      ];
    return [{ level: 'ok', subject, message: `${mt.provider} answers; pairs: ${names}` }];
  } catch (error) {
    return [{ level: 'error', subject, message: `${mt.provider} does not answer: ${messageOf(error)}` }];
  }
}
