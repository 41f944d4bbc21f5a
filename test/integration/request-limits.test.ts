import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_CAPS } from '../../src/http/middleware/body-limits.js';
import { MAX_JSON_DEPTH } from '../../src/http/validate.js';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, paragraph, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { cookieFrom, formCsrf, type StaffSession, staffSession } from '../support/newsroom.js';

/** About 30 KB of `[[[[...]]]]`: 15,000 levels. */
const NESTED_ARRAYS = `${'['.repeat(15_000)}${']'.repeat(15_000)}`;
/** About 30 KB of `{"a":{"a":...}}`: 5,000 levels. */
const NESTED_OBJECTS = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

interface ErrorJson {
  error: { code: string; message: string; field?: string };
}

/** JSON text nested `levels` deep: `{"a":{"a":...1}}`. */
function nestedObjects(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** A request whose body arrives as a stream without Content-Length (chunked, on a socket). */
function streamed(path: string, body: string, headers: Record<string, string>): Request {
  const bytes = new TextEncoder().encode(body);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(sent, sent + 16 * 1024));
      sent += 16 * 1024;
    },
  });
  return new Request(`http://shortwave.test${path}`, {
    method: 'POST',
    headers,
    body: stream,
    duplex: 'half',
  } as RequestInit);
}

describe.each(DIALECTS)('request limits on %s', (dialect) => {
  let t: TestApp;
  let article: ArticleJson;
  let editor: StaffSession;
  beforeAll(async () => {
    t = await testApp(dialect);
    article = await makeArticle(t, {
      headline: 'Limits are kept',
      body: { type: 'doc', content: [paragraph(text('A paragraph.'))] },
    });
    await t.api('editor', 'POST', `/api/v1/articles/${article.id}/publish`);
    editor = await staffSession(t, 'editor');
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
    t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  describe('deeply nested JSON', () => {
    it.each([
      ['nested arrays', NESTED_ARRAYS],
      ['nested objects', NESTED_OBJECTS],
    ])('answers %s sent to public endpoints with 400 too_deep, never a 500', async (_name, body) => {
      for (const path of [
        `/api/v1/articles/${article.id}/error-reports`,
        `/api/v1/articles/${article.id}/comments`,
        '/api/v1/readers',
        '/api/v1/session',
        '/api/v1/readers/password-reset',
      ]) {
        const res = await postJson(path, body);
        expect(res.status, path).toBe(400);
        const json = (await res.json()) as ErrorJson;
        expect(json.error.code, path).toBe('too_deep');
        expect(json.error.field).toBe('body');
        expect(json.error.message).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
      }
    });

    it('answers a read beacon sent as text/plain the same way', async () => {
      const res = await t.app.request('/api/v1/public/views', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: NESTED_ARRAYS.slice(0, 1000) + NESTED_ARRAYS.slice(-1000),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorJson).error.code).toBe('too_deep');
    });

    it('answers staff JSON routes the same way, with a token or a session', async () => {
      for (const [method, path] of [
        ['POST', '/api/v1/articles'],
        ['PATCH', `/api/v1/articles/${article.id}`],
        ['POST', '/api/v1/topics'],
        ['PUT', '/api/v1/moderation/words/en'],
      ] as const) {
        const res = await t.app.request(path, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.admin}` },
          body: NESTED_OBJECTS,
        });
        expect(res.status, path).toBe(400);
        expect(((await res.json()) as ErrorJson).error.code, path).toBe('too_deep');
      }
      const res = await t.app.request('/api/v1/articles', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: editor.cookie,
          'x-csrf-token': editor.csrf,
        },
        body: NESTED_ARRAYS,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorJson).error.code).toBe('too_deep');
    });

    it('refuses a streamed body without Content-Length the same way', async () => {
      const res = await t.app.request(
        streamed('/api/v1/readers', NESTED_ARRAYS, { 'content-type': 'application/json' }),
      );
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorJson).error.code).toBe('too_deep');
    });

    it(`takes JSON up to ${MAX_JSON_DEPTH} levels to the schema, and refuses one level more`, async () => {
      const path = `/api/v1/articles/${article.id}/error-reports`;
      const deepest = await postJson(path, nestedObjects(MAX_JSON_DEPTH));
      expect(deepest.status).toBe(400);
      expect(((await deepest.json()) as ErrorJson).error.code).toBe('validation_failed');
      const tooDeep = await postJson(path, nestedObjects(MAX_JSON_DEPTH + 1));
      expect(((await tooDeep.json()) as ErrorJson).error.code).toBe('too_deep');
    });

    it('does not count brackets inside strings, escaped quotes included', async () => {
      const res = await postJson(
        `/api/v1/articles/${article.id}/error-reports`,
        JSON.stringify({ text: `The list [${'[{'.repeat(1000)}\\" is wrong "${'['.repeat(500)}` }),
      );
      expect(res.status).toBe(201);
    });
  });

  describe('body size', () => {
    const big = (bytes: number) => JSON.stringify({ text: 'x'.repeat(bytes) });

    it('refuses a public JSON body over its cap with 413, from Content-Length before reading', async () => {
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          // 2 MiB of spaces in all, though the header announces 50 MiB.
          if (++pulled > 32) return controller.close();
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
      });
      const res = await t.app.request(
        new Request(`http://shortwave.test/api/v1/articles/${article.id}/error-reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
          body: stream,
          duplex: 'half',
        } as RequestInit),
      );
      expect(res.status).toBe(413);
      const json = (await res.json()) as ErrorJson;
      expect(json.error).toMatchObject({ code: 'payload_too_large', field: 'body' });
      expect(json.error.message).toContain(String(BODY_CAPS.public.maxBytes));
      // The stream may have been asked for a first chunk ahead, but it was not read.
      expect(pulled).toBeLessThanOrEqual(1);
    });

    it('refuses a streamed public body as soon as it passes the cap', async () => {
      const res = await t.app.request(
        streamed(`/api/v1/articles/${article.id}/comments`, big(BODY_CAPS.public.maxBytes), {
          'content-type': 'application/json',
        }),
      );
      expect(res.status).toBe(413);
      expect(((await res.json()) as ErrorJson).error.code).toBe('payload_too_large');
    });

    it('gives a request without staff credentials the public cap on staff routes', async () => {
      const res = await postJson('/api/v1/articles', big(BODY_CAPS.public.maxBytes));
      expect(res.status).toBe(413);
    });

    it('accepts an article body just under the staff cap and refuses one just over it', async () => {
      const envelope = JSON.stringify({
        language: 'en',
        headline: 'A long read',
        body: { type: 'doc', content: [paragraph(text('PLACEHOLDER'))] },
      });
      const fill = (bytes: number) => {
        // Paragraphs of 50,000 characters, as many as fit.
        const paragraphs: string[] = [];
        const overhead = envelope.length - 'PLACEHOLDER'.length;
        let size = overhead;
        while (size + 50_100 < bytes) {
          paragraphs.push(JSON.stringify(paragraph(text('y'.repeat(50_000)))));
          size += paragraphs.at(-1)?.length ?? 0;
        }
        const pad =
          bytes - size - JSON.stringify(paragraph(text(''))).length - (paragraphs.length > 0 ? 1 : 0);
        paragraphs.push(JSON.stringify(paragraph(text('z'.repeat(pad)))));
        return envelope.replace(JSON.stringify(paragraph(text('PLACEHOLDER'))), paragraphs.join(','));
      };
      const under = fill(BODY_CAPS.staff.maxBytes - 100);
      expect(under.length).toBeGreaterThan(BODY_CAPS.staff.maxBytes - 200);
      const created = await postJson('/api/v1/articles', under, {
        authorization: `Bearer ${t.tokens.editor}`,
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const stored = (await (await t.api('editor', 'GET', `/api/v1/articles/${id}`)).json()) as {
        body: { content: unknown[] };
      };
      expect(JSON.stringify(stored.body).length).toBeGreaterThan(BODY_CAPS.staff.maxBytes - 400);

      const over = fill(BODY_CAPS.staff.maxBytes + 100);
      const refused = await postJson('/api/v1/articles', over, {
        authorization: `Bearer ${t.tokens.editor}`,
      });
      expect(refused.status).toBe(413);
    });
  });

  describe('article bodies and HTML', () => {
    const listIn = (levels: number): unknown =>
      levels === 0
        ? paragraph(text('deepest'))
        : { type: 'bullet_list', content: [{ type: 'list_item', content: [listIn(levels - 1)] }] };
    const deepLists = (levels: number) => {
      const inner = listIn(levels) as { type: string; content: unknown[] };
      return { type: 'doc', content: [inner] };
    };

    it('accepts lists nested 10 deep and refuses 11 with a message naming the limit', async () => {
      const ok = await t.api('editor', 'PATCH', `/api/v1/articles/${article.id}`, { body: deepLists(10) });
      expect(ok.status).toBe(200);
      const refused = await t.api('editor', 'PATCH', `/api/v1/articles/${article.id}`, {
        body: deepLists(11),
      });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as ErrorJson).error).toMatchObject({
        field: 'body',
        message: 'body: lists nest deeper than 10 levels',
      });
    });

    it('refuses HTML nested too deeply with 400 too_deep on the html field', async () => {
      for (const html of ['<b>'.repeat(10_000), '<div>'.repeat(10_000), `${'<ul><li>'.repeat(11)}x`]) {
        const res = await t.api('editor', 'PATCH', `/api/v1/articles/${article.id}`, { html });
        expect(res.status).toBe(400);
        const json = (await res.json()) as ErrorJson;
        expect(json.error).toMatchObject({ code: 'too_deep', field: 'html' });
        expect(json.error.message).toMatch(/^html: (elements|lists) nest deeper than \d+ levels$/);
      }
      const fine = await t.api('editor', 'PATCH', `/api/v1/articles/${article.id}`, {
        html: `${'<ul><li>'.repeat(10)}x`,
      });
      expect(fine.status).toBe(200);
    });
  });

  describe('forms', () => {
    const form = (path: string, body: string, headers: Record<string, string> = {}) =>
      t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body,
      });
    const tooBig = `email=a%40example.org&password=${'p'.repeat(BODY_CAPS.public.maxBytes)}`;
    const manyFields = Array.from({ length: BODY_CAPS.public.maxFields + 1 }, (_, i) => `f${i}=1`).join('&');

    it('answers an oversized newsroom login with a 413 page in the newsroom language', async () => {
      const res = await form('/newsroom/login', tooBig, { 'accept-language': 'de' });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = await res.text();
      expect(html).toContain('<html lang="de"');
      expect(html).toContain('Zu viel auf einmal gesendet');
      expect(html).toContain('128 kB');
    });

    it('answers a newsroom login with too many fields with a 400 page', async () => {
      const res = await form('/newsroom/login', manyFields, { 'accept-language': 'fr' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('Le formulaire a trop de champs');
      expect(html).toContain(`${BODY_CAPS.public.maxFields} champs`);
    });

    it('answers oversized reader forms with a 413 page in the reader language', async () => {
      for (const path of [
        '/de/account/login',
        '/de/account/signup',
        '/de/comments',
        '/de/about/report-error',
      ]) {
        const res = await form(path, tooBig);
        expect(res.status, path).toBe(413);
        const html = await res.text();
        expect(html, path).toContain('<h1 class="page-title">Zu viel auf einmal gesendet</h1>');
      }
    });

    it('counts the fields of multipart forms too', async () => {
      const data = new FormData();
      for (let i = 0; i <= BODY_CAPS.public.maxFields; i++) data.set(`f${i}`, '1');
      const res = await t.app.request('/en/account/login', { method: 'POST', body: data });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('The form has too many fields');
    });

    it('still logs staff in and takes their forms as before', async () => {
      const page = await t.app.request('/newsroom/login');
      const loginCookie = cookieFrom(page, 'sw_login_csrf') ?? '';
      const login = await form(
        '/newsroom/login',
        new URLSearchParams({
          email: 'admin@shortwave.test',
          password: 'correct horse battery staple',
          _csrf: formCsrf(await page.text()),
        }).toString(),
        { cookie: loginCookie },
      );
      expect(login.status).toBe(303);
      const logout = await editor.request('POST', '/newsroom/logout', new URLSearchParams({}), {
        csrf: true,
      });
      expect(logout.status).toBe(303);
    });

    it('takes a reader error report through the form with a long text as before', async () => {
      const res = await form(
        '/en/about/report-error',
        new URLSearchParams({
          article: article.id,
          version: '1',
          text: `The figure is wrong ${'[{'.repeat(500)}`,
        }).toString(),
      );
      expect(res.status).toBeLessThan(400);
    });
  });
});
