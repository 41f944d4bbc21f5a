import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { type ArticleJson, makeArticle, paragraph, pathOf, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

interface ReportJson {
  id: string;
  status: string;
  articleId: string;
  articleVersion: number;
  revisionNumber: number | null;
  text: string;
  source: string | null;
  email: string | null;
  note: string | null;
  notifiedAt: string | null;
  mailed?: boolean | null;
  article?: { headline: string; url: string | null; currentVersion: number };
}

/** Posts the article page's form as a browser without JavaScript would. */
function postForm(t: TestApp, fields: Record<string, string>, language = 'en') {
  return t.app.request(`/${language}/about/report-error`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

describe.each(DIALECTS)('error reports on %s', (dialect) => {
  let t: TestApp;
  let article: ArticleJson;
  let version: number;
  beforeAll(async () => {
    t = await testApp(dialect);
    article = await makeArticle(t, {
      headline: 'The vote took place in June',
      body: { type: 'doc', content: [paragraph(text('Voters went to the polls in June.'))] },
    });
    version = (
      (await (await t.api('editor', 'GET', `/api/v1/articles/${article.id}`)).json()) as { version: number }
    ).version;
  });
  afterAll(async () => {
    await t.cleanup();
  });
  // Each test in a rate-limit window of its own: the in-process requests share one address.
  let now = new Date('2026-11-20T09:00:00Z');
  beforeEach(() => {
    now = new Date(now.getTime() + 11 * 60_000);
    t.setNow(now);
  });

  it('puts a labelled form with the article id, its version and a honeypot on the article page', async () => {
    const html = await (await t.app.request(pathOf(article.url))).text();
    expect(html).toContain('<form method="post" action="/en/about/report-error">');
    expect(html).toContain(`<input type="hidden" name="article" value="${article.id}"/>`);
    expect(html).toContain(`<input type="hidden" name="version" value="${version}"/>`);
    expect(html).toMatch(
      /<label for="report-text">What is wrong\?<\/label>\s*<textarea id="report-text" name="text"/,
    );
    expect(html).toContain('<label for="report-email">');
    expect(html).toMatch(/<div class="trap" aria-hidden="true">.*name="website" tabindex="-1"/s);
  });

  it('takes a report from the API with the current version, and answers 201', async () => {
    const res = await t.api(null, 'POST', `/api/v1/articles/${article.id}/error-reports`, {
      text: 'The vote was in May, not June.',
      source: 'https://www.admin.ch/votes',
      email: 'Reader@Example.org',
    });
    expect(res.status).toBe(201);
    const receipt = (await res.json()) as ReportJson;
    expect(receipt).toMatchObject({ status: 'new', articleId: article.id, articleVersion: version });
    const stored = (await (
      await t.api('editor', 'GET', `/api/v1/error-reports/${receipt.id}`)
    ).json()) as ReportJson;
    expect(stored).toMatchObject({
      text: 'The vote was in May, not June.',
      source: 'https://www.admin.ch/votes',
      email: 'reader@example.org',
      status: 'new',
    });
    expect(stored.revisionNumber).toBeGreaterThan(0);
  });

  it('refuses bad reports with the field named, and unknown or unpublished articles', async () => {
    const empty = await t.api(null, 'POST', `/api/v1/articles/${article.id}/error-reports`, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 'validation_failed', field: 'text' } });
    const badEmail = await t.api(null, 'POST', `/api/v1/articles/${article.id}/error-reports`, {
      text: 'Wrong',
      email: 'not an address',
    });
    expect(await badEmail.json()).toMatchObject({ error: { field: 'email' } });
    const extra = await t.api(null, 'POST', `/api/v1/articles/${article.id}/error-reports`, {
      text: 'x',
      admin: 1,
    });
    expect(extra.status).toBe(400);
    expect((await t.api(null, 'POST', '/api/v1/articles/nope/error-reports', { text: 'x' })).status).toBe(
      404,
    );
    const draft = await makeArticle(t, { headline: 'Not out yet', status: 'draft' });
    expect(
      (await t.api(null, 'POST', `/api/v1/articles/${draft.id}/error-reports`, { text: 'x' })).status,
    ).toBe(404);
  });

  it('takes the form without JavaScript: records the version the reader saw and thanks them', async () => {
    const res = await postForm(t, {
      article: article.id,
      version: String(version),
      text: 'The turnout figure is from 2019.',
      source: '',
      email: '',
      website: '',
    });
    expect(res.status).toBe(303);
    const thanks = await t.app.request(res.headers.get('location') ?? '');
    expect(thanks.status).toBe(200);
    expect(thanks.headers.get('cache-control')).toBe('no-store');
    const html = await thanks.text();
    expect(html).toContain('Thank you for your report');
    expect(html).toContain(`<a href="${pathOf(article.url)}">Back to the article</a>`);
    const list = (await (
      await t.api('editor', 'GET', '/api/v1/error-reports?language=en&status=new')
    ).json()) as {
      items: ReportJson[];
    };
    expect(list.items.map((r) => r.text)).toContain('The turnout figure is from 2019.');
  });

  it('shows the form again with the reader’s text and a readable message when something is wrong', async () => {
    const res = await postForm(t, {
      article: article.id,
      version: String(version),
      text: 'Date <b>wrong</b>',
      email: 'nope',
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('This is not a valid email address.');
    expect(html).toContain('Date &lt;b&gt;wrong&lt;/b&gt;</textarea>');
    expect(html).toContain('aria-invalid="true"');
  });

  it('quietly drops a report whose honeypot is filled in', async () => {
    const before = (await (await t.api('editor', 'GET', '/api/v1/error-reports')).json()) as {
      total: number;
    };
    const res = await postForm(t, {
      article: article.id,
      version: String(version),
      text: 'Buy pills',
      website: 'http://spam.example',
    });
    expect(res.status).toBe(303);
    const after = (await (await t.api('editor', 'GET', '/api/v1/error-reports')).json()) as { total: number };
    expect(after.total).toBe(before.total);
  });

  it('lets editors, not contributors, read the inbox and decide; the reporter hears the outcome once', async () => {
    expect((await t.api('contributor', 'GET', '/api/v1/error-reports')).status).toBe(403);
    const list = (await (await t.api('editor', 'GET', '/api/v1/error-reports?status=new')).json()) as {
      items: ReportJson[];
    };
    const withEmail = list.items.find((r) => r.email === 'reader@example.org');
    if (!withEmail) throw new Error('the report with an email is not in the inbox');
    expect(withEmail.article).toMatchObject({ headline: 'The vote took place in June', url: article.url });
    expect((await t.api('contributor', 'POST', `/api/v1/error-reports/${withEmail.id}/accept`)).status).toBe(
      403,
    );
    const res = await t.api('editor', 'POST', `/api/v1/error-reports/${withEmail.id}/accept`, {
      note: 'Checked against the federal chancellery; correcting.',
    });
    expect(res.status).toBe(200);
    const decided = (await res.json()) as ReportJson;
    expect(decided).toMatchObject({
      status: 'accepted',
      note: 'Checked against the federal chancellery; correcting.',
      mailed: true,
    });
    expect(t.outbox).toHaveLength(1);
    expect(t.outbox[0]).toMatchObject({
      to: 'reader@example.org',
      subject: 'Your error report on “The vote took place in June”',
    });
    expect(t.outbox[0]?.text).toContain('> The vote was in May, not June.');
    expect(t.outbox[0]?.text).toContain(article.url);
    // Only a new note: nothing new to tell the reporter.
    const again = await t.api('editor', 'POST', `/api/v1/error-reports/${withEmail.id}/accept`, {
      note: 'Done.',
    });
    expect(((await again.json()) as ReportJson).mailed).toBeNull();
    expect(t.outbox).toHaveLength(1);
    const accepted = (await (
      await t.api('editor', 'GET', '/api/v1/error-reports?status=accepted')
    ).json()) as {
      items: ReportJson[];
    };
    expect(accepted.items.map((r) => r.id)).toEqual([withEmail.id]);
    expect(accepted.items[0]?.notifiedAt).toBe(now.toISOString());
    const unknown = await t.api('editor', 'POST', '/api/v1/error-reports/nope/reject');
    expect(unknown.status).toBe(404);
    const filter = await t.api('editor', 'GET', '/api/v1/error-reports?status=open');
    expect(await filter.json()).toMatchObject({ error: { field: 'status' } });
  });

  it('limits floods per address with 429 and Retry-After, and a friendly page on the form', async () => {
    const flood = await makeArticle(t, { headline: 'Flooded' });
    const answers: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await t.api(null, 'POST', `/api/v1/articles/${flood.id}/error-reports`, {
        text: `Flood ${i}`,
      });
      answers.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(answers.filter((s) => s === 201)).toHaveLength(5);
    expect(answers.slice(5)).toEqual([429, 429, 429]);
    const page = await postForm(t, { article: flood.id, text: 'One more' });
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBeTruthy();
    const html = await page.text();
    expect(html).toContain('Please wait a moment');
    expect(html).toMatch(/Please try again in \d+ minutes/);
    // The inbox stays usable.
    const inbox = await t.api('editor', 'GET', '/api/v1/error-reports?language=en');
    expect(inbox.status).toBe(200);
  });
});
