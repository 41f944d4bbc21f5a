import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServerProcess } from '../support/processes.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-proc-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('prints its ready line, answers /healthz and stops cleanly on SIGTERM', async () => {
    const server = await startServerProcess({ DATA_DIR: tempDir() });
    expect(server.output()).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/m);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const home = await fetch(`${server.url}/en/`);
    expect(home.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('answers freshly rendered pages (page cache off) with validators, 304 and HEAD as cached ones', async () => {
    const server = await startServerProcess({ DATA_DIR: tempDir(), PAGE_CACHE: 'off' }, []);
    try {
      // The plain copy, so that its length is the body's (compressed copies have their own tests).
      const plain = { 'accept-encoding': 'identity' };
      const page = await fetch(`${server.url}/en/`, { headers: plain });
      expect(page.status).toBe(200);
      const body = await page.text();
      expect(body).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      const etag = page.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"/);
      const again = await fetch(`${server.url}/en/`, { headers: { ...plain, 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const head = await fetch(`${server.url}/en/`, { method: 'HEAD', headers: plain });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBe(etag);
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      const missing = await fetch(`${server.url}/en/no-such-section`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('<html lang="en"');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });

  it('finishes a request in flight before it stops', async () => {
    const server = await startServerProcess({ DATA_DIR: tempDir() });
    const pending = Array.from({ length: 20 }, () => fetch(`${server.url}/en/`).then((r) => r.status));
    await new Promise((r) => setTimeout(r, 5));
    server.child.kill('SIGTERM');
    const statuses = await Promise.allSettled(pending);
    const answered = statuses.filter((s) => s.status === 'fulfilled').map((s) => s.value);
    // Requests accepted before the stop are answered in full; none gets a 5xx.
    expect(answered.every((status) => status === 200)).toBe(true);
    expect(await server.exited).toBe(0);
  });

  it('refuses to start, with one line and exit 1, when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const result = await runCli(['serve', '--no-demo'], { DATA_DIR: tempDir(), PORT: String(port) });
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`shortwave: port ${port} on 127.0.0.1 is already in use`);
  });

  it('refuses to start when the database does not answer', async () => {
    const result = await runCli(['serve'], {
      DATA_DIR: tempDir(),
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^shortwave: database unreachable: /);
  });

  it('refuses a bad setting, naming it', async () => {
    const result = await runCli(['serve'], { DATA_DIR: tempDir(), PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^shortwave: bad setting PORT/);
  });

  it('refuses a data folder it cannot use', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const result = await runCli(['serve'], { DATA_DIR: file });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
