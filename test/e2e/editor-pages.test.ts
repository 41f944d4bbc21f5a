/**
 * The editor page and the preview, in-process on both databases: what each role is offered,
 * and that the preview is the reader's page, marked and kept out of search engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeImage, makeOwnAuthorProfile, paragraph, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

/** The JSON the page hands to the editor island. */
function bootstrapOf(html: string): { language: string; article: { id: string; headline: string } | null } {
  const json = /<script type="application\/json" id="editor-data">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('the page has no editor data');
  return JSON.parse(json);
}

/** The reader-visible article element of a page. */
const articleOf = (html: string) => /<article class="article[^"]*">[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';

describe.each(DIALECTS)('the article editor pages on %s', (dialect) => {
  let t: TestApp;
  let contributor: StaffSession;
  let editor: StaffSession;
  let moderator: StaffSession;

  beforeAll(async () => {
    t = await testApp(dialect);
    [contributor, editor, moderator] = await Promise.all([
      staffSession(t, 'contributor'),
      staffSession(t, 'editor'),
      staffSession(t, 'moderator'),
    ]);
  });
  afterAll(() => t?.cleanup());

  it('opens a new article in the language asked for, and says the editor needs JavaScript', async () => {
    const res = await contributor.request('GET', '/newsroom/articles/new?language=de');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(bootstrapOf(html)).toMatchObject({ language: 'de', article: null });
    expect(html).toContain('<noscript>');
    expect(html).toMatch(/<label for="ed-headline">Headline<\/label>/);
    expect(html).toMatch(/<div lang="de" dir="ltr">/);
    expect(html).toMatch(/src="\/assets\/editor\.js\?v=/);
    // A contributor submits; publishing is for the desk.
    expect(html).toContain('data-workflow="submit"');
    expect(html).not.toContain('data-workflow="publish"');
  });

  it('answers an unknown language and a role that may not write with a readable error page', async () => {
    const bad = await contributor.request('GET', '/newsroom/articles/new?language=xx');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('text/html');
    const forbidden = await moderator.request('GET', '/newsroom/articles/new');
    expect(forbidden.status).toBe(403);
    const article = await makeArticle(t, { headline: 'Not for moderators to edit', status: 'draft' });
    expect((await moderator.request('GET', `/newsroom/articles/${article.id}`)).status).toBe(403);
    expect((await editor.request('GET', '/newsroom/articles/nope')).status).toBe(404);
  });

  it('sends a visitor without a session to the login', async () => {
    const res = await t.app.request('/newsroom/articles/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/newsroom/login');
  });

  it('offers each role the steps it may take from the article status', async () => {
    // Under the contributor's byline: theirs to submit and open.
    const byline = await makeOwnAuthorProfile(t, 'contributor', 'the-contributor');
    const draft = await makeArticle(t, { headline: 'A draft to review', status: 'draft', authors: [byline] });
    const submitted = await contributor.request('POST', `/api/v1/articles/${draft.id}/submit`);
    expect(submitted.status).toBe(200);
    const asEditor = await (await editor.request('GET', `/newsroom/articles/${draft.id}`)).text();
    expect(asEditor).toContain('data-workflow="send-back"');
    expect(asEditor).toContain('data-workflow="publish"');
    expect(asEditor).toContain('In review');
    const asContributor = await (await contributor.request('GET', `/newsroom/articles/${draft.id}`)).text();
    expect(asContributor).not.toContain('data-workflow="send-back"');
    expect(asContributor).not.toContain('data-workflow="publish"');
  });

  it('shows the held edit of a published article, and lists the languages still to translate', async () => {
    const live = await makeArticle(t, { headline: 'Live headline' });
    const current = (await (await editor.request('GET', `/api/v1/articles/${live.id}`)).json()) as {
      version: number;
    };
    const held = await editor.request('PATCH', `/api/v1/articles/${live.id}`, {
      headline: 'Held headline',
      hold: true,
      version: current.version,
    });
    expect(held.status).toBe(200);
    const html = await (await editor.request('GET', `/newsroom/articles/${live.id}`)).text();
    expect(html).toContain('value="Held headline"');
    expect(html).toMatch(/id="ed-pending-note"[^>]*>/);
    expect(html).not.toMatch(/id="ed-pending-note" hidden/);
    expect(html).toContain('data-workflow="unpublish"');
    expect(html).toMatch(/<option value="de" lang="de">Deutsch<\/option>/);
    expect(html).not.toMatch(/<option value="en" lang="en">/);
    // Readers still see the live version.
    const reader = await t.app.request(new URL(live.url ?? '').pathname);
    expect(await reader.text()).toContain('Live headline');
  });

  it('shows the original beside a translation, in its own language and direction', async () => {
    const original = await makeArticle(t, {
      headline: 'Parliament approves the budget',
      lead: 'A narrow vote after a long night.',
      body: { type: 'doc', content: [paragraph(text('The vote was 101 to 99.'))] },
    });
    const arabic = (await (
      await t.api('editor', 'POST', '/api/v1/articles', {
        language: 'ar',
        section: 'politics',
        headline: 'البرلمان يقر الميزانية',
        translationOf: original.id,
      })
    ).json()) as { id: string };
    const html = await (await editor.request('GET', `/newsroom/articles/${arabic.id}`)).text();
    const aside = html.slice(html.indexOf('class="card ed-original"'));
    expect(aside).toContain('Original (English)');
    expect(aside).toMatch(/<div lang="en" dir="ltr" class="ed-original-text">/);
    expect(aside).toContain('Parliament approves the budget');
    expect(aside).toContain('The vote was 101 to 99.');
    // The translation itself is written right to left.
    expect(html).toMatch(/<div id="ed-body" class="ed-body ed-reader" lang="ar" dir="rtl">/);
    // And the original shows the Arabic version beside it in turn.
    const back = await (await editor.request('GET', `/newsroom/articles/${original.id}`)).text();
    expect(back).toMatch(/<div lang="ar" dir="rtl" class="ed-original-text">/);
  });

  it('previews an unpublished article exactly as readers will see it, marked and not indexed', async () => {
    const image = await makeImage(t, { alt: 'A square in Bern', credit: 'Keystone' });
    const draft = await makeArticle(t, {
      headline: 'Preview before publishing',
      status: 'draft',
      hero: { mediaId: image, alt: 'A square in Bern', caption: 'The square', credit: 'Keystone' },
      body: { type: 'doc', content: [paragraph(text('First paragraph of the preview.'))] },
    });
    const res = await contributor.request('GET', `/newsroom/articles/${draft.id}/preview`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-robots-tag')).toContain('noindex');
    const preview = await res.text();
    expect(preview).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(preview).toMatch(/<aside class="preview-banner"[^>]*>/);
    expect(preview).toContain('Readers cannot see this preview');
    expect(preview).toContain('First paragraph of the preview.');
    // Readers cannot reach it yet.
    const published = await editor.request('POST', `/api/v1/articles/${draft.id}/publish`);
    const { url } = (await published.json()) as { url: string };
    const reader = await (await t.app.request(new URL(url).pathname)).text();
    const after = await (await contributor.request('GET', `/newsroom/articles/${draft.id}/preview`)).text();
    // Once published, the preview's article is the reader's article, byte for byte.
    expect(articleOf(after)).not.toBe('');
    expect(articleOf(after)).toBe(articleOf(reader));
    expect(articleOf(preview).replace(/<p class="dates">.*?<\/p>/s, '')).toBe(
      articleOf(reader).replace(/<p class="dates">.*?<\/p>/s, ''),
    );
  });
});
