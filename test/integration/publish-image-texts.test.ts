/**
 * Credit and alt text are required for publishing: an article whose main image or a body
 * image lacks them is refused by every publishing step of the API (409, naming the image),
 * and the newsroom's editor says what is missing in the newsroom's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage, paragraph, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

const image = (mediaId: string, alt: string, credit?: string) => ({
  type: 'image',
  attrs: credit ? { mediaId, alt, credit } : { mediaId, alt },
});

describe.each(DIALECTS)('publishing images without credit on %s', (dialect) => {
  let t: TestApp;
  let uncredited: string;
  let credited: string;
  let editor: StaffSession;
  beforeAll(async () => {
    t = await testApp(dialect);
    editor = await staffSession(t, 'editor');
    uncredited = await makeImage(t, { alt: 'Boats on the lake' });
    credited = await makeImage(t, { alt: 'The Federal Palace', credit: 'Keystone' });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const body = (...blocks: unknown[]) => ({ type: 'doc', content: [paragraph(text('Text.')), ...blocks] });
  const create = (fields: Record<string, unknown>) =>
    t.api('editor', 'POST', '/api/v1/articles', {
      language: 'en',
      section: 'politics',
      headline: 'Lake day',
      lead: 'A lead.',
      ...fields,
    });

  it('refuses to publish a body image without credit, naming the image', async () => {
    const res = await create({
      status: 'published',
      body: body(image(credited, 'Palace'), image(uncredited, 'Boats')),
    });
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(error.field).toBe('body.images.2.credit');
    expect(error.message).toContain('Image 2 in the body (“Boats”');
    expect(error.message).toContain(uncredited);
    expect(error.message).toContain('needs a credit');
  });

  it('refuses a main image without credit on publish, schedule and a held edit, and allows it once credited', async () => {
    const hero = { mediaId: uncredited, alt: 'Boats on the lake' };
    const heroRes = await create({ status: 'published', hero });
    expect(heroRes.status).toBe(409);
    expect(await heroRes.json()).toMatchObject({ error: { code: 'conflict', field: 'hero.credit' } });

    const draft = (await (await create({ hero })).json()) as { id: string; version: number };
    const publish = await t.api('editor', 'POST', `/api/v1/articles/${draft.id}/publish`);
    expect(publish.status).toBe(409);
    expect(((await publish.json()) as { error: { message: string } }).error.message).toContain(
      'The main image (“Boats on the lake”',
    );
    const schedule = await t.api('editor', 'PATCH', `/api/v1/articles/${draft.id}`, {
      status: 'scheduled',
      publishAt: '2026-12-01T08:00:00Z',
    });
    expect(schedule.status).toBe(409);
    expect((await t.api('editor', 'GET', `/api/v1/articles/${draft.id}`).then((r) => r.json())).status).toBe(
      'draft',
    );

    const fixed = await t.api('editor', 'PATCH', `/api/v1/articles/${draft.id}`, {
      hero: { ...hero, credit: 'Reuters' },
    });
    expect(fixed.status).toBe(200);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${draft.id}/publish`)).status).toBe(200);
  });

  it('takes a body image’s credit from the media library when the article gives none', async () => {
    expect((await create({ status: 'published', body: body(image(credited, 'Palace')) })).status).toBe(201);
    const own = await create({ status: 'published', body: body(image(uncredited, 'Boats', 'AP')) });
    expect(own.status).toBe(201);
  });

  it('lists what is missing beside the editor, in the newsroom language', async () => {
    const draft = await makeArticle(t, {
      status: 'draft',
      hero: { mediaId: uncredited, alt: 'Boats on the lake' },
      body: body(image(credited, 'Palace'), image(uncredited, 'Boats')),
    });
    const page = await editor.request('GET', `/newsroom/articles/${draft.id}`, undefined, {
      headers: { cookie: `${editor.cookie}; sw_newsroom_lang=de` },
    });
    const html = await page.text();
    const gaps = html.slice(html.indexOf('id="ed-publish-gaps"'), html.indexOf('id="ed-pending-note"'));
    expect(gaps).toContain('Vor dem Veröffentlichen');
    expect(gaps).toContain('Das Hauptbild braucht eine Bildquelle');
    expect(gaps).toContain('Bild 2 im Text (Boats) braucht eine Bildquelle');
    expect(gaps).not.toContain('Bild 1');
    // The island gets the same texts for a refused publishing step.
    expect(html).toContain('newsroomdesk.publish.bodyCredit');
  });
});
