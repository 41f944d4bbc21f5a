/**
 * Running the built command line and server as separate processes, as an operator would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPostgresUrl } from './databases.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `shortwave <args>` to its end. */
export function runCli(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts `shortwave serve` on a free port and resolves once it prints its ready line. */
export function startServerProcess(
  env: Record<string, string>,
  args: string[] = ['--no-demo'],
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', ...args], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    child.stdout.on('data', (d) => {
      output += d;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output, exited });
      }
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready: ${output}`));
    });
  });
}

/** Where a server process keeps its data: an SQLite folder, or a fresh PostgreSQL database too. */
export interface ProcessTarget {
  name: 'sqlite' | 'postgres';
  /** The environment of a new, empty target, and how to throw it away. */
  env(): Promise<{ env: Record<string, string>; drop(): Promise<void> }>;
}

/**
 * The targets a server-process test runs on: SQLite always, PostgreSQL when a server is
 * configured (TEST_DATABASE_URL). Each `env()` makes a new data folder (and database).
 */
export function processTargets(prefix: string): ProcessTarget[] {
  const folder = () => mkdtempSync(join(tmpdir(), `sw-${prefix}-`));
  const targets: ProcessTarget[] = [
    {
      name: 'sqlite',
      env: async () => {
        const dir = folder();
        return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
  if (process.env.TEST_DATABASE_URL) {
    targets.push({
      name: 'postgres',
      env: async () => {
        const db = await freshPostgresUrl();
        if (!db) throw new Error('no PostgreSQL server');
        const dir = folder();
        return {
          env: { DATA_DIR: dir, DATABASE_URL: db.url },
          drop: async () => {
            await db.drop();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    });
  }
  return targets;
}

/**
 * Adds staff users through the command line (as an operator would) and answers an API token
 * for each, by email.
 */
export async function addStaffByCli(
  env: Record<string, string>,
  people: ReadonlyArray<{ email: string; name: string; role: string; password: string }>,
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const person of people) {
    const added = await runCli(
      [
        'user',
        'add',
        '--email',
        person.email,
        '--name',
        person.name,
        '--role',
        person.role,
        '--password',
        person.password,
      ],
      env,
    );
    if (added.code !== 0) throw new Error(`user add ${person.email} failed: ${added.stderr}`);
    const token = await runCli(['token', 'create', '--email', person.email], env);
    if (token.code !== 0) throw new Error(`token create ${person.email} failed: ${token.stderr}`);
    tokens[person.email] = token.stdout.trim().split('\n').at(-1) ?? '';
  }
  return tokens;
}
