import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/integrations/mail.js';
import { createLogger } from '../../src/lib/logger.js';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { postWithFormToken, readerFormToken } from '../support/reader-forms.js';

/** The token of the last link mailed to an address. */
function tokenMailedTo(t: TestApp, to: string): string {
  const mail = t.outbox.filter((m) => m.to === to).at(-1);
  const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no link mailed to ${to}`);
  return token;
}

/** An answer's body without its request id, which is each answer's own. */
async function bodyOf(res: Response): Promise<unknown> {
  const body = (await res.json()) as { error?: { requestId?: string } };
  delete body.error?.requestId;
  return body;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe.each(DIALECTS)('reader accounts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const post = (path: string, body: unknown, headers?: Record<string, string>) =>
    t.app.request(path, { method: 'POST', ...json(body, headers) });

  it('signs up with a confirmation email, confirms, logs in with an HttpOnly cookie and a CSRF token', async () => {
    const res = await post('/api/v1/readers', {
      email: 'Ada@Example.org',
      password: 'a long enough password',
      displayName: 'Ada L',
    });
    expect(res.status).toBe(201);
    const mail = t.outbox.at(-1);
    expect(mail?.to).toBe('ada@example.org');
    expect(mail?.text).toContain('http://shortwave.test/en/account/confirm?token=');

    const early = await post('/api/v1/session', {
      email: 'ada@example.org',
      password: 'a long enough password',
    });
    expect(early.status).toBe(403);

    expect((await post('/api/v1/readers/confirm', { token: 'nonsense' })).status).toBe(400);
    expect(
      (await post('/api/v1/readers/confirm', { token: tokenMailedTo(t, 'ada@example.org') })).status,
    ).toBe(200);

    const login = await post('/api/v1/session', {
      email: 'ada@example.org',
      password: 'a long enough password',
    });
    expect(login.status).toBe(200);
    const body = (await login.json()) as { csrfToken: string; reader: { displayName: string } };
    expect(body.csrfToken.length).toBeGreaterThan(10);
    expect(body.reader.displayName).toBe('Ada L');
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('sw_reader='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const pair = cookie?.split(';')[0] ?? '';
    const session = await (await t.app.request('/api/v1/session', { headers: { cookie: pair } })).json();
    expect(session).toMatchObject({ csrfToken: body.csrfToken, reader: { displayName: 'Ada L' } });

    // Logging out is state-changing: without the CSRF header it is refused.
    expect(
      (await t.app.request('/api/v1/session', { method: 'DELETE', headers: { cookie: pair } })).status,
    ).toBe(403);
    const out = await t.app.request('/api/v1/session', {
      method: 'DELETE',
      headers: { cookie: pair, 'x-csrf-token': body.csrfToken },
    });
    expect(out.status).toBe(204);
    const after = await (await t.app.request('/api/v1/session', { headers: { cookie: pair } })).json();
    expect(after).toEqual({ csrfToken: null, reader: null });
  });

  it('answers the same for a known and an unknown email, on sign-up, login and reset', async () => {
    const known = await post('/api/v1/readers', {
      email: 'ada@example.org',
      password: 'another long password',
      displayName: 'Someone Else',
    });
    const unknown = await post('/api/v1/readers', {
      email: 'nobody@example.org',
      password: 'another long password',
      displayName: 'Someone Else',
    });
    expect(known.status).toBe(unknown.status);
    expect(await bodyOf(known)).toEqual(await bodyOf(unknown));
    // The owner of the known address learns someone tried.
    expect(t.outbox.filter((m) => m.to === 'ada@example.org').at(-1)?.text).toContain('/en/account/reset');

    const wrong = await post('/api/v1/session', { email: 'ada@example.org', password: 'wrong password!' });
    const none = await post('/api/v1/session', { email: 'ghost@example.org', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(none.status).toBe(401);
    expect(await bodyOf(wrong)).toEqual(await bodyOf(none));

    const resetKnown = await post('/api/v1/readers/password-reset', { email: 'ada@example.org' });
    const resetUnknown = await post('/api/v1/readers/password-reset', { email: 'ghost@example.org' });
    expect(resetKnown.status).toBe(202);
    expect(await bodyOf(resetKnown)).toEqual(await bodyOf(resetUnknown));
  });

  it('resets a password with the mailed link, once', async () => {
    const token = tokenMailedTo(t, 'ada@example.org');
    const reset = await post('/api/v1/readers/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    expect(reset.status).toBe(200);
    expect(
      (await post('/api/v1/readers/password-reset/confirm', { token, password: 'x'.repeat(12) })).status,
    ).toBe(400);
    expect(
      (await post('/api/v1/session', { email: 'ada@example.org', password: 'a brand new password' })).status,
    ).toBe(200);
  });

  it('limits login attempts per address with 429 and Retry-After', async () => {
    let last: Response | null = null;
    for (let i = 0; i < 12; i++)
      last = await post('/api/v1/session', { email: 'target@example.org', password: `guess number ${i}` });
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('documents the readers API in the OpenAPI document, every reference resolved', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/readers',
        '/api/v1/session',
        '/api/v1/articles/{id}/comments',
        '/api/v1/debates/{id}/comments',
        '/api/v1/debates',
        '/api/v1/moderation/comments',
        '/api/v1/comments/{id}/approve',
        '/api/v1/comments/{id}/reject',
        '/api/v1/comments/{id}/feature',
      ]),
    );
    for (const ref of JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []) {
      const name = ref.replace(/^"\$ref":"#\/components\/schemas\//, '').replace(/"$/, '');
      expect(doc.components.schemas[name], ref).toBeDefined();
    }
  });

  it('refuses display names that pose as staff or as another reader', async () => {
    const tries = ['The editor', 'Shortwave Team', 'ＡＤＡ Ｌ', 'Аda L', 'ada_l', 'The admin', 'M0derator'];
    for (const displayName of tries) {
      const res = await post('/api/v1/readers', {
        email: `${Math.random().toString(36).slice(2)}@example.org`,
        password: 'a long enough password',
        displayName,
      });
      expect(res.status, displayName).toBeGreaterThanOrEqual(400);
      expect(((await res.json()) as { error: { field: string } }).error.field, displayName).toBe(
        'displayName',
      );
    }
  });
});

describe.each(DIALECTS)('sign-up when the mail server refuses the mail, on %s', (dialect) => {
  let t: TestApp;
  let smtp: SMTPServer;
  let refusing = true;
  const delivered: Array<{ to: string[]; data: string }> = [];

  beforeAll(async () => {
    // A real SMTP server on loopback that refuses every recipient until told otherwise.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (!refusing) return callback();
        const error = Object.assign(new Error(`Mailbox ${address.address} unavailable`), {
          responseCode: 550,
        });
        callback(error);
      },
      onData(stream, session, callback) {
        let data = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          data += chunk;
        });
        stream.on('end', () => {
          delivered.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'desk@shortwave.test',
      log: createLogger('silent'),
    });
    t = await testApp(dialect, { mailer });
  });
  afterAll(async () => {
    await t.cleanup();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const signUp = (email: string) =>
    t.app.request('/api/v1/readers', {
      method: 'POST',
      ...json({ email, password: 'a long enough password', displayName: 'Eve Reader' }),
    });

  it('keeps the account and says the mail could not be sent, and a new sign-up sends a fresh link', async () => {
    const res = await signUp('eve@example.org');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { status: string; mailSent: boolean; message: string };
    expect(body).toMatchObject({ status: 'confirmation_not_sent', mailSent: false });
    expect(body.message).toMatch(/could not be sent/);
    expect(delivered).toEqual([]);

    // The account exists: its display name is taken, by the rules of look-alike names too.
    const other = await t.app.request('/api/v1/readers', {
      method: 'POST',
      ...json({
        email: 'someone@example.org',
        password: 'a long enough password',
        displayName: 'Eve Reader',
      }),
    });
    expect(other.status).toBe(409);

    // Once the mail server takes mail again, asking again sends a link that confirms the kept account.
    refusing = false;
    const again = await signUp('eve@example.org');
    expect(await again.json()).toEqual({ status: 'confirmation_sent', mailSent: true });
    const raw = delivered.find((m) => m.to.includes('eve@example.org'))?.data ?? '';
    // Quoted-printable undone: soft line breaks and =XX escapes.
    const text = raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    const token = /token=([\w-]+)/.exec(text)?.[1];
    expect(token).toBeDefined();
    const confirm = await t.app.request('/api/v1/readers/confirm', { method: 'POST', ...json({ token }) });
    expect(confirm.status).toBe(200);
  });

  it('answers a password-reset request as for any address while the mail server refuses', async () => {
    refusing = true;
    const known = await t.app.request('/api/v1/readers/password-reset', {
      method: 'POST',
      ...json({ email: 'eve@example.org' }),
    });
    const unknown = await t.app.request('/api/v1/readers/password-reset', {
      method: 'POST',
      ...json({ email: 'nobody-here@example.org' }),
    });
    expect(known.status).toBe(202);
    expect(await bodyOf(known)).toEqual(await bodyOf(unknown));
  });

  it('says so on the sign-up page without JavaScript, in the reader’s language, with the form to try again', async () => {
    refusing = true;
    const res = await postWithFormToken(
      t.app,
      await readerFormToken(t.app, '/de/account/signup'),
      '/de/account/signup',
      {
        email: 'fay@example.org',
        password: 'a long enough password',
        displayName: 'Fay Leserin',
      },
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/de/account/signup?sent=failed');
    const page = await (await t.app.request('/de/account/signup?sent=failed')).text();
    expect(page).toContain(
      'Ihr Konto ist gespeichert, aber wir konnten die Bestätigungs-E-Mail nicht senden.',
    );
    expect(page).toContain('name="email"');
  });

  it('documents the flag in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { post: { responses: Record<string, { content?: unknown }> } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(JSON.stringify(doc.paths['/api/v1/readers']?.post.responses['201'])).toContain('ReaderSignedUp');
    expect(Object.keys(doc.components.schemas.ReaderSignedUp?.properties ?? {})).toEqual(
      expect.arrayContaining(['status', 'mailSent']),
    );
    expect(Object.keys(doc.components.schemas.CommentRefusal?.properties ?? {})).toEqual(['error']);
  });
});
