/**
 * The translation guard holds on every path (ADR 0024, amended), on SQLite and PostgreSQL:
 * every way of making a language version gives it review state; image alt texts and captions
 * in the body are reviewed one by one; review marks stay on their paragraph when another is
 * inserted before it; the guard stands when the text of a live version changes (an edit, a
 * held edit published) and the scheduled job publishes only reviewed text; translating one
 * version again keeps reviewed fields unless asked; a German newsroom reads the refusal in
 * German, with the fields named.
 * @example npx vitest run test/integration/translation-guard.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDueArticles } from '../../src/commands/workflow.js';
import { storyVersions } from '../../src/storage/repos/articles.js';
import { findReview } from '../../src/storage/repos/translations.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeImage } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';
import { taggingTranslation } from '../support/tagging-translation.js';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const PARAGRAPHS = [
  'The operator said that the output of the farm was higher than expected and that it will grow.',
  'Residents who were against the project have changed their minds, the mayor said.',
  'The next ridge will get six more turbines before the winter, according to the plan.',
  'The grid company has to build a new line down the valley to carry the power.',
];
const SPANISH = {
  headline: 'Los parques eólicos abastecen a todo el valle por primera vez',
  lead: 'Las turbinas que se construyeron el año pasado en la cresta ya producen más de lo que el valle consume.',
  paragraphs: [
    'El operador dijo que la producción del parque fue mayor de lo esperado y que crecerá.',
    'Los vecinos que estaban en contra del proyecto han cambiado de opinión, según el alcalde.',
    'La próxima cresta tendrá seis turbinas más antes del invierno, según el plan.',
    'La compañía de la red tiene que construir una nueva línea por el valle para llevar la energía.',
  ],
};

type Translated = {
  id: string;
  language: string;
  status: string;
  headline: string;
  lead: string;
  body: { content: Array<{ type: string; content?: Array<{ text: string }> }> };
  translation: { unreviewed: string[] } | null;
};
type Failure = { error: { code: string; field?: string; message: string } };

describe.each(DIALECTS)('the translation guard on %s', (dialect) => {
  let t: TestApp;
  let editor: StaffSession;
  let original: { id: string; storyId: string };
  let mediaId: string;
  beforeAll(async () => {
    t = await testApp(dialect, { machineTranslation: taggingTranslation() });
    editor = await staffSession(t, 'editor');
    mediaId = await makeImage(t, { alt: 'Turbines on a ridge', credit: 'Keystone' });
    const made = await t.api('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      status: 'published',
      headline: 'Wind farms power the whole valley for the first time',
      lead: 'The turbines that were built on the ridge last year now deliver more than the valley uses.',
      body: {
        type: 'doc',
        content: [
          ...PARAGRAPHS.map(para),
          {
            type: 'image',
            attrs: {
              mediaId,
              alt: 'Six turbines on a ridge',
              caption: 'The ridge in May',
              credit: 'Keystone',
            },
          },
        ],
      },
    });
    expect(made.status).toBe(201);
    original = (await made.json()) as typeof original;
  });
  afterAll(async () => t.cleanup());

  const read = async (id: string) =>
    (await (await t.api('editor', 'GET', `/api/v1/articles/${id}`)).json()) as Translated;
  const translate = async (language: string) => {
    const res = await t.api('editor', 'POST', `/api/v1/articles/${original.id}/translations`, {
      languages: [language],
    });
    expect(res.status).toBe(201);
    const { items } = (await res.json()) as { items: [{ id: string }] };
    return items[0].id;
  };
  const patch = (id: string, body: Record<string, unknown>) =>
    t.api('editor', 'PATCH', `/api/v1/articles/${id}`, body);
  const spanishBody = (paragraphs: readonly string[]) => ({
    type: 'doc',
    content: [
      ...paragraphs.map(para),
      { type: 'image', attrs: { mediaId, alt: 'Seis turbinas en una cresta', caption: 'La cresta en mayo' } },
    ],
  });

  it('gives every version review state, however it is made, and the editor page has no way around it', async () => {
    const editorPage = await (await editor.request('GET', `/newsroom/articles/${original.id}`)).text();
    expect(editorPage).not.toContain('ed-translate-language');
    expect(editorPage).toContain('name="languages" value="de"');
    // The API's create with translationOf (as the old "Translate" did): the original's text
    // copied in is unreviewed and guarded at once; text a person wrote is theirs.
    const source = (await read(original.id)) as Translated;
    const copy = {
      language: 'de',
      translationOf: original.id,
      section: 'politics',
      headline: 'Windparks versorgen erstmals das ganze Tal',
      lead: 'Die Turbinen auf dem Grat liefern jetzt mehr Strom, als das ganze Tal verbraucht.',
      body: source.body,
    };
    const refused = await t.api('editor', 'POST', '/api/v1/articles', { ...copy, status: 'published' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Failure).error.field).toBe('body.0');
    const drafted = await t.api('editor', 'POST', '/api/v1/articles', { ...copy, status: 'draft' });
    expect(drafted.status).toBe(201);
    const de = await read(((await drafted.json()) as { id: string }).id);
    expect(de.translation?.unreviewed).toEqual([
      'body.0',
      'body.1',
      'body.2',
      'body.3',
      'body.4.alt',
      'body.4.caption',
    ]);
    // The editor page's form and the desk's one-click form.
    const fromEditor = await editor.request(
      'POST',
      `/newsroom/articles/${original.id}/translations`,
      new URLSearchParams([['languages', 'fr']]),
      { csrf: true },
    );
    expect(fromEditor.status).toBe(303);
    const desk = await (await editor.request('GET', '/newsroom/translations?language=it')).text();
    const action = `/newsroom/articles/${original.id}/translations`;
    expect(desk).toContain(`action="${action}"`);
    const fromDesk = await editor.request('POST', action, new URLSearchParams([['languages', 'it']]), {
      csrf: true,
    });
    expect(fromDesk.status).toBe(303);
    const versions = await storyVersions(t.store.db, original.storyId);
    expect(versions.map((v) => v.language).sort()).toEqual(['de', 'en', 'fr', 'it']);
    expect(versions.every((v) => v.status !== 'published' || v.id === original.id)).toBe(true);
    for (const version of versions.filter((v) => v.id !== original.id)) {
      expect(await findReview(t.store.db, version.id)).not.toBeNull();
      expect((await read(version.id)).translation?.unreviewed.length).toBeGreaterThan(0);
    }
  });

  it('reviews the alt text and the caption of an image in the body one by one', async () => {
    const id = await translate('pt');
    const pt = await read(id);
    expect(pt.translation?.unreviewed).toEqual([
      'headline',
      'lead',
      'body.0',
      'body.1',
      'body.2',
      'body.3',
      'body.4.alt',
      'body.4.caption',
    ]);
    const view = await (await editor.request('GET', `/newsroom/articles/${id}/translation`)).text();
    expect(view).toContain('Block 5: image alt text');
    expect(view).toContain('Block 5: image caption');
    expect(view).toContain('[pt] Six turbines on a ridge');
    expect(view).toContain('The ridge in May');
    const marked = await patch(id, {
      reviewed: ['headline', 'lead', 'body.0', 'body.1', 'body.2', 'body.3', 'body.4.alt'],
    });
    expect(((await marked.json()) as Translated).translation?.unreviewed).toEqual(['body.4.caption']);
    const refused = await t.api('editor', 'POST', `/api/v1/articles/${id}/publish`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Failure).error.field).toBe('body.4.caption');
  });

  it('keeps a review mark on its paragraph when a paragraph is inserted or deleted before it', async () => {
    const id = await translate('es');
    await patch(id, { reviewed: ['body.2'] });
    expect((await read(id)).translation?.unreviewed).not.toContain('body.2');
    const before = (await read(id)).body.content;
    const inserted = await patch(id, {
      body: { type: 'doc', content: [para('Un párrafo nuevo escrito por la traductora.'), ...before] },
    });
    expect(inserted.status).toBe(200);
    const after = ((await inserted.json()) as Translated).translation?.unreviewed ?? [];
    // The new paragraph is unreviewed; the reviewed one (formerly 3rd, now 4th) stays reviewed.
    expect(after).toEqual([
      'headline',
      'lead',
      'body.0',
      'body.1',
      'body.2',
      'body.4',
      'body.5.alt',
      'body.5.caption',
    ]);
    const deleted = await patch(id, { body: { type: 'doc', content: before.slice(1) } });
    expect(((await deleted.json()) as Translated).translation?.unreviewed).toEqual([
      'headline',
      'lead',
      'body.0',
      'body.2',
      'body.3.alt',
      'body.3.caption',
    ]);
  });

  it('guards the text of a live version: an edit, a held edit published, and the scheduled job', async () => {
    const id = (await storyVersions(t.store.db, original.storyId)).find((v) => v.language === 'es')
      ?.id as string;
    const reviewed = await patch(id, {
      headline: SPANISH.headline,
      lead: SPANISH.lead,
      body: spanishBody(SPANISH.paragraphs),
      reviewed: ['headline', 'lead', 'body'],
    });
    expect(((await reviewed.json()) as Translated).translation?.unreviewed).toEqual([]);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${id}/publish`)).status).toBe(200);
    // The lead translated again by the machine waits as held changes; readers keep the reviewed one.
    const again = await t.api(
      'editor',
      'POST',
      `/api/v1/articles/${original.id}/translations/es/retranslate`,
      {
        fields: ['lead'],
        overwriteReviewed: true,
      },
    );
    expect(again.status).toBe(200);
    expect(((await again.json()) as { unreviewed: string[] }).unreviewed).toEqual(['lead']);
    expect((await read(id)).lead).toBe(SPANISH.lead);
    const held = await t.api('editor', 'POST', `/api/v1/articles/${id}/pending/publish`);
    expect(held.status).toBe(409);
    expect(((await held.json()) as Failure).error.field).toBe('lead');
    // An edit applied at once to the live text meets the guard too.
    const direct = await patch(id, { headline: `${SPANISH.headline}, dice el operador` });
    expect(direct.status).toBe(409);
    expect((await read(id)).headline).toBe(SPANISH.headline);
    // Reviewed (with the translator's own words), the held edit goes out.
    const lead = 'Las turbinas de la cresta ya dan más electricidad de la que consume el valle entero.';
    expect((await patch(id, { lead, reviewed: ['lead'], hold: true })).status).toBe(200);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${id}/pending/publish`)).status).toBe(200);
    expect((await read(id)).lead).toBe(lead);

    // Scheduled: the machine's held text cannot be put in place, and the job publishes the reviewed text.
    const ptId = (await storyVersions(t.store.db, original.storyId)).find((v) => v.language === 'pt')
      ?.id as string;
    await patch(ptId, {
      headline: 'Parques eólicos abastecem todo o vale pela primeira vez',
      lead: 'As turbinas construídas no ano passado na serra já produzem mais do que o vale consome.',
      body: {
        type: 'doc',
        content: [para('O operador disse que a produção foi maior do que o esperado e que vai crescer.')],
      },
      reviewed: ['headline', 'lead', 'body'],
    });
    const scheduled = await patch(ptId, { status: 'scheduled', publishAt: '2026-11-20T10:00:00Z' });
    expect(scheduled.status).toBe(200);
    await t.api('editor', 'POST', `/api/v1/articles/${original.id}/translations/pt/retranslate`, {
      fields: ['lead'],
      overwriteReviewed: true,
    });
    expect((await t.api('editor', 'POST', `/api/v1/articles/${ptId}/pending/publish`)).status).toBe(409);
    expect(await publishDueArticles(t.store.db, new Date('2026-11-20T11:00:00Z'))).toEqual([ptId]);
    const live = await read(ptId);
    expect(live.status).toBe('published');
    expect(live.lead).toBe(
      'As turbinas construídas no ano passado na serra já produzem mais do que o vale consome.',
    );
    expect(live.translation?.unreviewed).toEqual(['lead']);
  });

  it('translates one version again from the current original, keeping reviewed fields unless asked', async () => {
    const id = await translate('ru');
    await patch(id, { lead: 'Турбины на хребте дают больше, чем потребляет долина.', reviewed: ['lead'] });
    const url = `/api/v1/articles/${original.id}/translations/ru/retranslate`;
    const kept = await t.api('editor', 'POST', url, { fields: ['lead', 'headline'] });
    expect(kept.status).toBe(200);
    const keptJson = (await kept.json()) as { lead: string; unreviewed: string[] };
    expect(keptJson.lead).toBe('Турбины на хребте дают больше, чем потребляет долина.');
    expect(keptJson.unreviewed).not.toContain('lead');
    const replaced = await t.api('editor', 'POST', url, { fields: ['lead'], overwriteReviewed: true });
    const replacedJson = (await replaced.json()) as { lead: string; unreviewed: string[] };
    expect(replacedJson.lead).toMatch(/^\[ru\] The turbines/);
    expect(replacedJson.unreviewed).toContain('lead');
    expect(
      (await t.api('editor', 'POST', `/api/v1/articles/${original.id}/translations/ja/retranslate`)).status,
    ).toBe(404);
    expect((await t.api('editor', 'POST', url, { fields: ['nonsense'] })).status).toBe(400);
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/api/v1/articles/{id}/translations/{language}/retranslate']).toHaveProperty('post');
  });

  it("names the unreviewed fields in the newsroom's language", async () => {
    const id = (await storyVersions(t.store.db, original.storyId)).find((v) => v.language === 'fr')
      ?.id as string;
    const view = await (await editor.request('GET', `/newsroom/articles/${id}/translation`)).text();
    const version = /name="version" value="(\d+)"/.exec(view)?.[1] ?? '';
    const res = await editor.request(
      'POST',
      `/newsroom/articles/${id}/publish-version`,
      new URLSearchParams([['version', version]]),
      { csrf: true, headers: { cookie: `${editor.cookie}; sw_newsroom_lang=de` } },
    );
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain(
      'Diese Fassung kann noch nicht erscheinen: Niemand hat diese Felder geprüft: Titel, Vorspann, Absatz 1',
    );
    expect(html).toContain('Block 5: Alternativtext des Bildes, Block 5: Bildunterschrift');
    expect(html).not.toContain('nobody has reviewed');
  });
});
