import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authenticateToken } from '../../src/commands/staff.js';
import { verifyPassword } from '../../src/lib/passwords.js';
import { openDatabase } from '../../src/storage/db.js';
import { findStaffByEmail } from '../../src/storage/repos/staff.js';
import { runCli } from '../support/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'sw-cli-'));
const env = { DATA_DIR: dir };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the shortwave command line', () => {
  it('has --help on every level', async () => {
    const top = await runCli(['--help'], env);
    expect(top.code).toBe(0);
    for (const command of [
      'serve',
      'migrate',
      'demo',
      'user add',
      'user list',
      'user passwd',
      'user disable',
      'token create',
      'token list',
      'token revoke',
    ])
      expect(top.stdout).toContain(command);
    for (const args of [
      ['serve', '--help'],
      ['migrate', '--help'],
      ['demo', '--help'],
      ['user', 'add', '--help'],
      ['token', 'create', '--help'],
      ['user', '--help'],
    ]) {
      const result = await runCli(args, env);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: shortwave /);
    }
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`shortwave ${version}\n`);
    }
  });

  it('prints what is wrong and the usage, and exits 2, on bad arguments', async () => {
    const unknown = await runCli(['publish-everything'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^shortwave: unknown command publish-everything\n\nUsage: shortwave/);
    const missing = await runCli(['user', 'add', '--email', 'a@b.test', '--name', 'A'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--role is required');
    const unknownFlag = await runCli(['migrate', '--force'], env);
    expect(unknownFlag.code).toBe(2);
  });

  it('refuses a Node.js older than 22.12 with one line and exit 1, before anything loads', async () => {
    // The process pretends to be Node 20, the way Debian's Node reports itself.
    const pretend = join(dir, 'pretend-node-20.mjs');
    writeFileSync(pretend, "Object.defineProperty(process.versions, 'node', { value: '20.20.2' });\n");
    const result = await runCli(['serve'], { ...env, NODE_OPTIONS: `--import=${pretend}` });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Shortwave needs Node\.js 22\.12 or newer \(24 LTS recommended\); this is 20\.20\.2\./,
      ),
    ]);
  });

  it('migrates idempotently', async () => {
    const first = await runCli(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^applied /);
    const second = await runCli(['migrate'], env);
    expect(second.stdout.trim()).toBe('the database schema is up to date');
  });

  it('adds a staff user and prints a token alone on the last line', async () => {
    const add = await runCli(
      [
        'user',
        'add',
        '--email',
        'Editor@Example.org',
        '--name',
        'Eda',
        '--role',
        'editor',
        '--password',
        'correct horse battery',
      ],
      env,
    );
    expect(add.code).toBe(0);
    expect(add.stdout.trim()).toBe('created editor editor@example.org');
    const token = await runCli(['token', 'create', '--email', 'editor@example.org', '--name', 'CI'], env);
    expect(token.code).toBe(0);
    expect(token.stdout.trim().split('\n').at(-1)).toMatch(/^sw_[A-Za-z0-9_-]{40,}$/);
  });

  it('reads the password from standard input when it is not given', async () => {
    const add = await runCli(
      ['user', 'add', '--email', 'mo@example.org', '--name', 'Mo', '--role', 'moderator'],
      env,
      'a long password\n',
    );
    expect(add.code).toBe(0);
  });

  it('fails with one clear line and exit 1 on bad values', async () => {
    const role = await runCli(
      [
        'user',
        'add',
        '--email',
        'x@example.org',
        '--name',
        'X',
        '--role',
        'chief',
        '--password',
        'long enough pw',
      ],
      env,
    );
    expect(role.code).toBe(1);
    expect(role.stderr.trim()).toBe('shortwave: Unknown role chief (contributor, editor, moderator, admin)');
    const short = await runCli(
      ['user', 'add', '--email', 'y@example.org', '--name', 'Y', '--role', 'editor', '--password', 'short'],
      env,
    );
    expect(short.code).toBe(1);
    const taken = await runCli(
      [
        'user',
        'add',
        '--email',
        'editor@example.org',
        '--name',
        'Z',
        '--role',
        'editor',
        '--password',
        'long enough pw',
      ],
      env,
    );
    expect(taken.code).toBe(1);
    const nobody = await runCli(['token', 'create', '--email', 'nobody@example.org'], env);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr.trim()).toBe('shortwave: No staff user with email nobody@example.org');
  });

  it('lists, re-passwords, switches off and on staff users, and lists and revokes tokens', async () => {
    const admin = await runCli(
      [
        'user',
        'add',
        '--email',
        'ad@example.org',
        '--name',
        'Ada',
        '--role',
        'admin',
        '--password',
        'an admin password',
      ],
      env,
    );
    expect(admin.code).toBe(0);
    const list = await runCli(['user', 'list'], env);
    expect(list.code).toBe(0);
    const rows = list.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^EMAIL\s+ROLE\s+STATE\s+NAME$/);
    expect(rows).toContainEqual(expect.stringMatching(/^ad@example\.org\s+admin\s+active\s+Ada$/));
    expect(rows).toContainEqual(expect.stringMatching(/^editor@example\.org\s+editor\s+active\s+Eda$/));

    const passwd = await runCli(
      ['user', 'passwd', '--email', 'editor@example.org'],
      env,
      'a brand new password\n',
    );
    expect(passwd.code).toBe(0);
    const store = await openDatabase({ databaseUrl: undefined, dataDir: dir });
    try {
      const stored = await findStaffByEmail(store.db, 'editor@example.org');
      expect(await verifyPassword('a brand new password', stored?.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword('correct horse battery', stored?.passwordHash ?? '')).toBe(false);
    } finally {
      await store.close();
    }
    const short = await runCli(
      ['user', 'passwd', '--email', 'editor@example.org', '--password', 'short'],
      env,
    );
    expect(short.code).toBe(1);
    expect(short.stderr.trim()).toBe('shortwave: The password needs at least 10 characters');

    expect((await runCli(['user', 'disable', '--email', 'editor@example.org'], env)).stdout.trim()).toBe(
      'editor@example.org is switched off',
    );
    expect((await runCli(['user', 'list'], env)).stdout).toMatch(/editor@example\.org\s+editor\s+off\s+Eda/);
    expect((await runCli(['user', 'enable', '--email', 'editor@example.org'], env)).stdout.trim()).toBe(
      'editor@example.org is active',
    );
    const lastAdmin = await runCli(['user', 'disable', '--email', 'ad@example.org'], env);
    expect(lastAdmin.code).toBe(1);
    expect(lastAdmin.stderr.trim()).toBe(
      'shortwave: The last administrator cannot be demoted or switched off',
    );

    const created = await runCli(
      ['token', 'create', '--email', 'ad@example.org', '--name', 'Nightly import'],
      env,
    );
    const token = created.stdout.trim().split('\n').at(-1) ?? '';
    const tokens = (await runCli(['token', 'list', '--email', 'ad@example.org'], env)).stdout
      .trim()
      .split('\n');
    expect(tokens[0]).toMatch(/^ID\s+OWNER\s+ROLE\s+LABEL\s+CREATED\s+LAST USED$/);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toContain('Nightly import');
    expect(tokens.join('\n')).not.toContain(token);
    const id = tokens[1]?.split(/\s+/)[0] ?? '';
    const check = async () => {
      const s = await openDatabase({ databaseUrl: undefined, dataDir: dir });
      try {
        return await authenticateToken(s.db, token);
      } finally {
        await s.close();
      }
    };
    expect((await check())?.email).toBe('ad@example.org');
    const revoke = await runCli(['token', 'revoke', '--id', id], env);
    expect(revoke.stdout.trim()).toBe(`revoked API token ${id}`);
    expect(await check()).toBeNull();
    const again = await runCli(['token', 'revoke', '--id', id], env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`shortwave: No API token with id ${id}`);
    expect((await runCli(['token', 'revoke'], env)).code).toBe(2);
  });
});
