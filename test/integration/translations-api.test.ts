/**
 * "Translate into …" through the API (ADR 0024), on SQLite and PostgreSQL: linked drafts in
 * several languages at once, every field unreviewed; the publish guard (unreviewed fields,
 * text in another language, an editor's override kept as a note); marking fields reviewed
 * as an ordinary PATCH; and machine translation off.
 * @example npx vitest run test/integration/translations-api.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDueArticles } from '../../src/commands/workflow.js';
import type { TranslationReview } from '../../src/domain/translation-review.js';
import { findReview, saveReview } from '../../src/storage/repos/translations.js';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { taggingTranslation } from '../support/tagging-translation.js';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const ENGLISH = {
  language: 'en',
  section: 'politics',
  headline: 'Wind farms power the whole valley for the first time',
  lead: 'The turbines that were built on the ridge last year now deliver more than the valley uses.',
  body: {
    type: 'doc',
    content: [
      para('The operator said that the output of the farm was higher than expected and that it will grow.'),
      para('Residents who were against the project have changed their minds, the mayor said.'),
    ],
  },
};
const SPANISH = {
  headline: 'Los parques eólicos abastecen a todo el valle por primera vez',
  lead: 'Las turbinas que se construyeron el año pasado en la cresta ya producen más de lo que el valle consume.',
  body: {
    type: 'doc',
    content: [
      para('El operador dijo que la producción del parque fue mayor de lo esperado y que crecerá.'),
      para('Los vecinos que estaban en contra del proyecto han cambiado de opinión, según el alcalde.'),
    ],
  },
};

type Draft = {
  id: string;
  storyId: string;
  language: string;
  slug: string;
  headline: string;
  status: string;
  machineTranslated: boolean;
  provider: string | null;
  unreviewed: string[];
};
type Failure = { error: { code: string; field?: string; message: string } };

describe.each(DIALECTS)('translations API on %s', (dialect) => {
  let t: TestApp;
  let original: { id: string; storyId: string };
  const mt = taggingTranslation(['en-ru']);
  beforeAll(async () => {
    t = await testApp(dialect, { machineTranslation: mt });
    const made = await t.api('editor', 'POST', '/api/v1/articles', { ...ENGLISH, status: 'published' });
    expect(made.status).toBe(201);
    original = (await made.json()) as typeof original;
  });
  afterAll(async () => t.cleanup());

  const translate = (id: string, languages: unknown, role: 'editor' | 'contributor' = 'editor') =>
    t.api(role, 'POST', `/api/v1/articles/${id}/translations`, { languages });
  const versions = async () => {
    const res = await t.api('editor', 'GET', `/api/v1/articles?language=es`);
    return ((await res.json()) as { total: number }).total;
  };

  it('makes machine-translated drafts of the same story in several languages at once', async () => {
    const res = await translate(original.id, ['es', 'pt', 'ru']);
    expect(res.status).toBe(201);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items.map((d) => d.language)).toEqual(['es', 'pt', 'ru']);
    const [es, , ru] = items as [Draft, Draft, Draft];
    expect(items.every((d) => d.storyId === original.storyId && d.status === 'draft')).toBe(true);
    expect(es.machineTranslated).toBe(true);
    expect(es.provider).toBe('Tagging stand-in');
    expect(es.headline).toBe(`[es] ${ENGLISH.headline}`);
    expect(es.unreviewed).toEqual(['headline', 'lead', 'body.0', 'body.1']);
    // The stand-in lacks en → ru: the Russian draft carries the original's text for a person.
    expect(ru.machineTranslated).toBe(false);
    expect(ru.headline).toBe(ENGLISH.headline);
    expect(ru.unreviewed).toEqual(['headline', 'lead', 'body.0', 'body.1']);
    const read = (await (await t.api('editor', 'GET', `/api/v1/articles/${es.id}`)).json()) as {
      translation: { sourceId: string; unreviewed: string[]; sourceUpdated: boolean };
    };
    expect(read.translation).toMatchObject({ sourceId: original.id, sourceUpdated: false });
  });

  it('refuses a language the story has, the original language and unknown ones, writing nothing', async () => {
    const before = await versions();
    const calls = mt.calls;
    const again = await translate(original.id, ['de', 'es']);
    expect(again.status).toBe(409);
    expect(((await again.json()) as Failure).error.field).toBe('languages');
    expect((await translate(original.id, ['en'])).status).toBe(400);
    expect((await translate(original.id, ['xx'])).status).toBe(400);
    expect((await translate(original.id, [])).status).toBe(400);
    expect((await translate('nope', ['it'])).status).toBe(404);
    expect(await versions()).toBe(before);
    expect(mt.calls).toBe(calls);
    const de = await t.api('editor', 'GET', `/api/v1/articles?language=de`);
    expect(((await de.json()) as { total: number }).total).toBe(0);
  });

  it('does not publish a version with unreviewed fields, and names the first one', async () => {
    const [es] = await draftsOf('es');
    const direct = await t.api('editor', 'POST', `/api/v1/articles/${es.id}/publish`);
    expect(direct.status).toBe(409);
    expect(((await direct.json()) as Failure).error.field).toBe('headline');
    await review(es.id, ['headline']);
    const patch = await t.api('editor', 'PATCH', `/api/v1/articles/${es.id}`, {
      status: 'scheduled',
      publishAt: '2026-12-01T10:00:00Z',
    });
    expect(patch.status).toBe(409);
    expect(((await patch.json()) as Failure).error.field).toBe('lead');
  });

  it('marks fields reviewed by PATCH; refuses unknown field names', async () => {
    const [es] = await draftsOf('es');
    const bad = await t.api('editor', 'PATCH', `/api/v1/articles/${es.id}`, { reviewed: ['title'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Failure).error.field).toBe('reviewed');
    const done = await review(es.id, ['lead', 'body']);
    expect(done.translation.unreviewed).toEqual([]);
    const notATranslation = await t.api('editor', 'PATCH', `/api/v1/articles/${original.id}`, {
      reviewed: ['lead'],
    });
    expect(notATranslation.status).toBe(400);
  });

  it('does not publish a reviewed version still in English, then publishes the Spanish text', async () => {
    const [es] = await draftsOf('es');
    const english = await t.api('editor', 'POST', `/api/v1/articles/${es.id}/publish`);
    expect(english.status).toBe(409);
    const failure = (await english.json()) as Failure;
    expect(['headline', 'lead', 'body']).toContain(failure.error.field);
    expect(failure.error.message).toContain('English');
    const fixed = await t.api('editor', 'PATCH', `/api/v1/articles/${es.id}`, {
      ...SPANISH,
      status: 'published',
    });
    expect(fixed.status).toBe(200);
    const live = (await fixed.json()) as { url: string; status: string; slug: string };
    expect(live.status).toBe('published');
    // The URL is named by the reviewed Spanish headline, not the machine's or the original's.
    expect(live.slug).toBe('los-parques-eolicos-abastecen-a-todo-el-valle-por-primera-vez');
    expect(new URL(live.url).pathname.startsWith('/es/politics/los-parques-eolicos')).toBe(true);
    const page = await t.app.request(new URL(live.url).pathname);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Los parques eólicos abastecen');
  });

  it('lets an editor override the language check with a reason that is kept in the notes', async () => {
    const [pt] = await draftsOf('pt');
    await review(pt.id, ['headline', 'lead', 'body']);
    const res = await t.api('editor', 'PATCH', `/api/v1/articles/${pt.id}`, {
      status: 'published',
      overrideReason: 'Quoted English statement, translated next week',
    });
    expect(res.status).toBe(200);
    const notes = (await (await t.api('editor', 'GET', `/api/v1/articles/${pt.id}/notes`)).json()) as {
      items: Array<{ kind: string; text: string }>;
    };
    expect(notes.items).toContainEqual(
      expect.objectContaining({
        kind: 'language_override',
        text: 'Quoted English statement, translated next week',
      }),
    );
  });

  it('says when the original changed after the version was made', async () => {
    const [ru] = await draftsOf('ru');
    await t.api('editor', 'PATCH', `/api/v1/articles/${original.id}`, { lead: `${ENGLISH.lead} Updated.` });
    const read = (await (await t.api('editor', 'GET', `/api/v1/articles/${ru.id}`)).json()) as {
      translation: { sourceUpdated: boolean };
    };
    expect(read.translation.sourceUpdated).toBe(true);
  });

  it('keeps the scheduled job from publishing a version with unreviewed fields', async () => {
    const [ru] = await draftsOf('ru');
    const russian = {
      headline: 'Ветряные электростанции впервые снабжают всю долину',
      lead: 'Турбины, построенные в прошлом году на хребте, теперь дают больше, чем потребляет долина.',
      body: { type: 'doc', content: [para('Оператор сказал, что выработка выше ожидаемой и будет расти.')] },
    };
    await t.api('editor', 'PATCH', `/api/v1/articles/${ru.id}`, {
      ...russian,
      reviewed: ['headline', 'lead', 'body'],
    });
    const scheduled = await t.api('editor', 'PATCH', `/api/v1/articles/${ru.id}`, {
      status: 'scheduled',
      publishAt: '2026-11-20T10:00:00Z',
    });
    expect(scheduled.status).toBe(200);
    expect(((await scheduled.json()) as { slug: string }).slug).toBe(
      'vetryanye-elektrostantsii-vpervye-snabzhayut-vsyu-dolinu',
    );
    // A field marked unreviewed again after scheduling (as the original's update would): the job leaves it.
    const review = await findReview(t.store.db, ru.id);
    await saveReview(t.store.db, { ...(review as TranslationReview), unreviewed: ['lead'] });
    expect(await publishDueArticles(t.store.db, new Date('2026-11-20T11:00:00Z'))).toEqual([]);
    await saveReview(t.store.db, { ...(review as TranslationReview), unreviewed: [] });
    expect(await publishDueArticles(t.store.db, new Date('2026-11-20T11:00:00Z'))).toEqual([ru.id]);
  });

  async function draftsOf(language: string): Promise<[Draft]> {
    const res = await t.api('editor', 'GET', `/api/v1/articles?language=${language}`);
    const { items } = (await res.json()) as { items: Draft[] };
    expect(items).toHaveLength(1);
    return items as [Draft];
  }

  async function review(id: string, reviewed: string[]) {
    const res = await t.api('editor', 'PATCH', `/api/v1/articles/${id}`, { reviewed });
    expect(res.status).toBe(200);
    return (await res.json()) as { translation: { unreviewed: string[] } };
  }
});

describe('translations API without machine translation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('sqlite');
  });
  afterAll(async () => t.cleanup());

  it('makes drafts with the original text to translate by hand, unreviewed too', async () => {
    const made = (await (await t.api('editor', 'POST', '/api/v1/articles', ENGLISH)).json()) as {
      id: string;
    };
    const res = await t.api('editor', 'POST', `/api/v1/articles/${made.id}/translations`, {
      languages: ['fr'],
    });
    expect(res.status).toBe(201);
    const [fr] = ((await res.json()) as { items: Draft[] }).items as [Draft];
    expect(fr).toMatchObject({
      language: 'fr',
      machineTranslated: false,
      provider: null,
      headline: ENGLISH.headline,
    });
    expect(fr.unreviewed).toContain('headline');
  });
});
