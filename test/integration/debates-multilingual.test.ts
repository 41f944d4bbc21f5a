/**
 * Multilingual debates (ADR 0027) on SQLite and PostgreSQL, with the real Apertium APY
 * (eng-spa): the background job translates each comment into the reader's language, a
 * provider that is down never stops posting or reading and is tried again later, the public
 * API answers `language`, `text` and `translation`, the moderation checks use the word lists
 * of the comment's own language, and counts take every language together.
 * @example TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx vitest run test/integration/debates-multilingual.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateDueComments } from '../../src/commands/comment-translations.js';
import type { MachineTranslation } from '../../src/integrations/machine-translation.js';
import { machineTranslationFrom } from '../../src/integrations/mt-setup.js';
import { listDebates } from '../../src/storage/repos/debates.js';
import { mostDiscussed } from '../../src/storage/repos/most-discussed.js';
import { type ApertiumServer, startApertium } from '../support/apertium.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type ReaderClient, signedUpReader } from '../support/readers.js';

let apy: ApertiumServer;
let apertium: MachineTranslation;
beforeAll(async () => {
  apy = await startApertium();
  apertium = machineTranslationFrom({ provider: 'apertium', url: apy.url, key: undefined, pivot: 'es' });
}, 60_000);
afterAll(async () => {
  await apy?.stop();
});

interface CommentJson {
  id: string;
  body: string;
  language: string;
  text: string;
  translation: { language: string; text: string; provider: string } | null;
  translationState: string;
  author: { name: string | null; badge: string | null };
  replies: CommentJson[];
}
interface ThreadJson {
  thread: { comments: number; multilingual: boolean };
  comments: CommentJson[];
}

const SPANISH = 'El gobierno quiere cerrar la escuela del pueblo.';
const ENGLISH = 'The city should build more houses for young families.';

describe.each(DIALECTS)('a multilingual debate on %s', (dialect) => {
  let t: TestApp;
  let debateId: string;
  let sofia: ReaderClient;
  let emma: ReaderClient;
  const thread = async (language: string) =>
    (await (
      await t.app.request(`/api/v1/debates/${debateId}/comments?language=${language}`)
    ).json()) as ThreadJson;
  const post = async (who: ReaderClient, body: Record<string, unknown>) => {
    const res = await who.post(`/api/v1/debates/${debateId}/comments`, body);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    // New commenters are held for a moderator.
    expect((await t.api('moderator', 'POST', `/api/v1/comments/${id}/approve`, {})).status).toBe(200);
    return id;
  };
  const round = (mt: MachineTranslation, now = new Date('2026-11-20T09:00:00Z')) =>
    translateDueComments({ db: t.store.db, mt, now });

  beforeAll(async () => {
    t = await testApp(dialect, { machineTranslation: apertium });
    const created = await t.api('editor', 'POST', '/api/v1/debates', {
      language: 'en',
      question: 'How should cities house young families?',
      multilingual: true,
    });
    expect(created.status).toBe(201);
    debateId = ((await created.json()) as { id: string }).id;
    sofia = await signedUpReader(t, 'Sofia Lector');
    emma = await signedUpReader(t, 'Emma Reader');
  }, 60_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it('shows a Spanish comment as written until the job translates it, then in English with its original', async () => {
    const id = await post(sofia, { body: SPANISH, pageLanguage: 'es' });
    const before = (await thread('en')).comments.find((c) => c.id === id);
    expect(before).toMatchObject({
      language: 'es',
      text: SPANISH,
      translation: null,
      translationState: 'pending',
    });
    const page = await (await t.app.request(`/en/debates/${debateId}`)).text();
    expect(page).toContain(SPANISH);
    expect(page).toContain('Translation not available yet');

    const done = await round(apertium);
    expect(done.failure).toBeNull();
    expect(done.done).toBeGreaterThan(0);
    const after = (await thread('en')).comments.find((c) => c.id === id);
    expect(after?.text).toBe(SPANISH);
    expect(after?.translation).toMatchObject({ language: 'en', provider: 'Apertium' });
    expect(after?.translation?.text).toMatch(/government/i);
    expect(after?.translation?.text).toMatch(/school/i);
    // German has no Apertium pair: shown as written, saying so, never retried.
    expect((await thread('de')).comments.find((c) => c.id === id)?.translationState).toBe('unsupported');
    // The Spanish reader reads it as written.
    expect((await thread('es')).comments.find((c) => c.id === id)).toMatchObject({
      translation: null,
      translationState: 'original',
    });

    const translated = await (await t.app.request(`/en/debates/${debateId}`)).text();
    expect(translated).toContain('Translated from Spanish');
    expect(translated).toContain(`href="/en/debates/${debateId}?original=${id}#comment-${id}"`);
    // Without JavaScript the link shows the original in place of the translation.
    const original = await (await t.app.request(`/en/debates/${debateId}?original=${id}`)).text();
    const item = original.slice(original.indexOf(`id="comment-${id}"`));
    expect(item).toMatch(/<div class="mt-translation" hidden="">/);
    expect(item).toMatch(new RegExp(`<div class="mt-original" lang="es">\\s*<p>${SPANISH}`));
    expect(item).toContain('Show translation');
  });

  it('keeps posting and reading when the provider is down, and translates later with growing waits', async () => {
    const down = machineTranslationFrom(
      { provider: 'apertium', url: 'http://127.0.0.1:9', key: undefined, pivot: 'es' },
      { retries: 0, timeoutMs: 500 },
    );
    const id = await post(emma, { body: ENGLISH, pageLanguage: 'en' });
    const now = new Date('2026-11-20T09:00:00Z');
    const failed = await round(down, now);
    expect(failed.retried).toBeGreaterThan(0);
    expect(failed.failure).not.toBeNull();
    expect((await thread('es')).comments.find((c) => c.id === id)?.translationState).toBe('pending');
    // Not due again before its wait (30 s), then the second failure waits twice as long.
    expect((await round(apertium, new Date(now.getTime() + 20_000))).done).toBe(0);
    expect((await round(down, new Date(now.getTime() + 31_000))).retried).toBeGreaterThan(0);
    expect((await round(apertium, new Date(now.getTime() + 31_000 + 50_000))).done).toBe(0);
    const later = await round(apertium, new Date(now.getTime() + 31_000 + 61_000));
    expect(later.done).toBeGreaterThan(0);
    const shown = (await thread('es')).comments.find((c) => c.id === id);
    expect(shown?.translation?.text).toMatch(/ciudad/i);
    expect(shown?.translation?.text).toMatch(/casas/i);
  });

  it('translates a journalist’s reply too, and keeps the badge', async () => {
    const first = (await thread('en')).comments.find((c) => c.language === 'es');
    const reply = await t.api('editor', 'POST', `/api/v1/debates/${debateId}/comments`, {
      body: 'Thank you. The school will stay open next year.',
      parentId: first?.id,
    });
    expect(reply.status).toBe(201);
    await round(apertium, new Date('2026-11-21T09:00:00Z'));
    const spanish = (await thread('es')).comments.find((c) => c.id === first?.id)?.replies[0];
    expect(spanish).toMatchObject({
      language: 'en',
      author: { badge: 'journalist' },
      translationState: 'translated',
    });
    expect(spanish?.translation?.text).toMatch(/escuela/i);
  });

  it('runs the moderation checks on the original, with the word lists of its language', async () => {
    expect(
      (await t.api('moderator', 'PUT', '/api/v1/moderation/words/es', { banned: ['tonto'] })).status,
    ).toBe(200);
    const refused = await sofia.post(`/api/v1/debates/${debateId}/comments`, {
      body: 'El alcalde es un tonto y no sabe nada de la ciudad.',
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe('bannedWords');
    // The same word in an English comment is not on the English list.
    const english = await emma.post(`/api/v1/debates/${debateId}/comments`, {
      body: 'Tonto is what the mayor called the plan, and the plan is good for the city.',
    });
    expect(english.status).toBe(201);
    const { id } = (await english.json()) as { id: string };
    expect((await t.api('moderator', 'POST', `/api/v1/comments/${id}/approve`, {})).status).toBe(200);
  });

  it('counts the comments of every language together, and lists the debate in every language', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect((await thread('fr')).thread).toMatchObject({ multilingual: true, comments: 4 });
    for (const language of ['en', 'es', 'de'] as const) {
      const listed = await listDebates(t.store.db, { language, now, limit: 10, offset: 0 });
      expect(listed.find((d) => d.id === debateId)?.comments).toBe(4);
      const ranked = await mostDiscussed(t.store.db, language, now);
      expect(ranked.find((r) => r.id === debateId)).toMatchObject({
        comments: 4,
        url: `/${language}/debates/${debateId}`,
      });
    }
    const api = (await (await t.app.request('/api/v1/debates?language=ja')).json()) as {
      items: Array<{ id: string; comments: number; multilingual: boolean; url: string }>;
    };
    expect(api.items.find((d) => d.id === debateId)).toMatchObject({
      comments: 4,
      multilingual: true,
      url: `http://shortwave.test/ja/debates/${debateId}`,
    });
    // A German moderator finds the Spanish and English comments in the German queue.
    const queue = (await (
      await t.api('moderator', 'GET', '/api/v1/moderation/comments?language=de&status=approved')
    ).json()) as { items: Array<{ id: string }> };
    expect(queue.items.length).toBe(4);
  });

  it('makes an article’s comments multilingual when the editors choose it', async () => {
    const article = await makeArticle(t, { headline: 'The village school stays open' });
    expect((await t.app.request(`/es/comments/${article.id}`)).status).toBe(404);
    const set = await t.api('moderator', 'PUT', `/api/v1/articles/${article.id}/comment-settings`, {
      mode: 'open',
      multilingual: true,
    });
    expect(((await set.json()) as { multilingual: boolean }).multilingual).toBe(true);
    const res = await sofia.post(`/api/v1/articles/${article.id}/comments`, {
      body: 'La escuela del pueblo es importante para las familias.',
      // Too short to recognise: the language of the page it was written on decides, as the island sends it.
      pageLanguage: 'es',
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await t.api('moderator', 'POST', `/api/v1/comments/${id}/approve`, {});
    await round(apertium, new Date('2026-11-22T09:00:00Z'));
    const english = (await (
      await t.app.request(`/api/v1/articles/${article.id}/comments?language=en`)
    ).json()) as ThreadJson;
    expect(english.comments[0]).toMatchObject({ language: 'es', translationState: 'translated' });
    expect((await t.app.request(`/es/comments/${article.id}`)).status).toBe(200);
  });
});
