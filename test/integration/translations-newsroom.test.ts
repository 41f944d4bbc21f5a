/**
 * The newsroom's translation pages (ADR 0024), in-process on SQLite: "Translate into …"
 * with several languages ticked, the translator's side-by-side view (original in its own
 * language and direction), saving and marking fields reviewed with the next field focused,
 * the notice when the original changed, and the translation desk of a language.
 * @example npx vitest run test/integration/translations-newsroom.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';
import { taggingTranslation } from '../support/tagging-translation.js';

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('translation pages in the newsroom', () => {
  let t: TestApp;
  let editor: StaffSession;
  let original: { id: string };
  beforeAll(async () => {
    t = await testApp('sqlite', { machineTranslation: taggingTranslation() });
    editor = await staffSession(t, 'editor');
    const made = await t.api('editor', 'POST', '/api/v1/articles', {
      language: 'ar',
      section: 'politics',
      status: 'published',
      headline: 'الوزير يعلن خطة جديدة للطاقة',
      lead: 'قال الوزير إن الخطة جاهزة وسيتم التصويت عليها في المجلس الأسبوع المقبل',
      body: { type: 'doc', content: [para('الفقرة الأولى من المقال'), para('الفقرة الثانية من المقال')] },
    });
    original = (await made.json()) as { id: string };
  });
  afterAll(async () => t.cleanup());

  const page = async (path: string) => {
    const res = await editor.request('GET', path);
    expect(res.status).toBe(200);
    return res.text();
  };

  it('offers every missing language as a checkbox on the editor page and the desk', async () => {
    const html = await page(`/newsroom/articles/${original.id}`);
    for (const language of ['en', 'de', 'fr', 'it', 'es', 'pt', 'zh', 'ja', 'ru'])
      expect(html).toContain(`name="languages" value="${language}"`);
    expect(html).toContain('Machine translation: Tagging stand-in');
    const desk = await page('/newsroom/translations?language=es');
    expect(desk).toContain('الوزير يعلن خطة جديدة للطاقة');
  });

  it('makes drafts in two languages and opens the translator view, original in its direction', async () => {
    const res = await editor.request(
      'POST',
      `/newsroom/articles/${original.id}/translations`,
      new URLSearchParams([
        ['languages', 'es'],
        ['languages', 'pt'],
      ]),
      { csrf: true },
    );
    expect(res.status).toBe(303);
    const where = res.headers.get('location') ?? '';
    expect(where).toMatch(/^\/newsroom\/articles\/\w+\/translation\?made=es,pt$/);
    const html = await page(where);
    expect(html).toContain('Drafts made: Español, Português');
    expect(html).toContain('lang="ar" dir="rtl"');
    expect(html).toContain('lang="es" dir="ltr"');
    expect(html).toContain('[es] الوزير يعلن خطة جديدة للطاقة');
    // The first unreviewed field's button has the focus and the access key.
    expect(/<button[^>]*autofocus[^>]*accesskey="r"/.test(html)).toBe(true);
    const desk = await page('/newsroom/translations?language=es');
    expect(desk).not.toContain(`/newsroom/articles/${original.id}/translations`);
    expect(desk).toContain('Not reviewed: 4');
  });

  it('saves a field and marks it reviewed; the next field gets the focus', async () => {
    const es = await versionOf('es');
    const html = await page(`/newsroom/articles/${es.id}/translation`);
    const version = /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';
    const res = await editor.request(
      'POST',
      `/newsroom/articles/${es.id}/review`,
      new URLSearchParams({
        field: 'headline',
        text: 'El ministro anuncia un nuevo plan energético',
        version,
      }),
      { csrf: true },
    );
    expect(res.status).toBe(303);
    const after = await page(`/newsroom/articles/${es.id}/translation`);
    expect(after).toContain('El ministro anuncia un nuevo plan energético');
    expect(/<section class="tr-row reviewed" id="tr-headline"/.test(after)).toBe(true);
    expect(
      /<form[^>]*>(?:(?!<\/form>).)*name="field" value="lead"(?:(?!<\/form>).)*autofocus/s.test(after),
    ).toBe(true);
    const api = (await (await t.api('editor', 'GET', `/api/v1/articles/${es.id}`)).json()) as {
      slug: string;
      translation: { unreviewed: string[] };
    };
    expect(api.translation.unreviewed).toEqual(['lead', 'body.0', 'body.1']);
    expect(api.slug).toBe('el-ministro-anuncia-un-nuevo-plan-energetico');
  });

  it('shows what changed when the original was updated', async () => {
    await t.api('editor', 'PATCH', `/api/v1/articles/${original.id}`, {
      body: { type: 'doc', content: [para('الفقرة الأولى من المقال'), para('فقرة ثانية جديدة')] },
    });
    const pt = await versionOf('pt');
    const html = await page(`/newsroom/articles/${pt.id}/translation`);
    expect(html).toContain('The original was updated after this version was made.');
    expect(html).toContain('<ins>فقرة ثانية جديدة</ins>');
    expect(html).not.toContain('<ins>الفقرة الأولى من المقال</ins>');
    const before = (await (await t.api('editor', 'GET', `/api/v1/articles/${pt.id}`)).json()) as {
      body: { content: Array<{ content: Array<{ text: string }> }> };
    };
    const again = await editor.request(
      'POST',
      `/newsroom/articles/${pt.id}/retranslate`,
      new URLSearchParams(),
      {
        csrf: true,
      },
    );
    expect(again.status).toBe(303);
    const after = (await (await t.api('editor', 'GET', `/api/v1/articles/${pt.id}`)).json()) as {
      body: { content: Array<{ content: Array<{ text: string }> }> };
      translation: { unreviewed: string[]; sourceUpdated: boolean };
    };
    // Only the changed paragraph went through the machine again; the first one is as it was.
    expect(after.body.content[0]).toEqual(before.body.content[0]);
    expect(after.body.content[1]?.content[0]?.text).toBe('[pt] فقرة ثانية جديدة');
    expect(after.translation.sourceUpdated).toBe(false);
    expect(after.translation.unreviewed).toContain('body.1');
    expect(await page(`/newsroom/articles/${pt.id}/translation`)).not.toContain('The original was updated');
  });

  it("publishes from the translator view only past the guard, or with an editor's reason", async () => {
    const es = await versionOf('es');
    const publish = (reason: string) =>
      editor.request(
        'POST',
        `/newsroom/articles/${es.id}/publish-version`,
        new URLSearchParams({ overrideReason: reason }),
        {
          csrf: true,
        },
      );
    expect((await publish('')).status).toBe(409);
    await t.api('editor', 'PATCH', `/api/v1/articles/${es.id}`, { reviewed: ['lead', 'body'] });
    // The lead and body are still Arabic under the stand-in's tag: the language check refuses.
    const refused = await publish('');
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('reads as Arabic, not Spanish');
    expect((await publish('Quoted statement kept in Arabic')).status).toBe(303);
    const live = (await (await t.api('editor', 'GET', `/api/v1/articles/${es.id}`)).json()) as {
      status: string;
    };
    expect(live.status).toBe('published');
  });

  async function versionOf(language: string) {
    const res = await t.api('editor', 'GET', `/api/v1/articles?language=${language}`);
    const { items } = (await res.json()) as { items: Array<{ id: string }> };
    return items[0] as { id: string };
  }
});
