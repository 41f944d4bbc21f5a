import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, type ClientRequest, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { addStaffByCli, runCli, type ServerProcess, startServerProcess } from '../support/processes.js';

/**
 * SIGTERM under load: the server stops accepting, finishes the requests it has, closes its
 * keep-alive connections, writes the buffered read counts and exits 0, even while clients
 * keep sending; what is still open at SHUTDOWN_TIMEOUT is cut, and the exit is 1.
 */

const dirs: string[] = [];
const running: ServerProcess[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-stop-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

interface Answer {
  status: number;
  connection: string | undefined;
}

/**
 * One request over `agent`; rejects when the connection fails (refused or reset). A body is
 * sent a moment after the headers, as a slow client does: the request is in flight meanwhile.
 */
function send(
  agent: Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body === undefined) return req.end();
    req.setHeader('content-length', Buffer.byteLength(options.body));
    req.flushHeaders();
    setTimeout(() => req.end(options.body), 20);
  });
}

/** A multipart upload of one image, as a browser sends it. */
async function multipartImage(): Promise<{ head: Buffer; file: Buffer; tail: Buffer; type: string }> {
  // Noise compresses badly: a JPEG of a few megabytes, slow enough to be in flight.
  const pixels = Buffer.alloc(1600 * 1200 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  const file = await sharp(pixels, { raw: { width: 1600, height: 1200, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
  const boundary = '----shortwave-stop-test';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n\r\nNoise\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="noise.jpg"\r\n` +
      'Content-Type: image/jpeg\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { head, file, tail, type: `multipart/form-data; boundary=${boundary}` };
}

/** Starts an upload and sends the first half of the image; the rest is left to the caller. */
async function startUpload(
  server: ServerProcess,
  token: string,
): Promise<{
  req: ClientRequest;
  rest: Buffer;
  answer: Promise<{ status: number; body: string; connection: string | undefined }>;
}> {
  const { head, file, tail, type } = await multipartImage();
  const half = Math.floor(file.length / 2);
  const req = request(`${server.url}/api/v1/media`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': type,
      'content-length': String(head.length + file.length + tail.length),
    },
  });
  const answer = new Promise<{ status: number; body: string; connection: string | undefined }>(
    (resolve, reject) => {
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }),
        );
      });
      req.on('error', reject);
    },
  );
  req.write(Buffer.concat([head, file.subarray(0, half)]));
  return { req, rest: Buffer.concat([file.subarray(half), tail]), answer };
}

async function editorToken(env: Record<string, string>): Promise<string> {
  const tokens = await addStaffByCli(env, [
    { email: 'ed@x.test', name: 'Ed', role: 'editor', password: 'long-enough-pw' },
  ]);
  return tokens['ed@x.test'] ?? '';
}

describe('stopping the server process (SIGTERM)', () => {
  it('exits 0 within the deadline while clients never stop sending, answering what it accepted and writing the counted reads', async () => {
    // Readers behind this machine's proxy: each beacon names its reader in X-Forwarded-For.
    const env = { DATA_DIR: tempDir(), TRUSTED_PROXIES: '127.0.0.1,::1' };
    // The first start loads the demo newsroom: articles to read and count.
    const server = await startServerProcess(env, []);
    running.push(server);
    const list = (await (await fetch(`${server.url}/api/v1/public/articles?language=en&limit=1`)).json()) as {
      items: Array<{ id: string }>;
    };
    const articleId = list.items[0]?.id ?? '';

    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    let exited = false;
    const answers: Answer[] = [];
    let countedReads = 0;
    let reader = 0;
    const client = async (worker: number) => {
      // Never stops by itself while the server runs (bounded only as a safety net).
      const giveUpAt = Date.now() + 45_000;
      for (let n = 0; !exited && Date.now() < giveUpAt; n++) {
        try {
          if (n % 2 === 0) {
            answers.push(await send(agent, `${server.url}/en/`));
          } else {
            reader += 1;
            const answer = await send(agent, `${server.url}/api/v1/public/views`, {
              method: 'POST',
              headers: {
                'content-type': 'text/plain;charset=UTF-8',
                'user-agent': FIREFOX,
                // A new reader every time, so that each read counts.
                'x-forwarded-for': `10.${worker}.${(reader >> 8) & 255}.${reader & 255}`,
              },
              body: JSON.stringify({ articleId }),
            });
            answers.push(answer);
            if (answer.status === 204) countedReads += 1;
          }
        } catch {
          // Refused or reset once the server has stopped listening: never an answer cut short.
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    };
    const clients = Array.from({ length: 6 }, (_, worker) => client(worker));
    await new Promise((r) => setTimeout(r, 1500));
    const answeredBeforeStop = answers.length;
    const stoppedAt = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const took = Date.now() - stoppedAt;
    exited = true;
    await Promise.all(clients);
    agent.destroy();

    expect(code).toBe(0);
    // Well within SHUTDOWN_TIMEOUT (10 s by default); before, it did not stop at all.
    expect(took).toBeLessThan(10_000);
    expect(answeredBeforeStop).toBeGreaterThan(20);
    expect(answers.every((a) => a.status === 200 || a.status === 204)).toBe(true);
    // Answers made while stopping told their clients that the connection ends.
    const late = answers.slice(answeredBeforeStop);
    expect(late.some((a) => a.connection === 'close')).toBe(true);
    expect(server.output()).not.toMatch(/deadline|took longer/);

    // Every read answered 204 was written before the exit (distinct readers, one article).
    const second = await startServerProcess(env, ['--no-demo']);
    running.push(second);
    const popular = (await (
      await fetch(`${second.url}/api/v1/public/popular?language=en&window=24h`)
    ).json()) as {
      items: Array<{ id: string; reads: number }>;
    };
    expect(popular.items.find((item) => item.id === articleId)?.reads).toBe(countedReads);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('finishes an upload in flight before it exits', async () => {
    const env = { DATA_DIR: tempDir() };
    const token = await editorToken(env);
    const server = await startServerProcess(env);
    running.push(server);
    const upload = await startUpload(server, token);
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill('SIGTERM');
    // The rest of the image comes a second later; the server waits for it.
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.child.exitCode).toBeNull();
    upload.req.end(upload.rest);
    const answer = await upload.answer;
    expect(answer.status).toBe(201);
    // Answered while stopping: the client is told the connection ends.
    expect(answer.connection).toBe('close');
    const { id } = JSON.parse(answer.body) as { id: string };
    expect(await server.exited).toBe(0);

    const again = await startServerProcess(env);
    running.push(again);
    const media = await fetch(`${again.url}/api/v1/media/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(media.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('cuts what is still open at SHUTDOWN_TIMEOUT and exits 1, saying so', async () => {
    const env = { DATA_DIR: tempDir() };
    const token = await editorToken(env);
    const server = await startServerProcess({ ...env, SHUTDOWN_TIMEOUT: '1' });
    running.push(server);
    // An upload that never finishes.
    const upload = await startUpload(server, token);
    const cut = upload.answer.catch(() => 'cut');
    await new Promise((r) => setTimeout(r, 200));
    const stoppedAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(1);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(await cut).toBe('cut');
    expect(server.output()).toMatch(/stop deadline passed; cut the connections still open.*"connections":1/);
  });

  it('refuses a SHUTDOWN_TIMEOUT that is not a positive number of seconds, naming it', async () => {
    const result = await runCli(['serve'], { DATA_DIR: tempDir(), SHUTDOWN_TIMEOUT: 'soon' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^shortwave: bad setting SHUTDOWN_TIMEOUT/);
  });
});
