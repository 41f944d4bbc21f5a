import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewCounter } from '../../src/jobs/view-counter.js';
import { createLogger } from '../../src/lib/logger.js';
import { parseTrustedProxies } from '../../src/lib/trusted-proxies.js';
import { fromAddress, STAFF_PASSWORD, type TestApp, testApp } from '../support/app.js';
import { makeArticle } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { cookieFrom, formCsrf, staffSession } from '../support/newsroom.js';
import { postWithFormToken, readerFormToken } from '../support/reader-forms.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const READER_PASSWORD = 'a long enough password';
const EVIL = 'https://evil.example';

/** Posts the newsroom login form as a browser at `address` would, with extra headers. */
async function staffLogin(
  t: TestApp,
  email: string,
  password: string,
  address: string,
  headers: Record<string, string> = {},
  next = '/newsroom',
) {
  const form = await t.app.request('/newsroom/login', {}, fromAddress(address));
  return t.app.request(
    '/newsroom/login',
    {
      method: 'POST',
      headers: { cookie: cookieFrom(form, 'sw_login_csrf') ?? '', ...headers },
      body: new URLSearchParams({ email, password, _csrf: formCsrf(await form.text()), next }),
    },
    fromAddress(address),
  );
}

/** A JSON call of the public API from `address`. */
function publicJson(
  t: TestApp,
  path: string,
  body: unknown,
  address: string,
  headers: Record<string, string> = {},
) {
  return t.app.request(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    },
    fromAddress(address),
  );
}

/** Signs a reader up through the API from `address` and confirms the account. */
async function confirmedReader(t: TestApp, email: string, displayName: string, address: string) {
  const res = await publicJson(
    t,
    '/api/v1/readers',
    { email, password: READER_PASSWORD, displayName },
    address,
  );
  expect(res.status).toBe(201);
  const token = /token=([\w-]+)/.exec(t.outbox.filter((m) => m.to === email).at(-1)?.text ?? '')?.[1];
  expect((await publicJson(t, '/api/v1/readers/confirm', { token }, address)).status).toBe(200);
}

describe.each(DIALECTS)('limits where one person could hurt others, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('limits sign-ups per address: a flood from one address gets 429, another address still signs up', async () => {
    t.setNow(new Date('2026-11-20T10:00:00Z'));
    const signUp = (i: number, address: string) =>
      publicJson(
        t,
        '/api/v1/readers',
        { email: `flood${i}@example.org`, password: READER_PASSWORD, displayName: `Flood Reader ${i}` },
        address,
      );
    for (let i = 0; i < 20; i += 1) expect((await signUp(i, '198.51.100.10')).status).toBe(201);
    const refused = await signUp(20, '198.51.100.10');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // The plain form from that address says when to try again; another address is not held back.
    const token = await readerFormToken(t.app, '/en/account/signup');
    const page = await t.app.request(
      '/en/account/signup',
      {
        method: 'POST',
        headers: { cookie: token.cookie },
        body: new URLSearchParams({
          _csrf: token.csrf,
          email: 'formflood@example.org',
          password: READER_PASSWORD,
          displayName: 'Form Flood',
        }),
      },
      fromAddress('198.51.100.10'),
    );
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Too many requests from your connection. Please try again after');
    expect((await signUp(21, '198.51.100.11')).status).toBe(201);
  });

  it('does not let a stranger lock an editor out: wrong passwords from one address leave the editor’s own address open', async () => {
    t.setNow(new Date('2026-11-20T11:00:00Z'));
    for (let i = 0; i < 5; i += 1)
      expect((await staffLogin(t, 'editor@shortwave.test', `guess ${i}`, '203.0.113.66')).status).toBe(401);
    const stranger = await staffLogin(t, 'editor@shortwave.test', `guess again`, '203.0.113.66');
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await stranger.text();
    expect(html).toContain('logging in is paused until');
    expect(html).toMatch(/about 1[45] min/);
    // Even the right password from the stranger's address waits; from the editor's, it works.
    expect((await staffLogin(t, 'editor@shortwave.test', STAFF_PASSWORD, '203.0.113.66')).status).toBe(429);
    const editor = await staffLogin(t, 'editor@shortwave.test', STAFF_PASSWORD, '192.0.2.20');
    expect(editor.status).toBe(303);
    expect(cookieFrom(editor, 'sw_staff')).not.toBeNull();
  });

  it('does the same for readers: a stranger’s guesses do not lock the reader out from elsewhere', async () => {
    t.setNow(new Date('2026-11-20T12:00:00Z'));
    await confirmedReader(t, 'lena@example.org', 'Lena Reader', '192.0.2.30');
    let last = 0;
    for (let i = 0; i < 11; i += 1)
      last = (
        await publicJson(
          t,
          '/api/v1/session',
          { email: 'lena@example.org', password: `guess ${i} wrong` },
          '203.0.113.67',
        )
      ).status;
    expect(last).toBe(429);
    const own = await publicJson(
      t,
      '/api/v1/session',
      { email: 'lena@example.org', password: READER_PASSWORD },
      '192.0.2.30',
    );
    expect(own.status).toBe(200);
  });

  it('keeps a slower ceiling per account over all addresses', async () => {
    t.setNow(new Date('2026-11-20T13:00:00Z'));
    // Ten addresses, five guesses each: fifty in the hour, the account's ceiling.
    for (let a = 0; a < 10; a += 1)
      for (let i = 0; i < 5; i += 1)
        expect((await staffLogin(t, 'moderator@shortwave.test', `guess ${i}`, `198.18.${a}.1`)).status).toBe(
          401,
        );
    const held = await staffLogin(t, 'moderator@shortwave.test', STAFF_PASSWORD, '192.0.2.40');
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await held.text()).toContain('logging in is paused until');
    // Once the hour has passed, the owner gets in again.
    t.setNow(new Date('2026-11-20T14:00:30Z'));
    expect((await staffLogin(t, 'moderator@shortwave.test', STAFF_PASSWORD, '192.0.2.40')).status).toBe(303);
  }, 180_000);

  it('ignores X-Forwarded-For when no proxy is trusted: a forged header does not dodge the limit', async () => {
    t.setNow(new Date('2026-11-20T15:00:00Z'));
    let last = 0;
    for (let i = 0; i < 21; i += 1)
      last = (
        await staffLogin(t, `spray${i}@shortwave.test`, 'wrong password', '198.51.100.99', {
          'x-forwarded-for': `10.9.${i}.1`,
        })
      ).status;
    expect(last).toBe(429);
  });

  it('sends next and return parameters with control characters or other hosts to the safe page, never a 500', async () => {
    t.setNow(new Date('2026-11-20T16:00:00Z'));
    const bad = (base: string) => [
      `${base}/\n`,
      `${base}/\r\nSet-Cookie: x=1`,
      `${base}/\tx`,
      `${base}/%00`,
      `${base}/\u0000`,
      `${base}/%0d%0aSet-Cookie:%20x=1`,
      '//evil.example',
      '/\\evil.example',
      `${base}/\\\\evil.example`,
      `${base}//evil.example`,
      EVIL,
      'javascript:alert(1)',
    ];
    for (const next of bad('/newsroom')) {
      const page = await t.app.request(`/newsroom/login?next=${encodeURIComponent(next)}`);
      expect(page.status, JSON.stringify(next)).toBe(200);
      expect(await page.text()).toContain('name="next" value="/newsroom"');
      const login = await staffLogin(t, 'admin@shortwave.test', STAFF_PASSWORD, '192.0.2.50', {}, next);
      expect(login.status, JSON.stringify(next)).toBe(303);
      expect(login.headers.get('location')).toBe('/newsroom');
    }
    await confirmedReader(t, 'noor@example.org', 'Noor Reader', '192.0.2.51');
    const token = await readerFormToken(t.app);
    for (const next of bad('/en')) {
      const page = await t.app.request(`/en/account/login?next=${encodeURIComponent(next)}`);
      expect(page.status, JSON.stringify(next)).toBe(200);
      expect(await page.text()).toContain('name="next" value="/en/account"');
      const login = await postWithFormToken(t.app, token, '/en/account/login', {
        email: 'noor@example.org',
        password: READER_PASSWORD,
        next,
      });
      expect(login.status, JSON.stringify(next)).toBe(303);
      expect(login.headers.get('location')).toBe('/en/account');
      const switched = await t.app.request(
        `/language/de?to=${encodeURIComponent(next.replace('/en', '/de'))}`,
      );
      expect(switched.status, JSON.stringify(next)).toBe(303);
      expect(switched.headers.get('location')).toBe('/de/');
    }
    const moderator = await staffSession(t, 'moderator');
    for (const back of bad('/newsroom/moderation')) {
      const res = await moderator.request(
        'POST',
        '/newsroom/moderation/decide',
        new URLSearchParams({ back }),
        {
          csrf: true,
        },
      );
      expect(res.status, JSON.stringify(back)).toBe(303);
      expect(res.headers.get('location')?.startsWith('/newsroom/moderation?'), JSON.stringify(back)).toBe(
        true,
      );
    }
    // Good paths are still followed.
    const good = await staffLogin(
      t,
      'admin@shortwave.test',
      STAFF_PASSWORD,
      '192.0.2.50',
      {},
      '/newsroom/media?q=x',
    );
    expect(good.headers.get('location')).toBe('/newsroom/media?q=x');
  });

  it('refuses the reader login, sign-up and reset forms without their token, and takes them with it', async () => {
    t.setNow(new Date('2026-11-20T17:00:00Z'));
    await confirmedReader(t, 'omar@example.org', 'Omar Reader', '192.0.2.60');
    const fields = { email: 'omar@example.org', password: READER_PASSWORD };
    const bare = await t.app.request('/en/account/login', {
      method: 'POST',
      body: new URLSearchParams(fields),
    });
    expect(bare.status).toBe(403);
    expect(cookieFrom(bare, 'sw_reader')).toBeNull();
    expect(await bare.text()).toContain('This form had expired or did not come from this page.');
    // A token from another browser (its cookie missing) is no better.
    const other = await readerFormToken(t.app);
    const foreign = await t.app.request('/en/account/login', {
      method: 'POST',
      body: new URLSearchParams({ ...fields, _csrf: other.csrf }),
    });
    expect(foreign.status).toBe(403);
    for (const path of [
      '/en/account/signup',
      '/en/account/reset',
      '/en/account/reset/new',
      '/en/account/confirm',
    ]) {
      const res = await t.app.request(path, {
        method: 'POST',
        body: new URLSearchParams({
          email: 'x@example.org',
          password: READER_PASSWORD,
          displayName: 'X Y',
          token: 'x',
        }),
      });
      expect(res.status, path).toBe(403);
    }
    const login = await postWithFormToken(t.app, await readerFormToken(t.app), '/en/account/login', fields);
    expect(login.status).toBe(303);
    expect(cookieFrom(login, 'sw_reader')).not.toBeNull();
  });

  it('refuses state-changing form posts from another site on reader and newsroom forms, and lets API clients through', async () => {
    t.setNow(new Date('2026-11-20T18:00:00Z'));
    await confirmedReader(t, 'pia@example.org', 'Pia Reader', '192.0.2.70');
    const token = await readerFormToken(t.app);
    const fields = { email: 'pia@example.org', password: READER_PASSWORD };
    for (const headers of [
      { origin: EVIL },
      { referer: `${EVIL}/page` },
      { origin: 'http://shortwave.test.evil.example' },
    ] as Array<Record<string, string>>) {
      const res = await postWithFormToken(t.app, token, '/en/account/login', fields, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(cookieFrom(res, 'sw_reader')).toBeNull();
    }
    const same = await postWithFormToken(t.app, token, '/en/account/login', fields, {
      origin: 'http://shortwave.test',
    });
    expect(same.status).toBe(303);

    const editor = await staffSession(t, 'editor');
    const logout = (headers: Record<string, string>) =>
      editor.request('POST', '/newsroom/logout', new URLSearchParams(), { csrf: true, headers });
    expect((await logout({ origin: EVIL })).status).toBe(403);
    expect((await logout({ referer: `${EVIL}/x` })).status).toBe(403);
    // The newsroom login form, too.
    expect(
      (await staffLogin(t, 'editor@shortwave.test', STAFF_PASSWORD, '192.0.2.71', { origin: EVIL })).status,
    ).toBe(403);
    // The error report form under articles.
    const article = await makeArticle(t, { headline: 'Cross-site reports' });
    const report = await t.app.request('/en/about/report-error', {
      method: 'POST',
      headers: { origin: EVIL },
      body: new URLSearchParams({ article: article.id, text: 'The date in the second paragraph is wrong.' }),
    });
    expect(report.status).toBe(403);
    // A bearer token is not cookie-borne: a script may call from anywhere.
    const viaToken = await t.api(
      'editor',
      'POST',
      '/api/v1/articles',
      {
        language: 'en',
        section: 'politics',
        headline: 'Sent by a script',
        lead: 'A lead.',
      },
      { origin: EVIL },
    );
    expect(viaToken.status).toBe(201);
    // The session still works from its own origin.
    expect((await logout({ origin: 'http://shortwave.test' })).status).toBe(303);
  });

  it('refuses a decompression bomb at once with 413 naming the limit', async () => {
    // A small PNG whose header claims 40,000 × 40,000 pixels: 200 bytes that would decode to 4.8 GB.
    const bomb = Buffer.from(
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
    );
    bomb.writeUInt32BE(40_000, 16);
    bomb.writeUInt32BE(40_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)) >>> 0, 29);
    const body = new FormData();
    body.set('file', new Blob([new Uint8Array(bomb)]), 'bomb.png');
    const started = Date.now();
    const res = await t.app.request('/api/v1/media', {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${t.tokens.editor}` },
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(res.status).toBe(413);
    const { error } = (await res.json()) as { error: { code: string; message: string; field: string } };
    expect(error).toMatchObject({ code: 'payload_too_large', field: 'file' });
    expect(error.message).toContain('40000 × 40000');
    expect(error.message).toContain('50 megapixels');
  }, 60_000);
});

describe.each(DIALECTS)('behind a trusted reverse proxy, on %s', (dialect) => {
  let t: TestApp;
  const now = new Date('2026-11-20T09:00:00Z');
  const counter = { current: null as ReturnType<typeof startViewCounter> | null };
  beforeAll(async () => {
    const log = createLogger('silent');
    // The view counter needs the store, which testApp makes; it is attached once the app exists.
    t = await testApp(dialect, {
      trustedProxies: parseTrustedProxies('127.0.0.1, 10.0.0.0/8'),
      readCounter: {
        record: (read, at) => counter.current?.record(read, at) ?? 'dropped',
      },
    });
    counter.current = startViewCounter({ db: t.store.db, clock: () => now, log, flushIntervalMs: 0 });
  });
  afterAll(async () => {
    await counter.current?.stop();
    await t.cleanup();
  });

  it('limits by the client the proxy names, not by the proxy', async () => {
    const viaProxy = (client: string) =>
      staffLogin(t, 'contributor@shortwave.test', 'wrong password', '127.0.0.1', {
        'x-forwarded-for': `${client}, 10.1.2.3`,
      });
    for (let i = 0; i < 5; i += 1) expect((await viaProxy('198.51.100.1')).status).toBe(401);
    expect((await viaProxy('198.51.100.1')).status).toBe(429);
    // Another client behind the same proxy is not held back by the first one's guesses...
    const other = await staffLogin(t, 'contributor@shortwave.test', STAFF_PASSWORD, '127.0.0.1', {
      'x-forwarded-for': '198.51.100.2',
    });
    expect(other.status).toBe(303);
    // ...and a client cannot forge its way around: what it prepends is left of the real entry.
    const forged = await staffLogin(t, 'contributor@shortwave.test', STAFF_PASSWORD, '127.0.0.1', {
      'x-forwarded-for': '192.0.2.99, 198.51.100.1',
    });
    expect(forged.status).toBe(429);
    // A request that did not come through the proxy is its own client, whatever it claims.
    const direct = await staffLogin(t, 'contributor@shortwave.test', STAFF_PASSWORD, '203.0.113.5', {
      'x-forwarded-for': '198.51.100.1',
    });
    expect(direct.status).toBe(303);
  });

  it('counts reads of the beacon per forwarded reader', async () => {
    const article = await makeArticle(t, { headline: 'Read behind a proxy' });
    const beacon = (forwarded: string) =>
      t.app.request(
        '/api/v1/public/views',
        {
          method: 'POST',
          body: JSON.stringify({ articleId: article.id }),
          headers: { 'content-type': 'text/plain', 'user-agent': FIREFOX, 'x-forwarded-for': forwarded },
        },
        fromAddress('10.0.0.7'),
      );
    for (const reader of ['198.51.100.20', '198.51.100.21', '198.51.100.20', '198.51.100.22'])
      expect((await beacon(reader)).status).toBe(204);
    expect(counter.current?.pending()).toBe(3);
  });
});

describe.each(DIALECTS)('image uploads beyond the upload slots, on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect, { uploadConcurrency: 1 });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('queues a few, turns the rest away with 503 and Retry-After, and stays up', async () => {
    const photo = await sharp({
      create: {
        width: 3000,
        height: 2000,
        channels: 3,
        background: '#468',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .jpeg({ quality: 80 })
      .toBuffer();
    const upload = () => {
      const body = new FormData();
      body.set('file', new Blob([new Uint8Array(photo)]), 'photo.jpg');
      body.set('alt', 'Noise');
      return Promise.resolve(
        t.app.request('/api/v1/media', {
          method: 'POST',
          body,
          headers: { authorization: `Bearer ${t.tokens.editor}` },
        }),
      );
    };
    const answers = await Promise.all(Array.from({ length: 6 }, upload));
    const statuses = answers.map((res) => res.status);
    expect(
      statuses.every((s) => s === 201 || s === 503),
      statuses.join(),
    ).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    const busy = answers.filter((res) => res.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const res of busy) {
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
    }
    expect((await t.app.request('/healthz')).status).toBe(200);
    expect((await upload()).status).toBe(201);
  }, 120_000);
});
