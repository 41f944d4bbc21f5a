import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS } from '../../src/config.js';
import { freshPostgresUrl } from '../support/databases.js';
import { runCli } from '../support/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-config-check-'));
let smtp: Server;
let smtpPort = 0;
let closedPort = 0;

/** A TCP port on loopback that was just free and nothing listens on. */
async function closedLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

beforeAll(async () => {
  // A stand-in mail server: the check only needs it to take a TCP connection.
  smtp = createServer((socket) => {
    socket.on('error', () => {});
    socket.end('220 test ESMTP\r\n');
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const address = smtp.address();
  smtpPort = typeof address === 'object' && address ? address.port : 0;
  closedPort = await closedLoopbackPort();
});
afterAll(() => {
  smtp.close();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (stdout: string) => stdout.trim().split('\n');

describe('shortwave --help', () => {
  it('lists every setting the program reads, with its default', async () => {
    for (const args of [['--help'], ['help']]) {
      const result = await runCli(args, { DATA_DIR: dir });
      expect(result.code).toBe(0);
      for (const [name, setting] of Object.entries(SETTINGS)) {
        const line = lines(result.stdout).find((l) => l.trimStart().startsWith(`${name} `));
        expect(line, name).toBeDefined();
        expect(line, name).toContain(setting.default ?? setting.shown ?? '');
      }
    }
  });
});

describe('shortwave config check', () => {
  it('says every check is fine on a good setup and exits 0', async () => {
    const postgres = await freshPostgresUrl();
    const env = {
      DATA_DIR: join(dir, 'good'),
      PORT: String(closedPort),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const result = await runCli(['config', 'check'], env);
    await postgres?.drop();
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out).toContainEqual(
      expect.stringMatching(
        /^ok +(database|DATABASE_URL) +(SQLite|PostgreSQL at .*) answers; the schema is up to date$/,
      ),
    );
    expect(out.filter((l) => l.startsWith('error'))).toEqual([]);
    expect(out).toContainEqual(expect.stringMatching(/^ok +DATA_DIR +.*good is writable$/));
    expect(out).toContainEqual(expect.stringMatching(/^ok +disk +[\d.]+ GiB free/));
    expect(out).toContainEqual(`ok      HOST, PORT    127.0.0.1:${closedPort} is free to listen on`);
    expect(out).toContainEqual(
      expect.stringMatching(new RegExp(`^ok +SMTP_URL +127\\.0\\.0\\.1:${smtpPort} takes connections$`)),
    );
    expect(out.at(-1)).toBe('config check: 0 errors, 0 warnings');
  });

  it('names each bad setting and unreachable service on a line of its own, and exits 1', async () => {
    const notADir = join(dir, 'a-file');
    writeFileSync(notADir, 'not a folder');
    const result = await runCli(['config', 'check', '--quiet'], {
      PORT: 'eighty',
      LOG_LEVEL: 'chatty',
      PUBLIC_URL: 'not a url',
      DATA_DIR: notADir,
      SMTP_URL: `smtp://127.0.0.1:${closedPort}`,
    });
    expect(result.code).toBe(1);
    const out = lines(result.stdout);
    expect(out).toEqual([
      expect.stringMatching(/^error +PORT +.*\(is "eighty"\)$/),
      expect.stringMatching(/^error +PUBLIC_URL +.*\(is "not a url"\)$/),
      expect.stringMatching(/^error +LOG_LEVEL +.*"debug".*\(is "chatty"\)$/),
      expect.stringMatching(/^error +DATA_DIR +.*a-file is not writable \(E[A-Z]+\)$/),
      expect.stringMatching(
        new RegExp(`^error +SMTP_URL +127\\.0\\.0\\.1:${closedPort} is unreachable: .*ECONNREFUSED`),
      ),
      'config check: 5 errors, 0 warnings',
    ]);
  });

  it('tells warnings from errors: a missing mail server is a warning, an unreachable database an error', async () => {
    const result = await runCli(['config', 'check'], {
      DATA_DIR: join(dir, 'warn'),
      HOST: '0.0.0.0',
      // Taken by the stand-in mail server: as when the site's own server runs.
      PORT: String(smtpPort),
      DATABASE_URL: `postgres://shortwave:secret-pw@127.0.0.1:${closedPort}/shortwave`,
    });
    expect(result.code).toBe(1);
    const out = lines(result.stdout);
    expect(out).toContainEqual(
      expect.stringMatching(/^warning +PUBLIC_URL +not set while HOST is 0\.0\.0\.0/),
    );
    expect(out).toContainEqual(
      expect.stringMatching(/^warning +SMTP_URL +not set: mail is only written to the log$/),
    );
    expect(out).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^error +DATABASE_URL +PostgreSQL at postgres://shortwave:\\*\\*\\*@127\\.0\\.0\\.1:${closedPort}/shortwave is unreachable`,
        ),
      ),
    );
    expect(result.stdout).not.toContain('secret-pw');
    expect(out).toContainEqual(
      expect.stringMatching(new RegExp(`^warning +HOST, PORT +0\\.0\\.0\\.0:${smtpPort} is in use`)),
    );
    expect(out.at(-1)).toBe('config check: 1 error, 3 warnings');
  });

  it('exits 2 with the usage on bad arguments, and has --help', async () => {
    const bad = await runCli(['config', 'verify'], { DATA_DIR: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^shortwave: unknown config command verify\n\nUsage: shortwave config check/);
    for (const args of [
      ['config', '--help'],
      ['config', 'check', '--help'],
      ['cache', '--help'],
      ['cache', 'purge', '--help'],
    ]) {
      const help = await runCli(args, { DATA_DIR: dir });
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout, args.join(' ')).toMatch(/^Usage: shortwave /);
    }
    const key = await runCli(['cache', 'purge', '--key', 'en page'], { DATA_DIR: dir });
    expect(key.code).toBe(2);
    expect(key.stderr).toMatch(/^shortwave: --key: "en page" is not a page path/);
  });
});
