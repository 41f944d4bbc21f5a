/**
 * What the container image does, run here without a container engine: the Dockerfile's build
 * and start steps are scripts (scripts/container/), run in a clean copy of the repository made
 * the way `docker build` makes its context (honouring .dockerignore).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, matchesGlob, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processTargets } from '../support/processes.js';

const ROOT = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'sw-container-'));
const app = join(scratch, 'app');
// The node and npm of this test run, first on the PATH of the scripts.
const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };

/** Copies the repository as `docker build` sends it: without what .dockerignore names. */
function copyBuildContext(to: string): void {
  const patterns = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  cpSync(ROOT, to, {
    recursive: true,
    filter: (source) => {
      const rel = relative(ROOT, source);
      return rel === '' || !patterns.some((p) => matchesGlob(rel, p) || rel.startsWith(`${p}/`));
    },
  });
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? env });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Starts the image's entry point and resolves once the server is ready. */
function startContainerScript(
  extra: Record<string, string>,
): Promise<{ child: ChildProcess; output(): string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(app, 'scripts/container/start.sh'), ['--no-demo'], {
      cwd: scratch,
      env: { ...env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extra },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`did not start: ${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d;
      if (/listening on http/.test(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready: ${output}`));
    });
  });
}

let build: { code: number | null; output: string };
const drops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  copyBuildContext(join(scratch, 'src'));
  build = await run('sh', ['scripts/container/build.sh', app], { cwd: join(scratch, 'src') });
}, 240_000);

afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the container image steps', () => {
  it('build the program from a clean build context, without development dependencies', () => {
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(scratch, 'src/node_modules/.package-lock.json'))).toBe(true);
    expect(existsSync(join(scratch, 'src/test'))).toBe(false);
    expect(existsSync(join(app, 'dist/cli.js'))).toBe(true);
    expect(existsSync(join(app, 'dist/public'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/better-sqlite3'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/vitest'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/esbuild'))).toBe(false);
  });

  it.each(processTargets('container'))(
    'start: migrate, serve, answer /healthz and the health check, stop cleanly on SIGTERM ($name)',
    async (target) => {
      expect(build.code, build.output).toBe(0);
      const { env: targetEnv, drop } = await target.env();
      drops.push(drop);
      const port = String(await freePort());
      const server = await startContainerScript({ ...targetEnv, PORT: port });
      const exited = new Promise<number | null>((resolve) =>
        server.child.on('exit', (code) => resolve(code)),
      );
      try {
        expect(server.output()).toMatch(/^applied 2026-11-29-0001-initial-schema/);
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok' });
        const check = await run(process.execPath, [join(app, 'scripts/container/healthcheck.mjs')], {
          cwd: app,
          env: { ...env, PORT: port },
        });
        expect(check.code).toBe(0);
      } finally {
        server.child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
      // With the server gone, the health check says so.
      const down = await run(process.execPath, [join(app, 'scripts/container/healthcheck.mjs')], {
        cwd: app,
        env: { ...env, PORT: port },
      });
      expect(down.code).toBe(1);
    },
  );
});
