import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, pathOf } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

type Json = Record<string, unknown>;

function jsonLdOf(html: string): Json[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? '{}') as Json,
  );
}

const BASE = 'http://shortwave.test';
const LONG_OWNERSHIP = `Owned by the Example Foundation.\n\n${'The board is elected by the members. '.repeat(30)}`;

describe.each(DIALECTS)('transparency pages and structured data on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
    const en = await t.api('admin', 'PATCH', '/api/v1/settings/trust/en', {
      legalName: 'Example Media Foundation',
      address: 'Example Street 1\n3000 Bern',
      ownership: LONG_OWNERSHIP,
      revenueSources: 'Licence fees 70 %, donations 30 %.',
      masthead: 'Editor-in-chief: Jo Example',
      principles: 'We separate news from opinion.',
      ethicsPolicy: 'No gifts over CHF 50.',
      correctionsPolicy: 'We correct errors on the same page.',
      complaints: 'Write to standards@example.org',
      pressCouncil: 'Swiss Press Council: https://presserat.ch',
      jtiCertificateUrl: 'https://jti.example/certificates/42',
    });
    expect(en.status).toBe(200);
    const de = await t.api('admin', 'PATCH', '/api/v1/settings/trust/de', {
      principles: 'Wir trennen Nachricht und Meinung.',
      verificationPolicy: 'Jede Zahl wird an der Quelle geprüft.',
    });
    expect(de.status).toBe(200);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('lets admins, not editors, change the settings, and checks them', async () => {
    expect((await t.api('editor', 'PATCH', '/api/v1/settings/trust/en', { mission: 'x' })).status).toBe(403);
    expect((await t.api('editor', 'GET', '/api/v1/settings/trust/en')).status).toBe(403);
    const badUrl = await t.api('admin', 'PATCH', '/api/v1/settings/trust/en', {
      jtiCertificateUrl: 'javascript:alert(1)',
    });
    expect(badUrl.status).toBe(400);
    expect(await badUrl.json()).toMatchObject({ error: { field: 'jtiCertificateUrl' } });
    const unknown = await t.api('admin', 'PATCH', '/api/v1/settings/trust/en', { owner: 'x' });
    expect(unknown.status).toBe(400);
    expect((await t.api('admin', 'PATCH', '/api/v1/settings/trust/xx', { mission: 'x' })).status).toBe(404);
    const stored = (await (await t.api('admin', 'GET', '/api/v1/settings/trust/de')).json()) as {
      settings: Record<string, string>;
    };
    expect(stored.settings).toEqual({
      principles: 'Wir trennen Nachricht und Meinung.',
      verificationPolicy: 'Jede Zahl wird an der Quelle geprüft.',
    });
  });

  it('links the trust page from every page’s footer', async () => {
    for (const path of ['/en/', '/de/', '/ar/corrections']) {
      const html = await (await t.app.request(path)).text();
      const language = path.split('/')[1];
      expect(html, path).toContain(`<a href="/${language}/about/trust">`);
    }
  });

  it('shows the overview with the JTI badge, each topic, long texts shortened to their topic page', async () => {
    const res = await t.app.request('/en/about/trust');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('In compliance with the JTI standards');
    expect(html).toContain('href="https://jti.example/certificates/42"');
    expect(html).toContain(
      '<h2 id="topic-ownership"><a href="/en/about/trust/ownership">Ownership and funding</a></h2>',
    );
    expect(html).toContain('Example Media Foundation');
    expect(html).toContain('Example Street 1<br/>3000 Bern');
    expect(html).toContain(
      '<a href="/en/about/trust/ownership">Read the full text: Ownership and funding</a>',
    );
    expect(html).not.toContain('The board is elected by the members.');
    expect(html).toContain('<a href="mailto:standards@example.org">standards@example.org</a>');
    expect(html).toContain('<a href="https://presserat.ch">https://presserat.ch</a>');
    // No text, no topic.
    expect(html).not.toContain('id="topic-data"');
    const topic = await (await t.app.request('/en/about/trust/ownership')).text();
    expect(topic).toContain('The board is elected by the members.');
    expect((await t.app.request('/en/about/trust/data')).status).toBe(404);
    expect((await t.app.request('/en/about/trust/nonsense')).status).toBe(404);
  });

  it('shows a language its own texts and the English ones where it has none, marked as such', async () => {
    const html = await (await t.app.request('/de/about/trust')).text();
    expect(html).toContain('Vertrauen und Transparenz');
    expect(html).toContain('Wir trennen Nachricht und Meinung.');
    expect(html).not.toContain('We separate news from opinion.');
    expect(html).toMatch(/<section class="trust-field" id="ethicsPolicy" lang="en">.*Noch nicht übersetzt/s);
    expect(html).toContain('Entspricht den JTI-Standards');
  });

  it('describes the organization field by field in both languages', async () => {
    const [en] = jsonLdOf(await (await t.app.request('/en/about/trust')).text());
    expect(en).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      '@id': `${BASE}/#organization`,
      name: 'Shortwave',
      url: `${BASE}/`,
      logo: { '@type': 'ImageObject', url: `${BASE}/assets/logo.png`, width: 600, height: 60 },
      legalName: 'Example Media Foundation',
      address: 'Example Street 1\n3000 Bern',
      publishingPrinciples: `${BASE}/en/about/trust/principles`,
      ethicsPolicy: `${BASE}/en/about/trust/ethics`,
      correctionsPolicy: `${BASE}/en/about/trust/corrections`,
      actionableFeedbackPolicy: `${BASE}/en/about/trust/feedback`,
      ownershipFundingInfo: `${BASE}/en/about/trust/ownership`,
      masthead: `${BASE}/en/about/trust/masthead`,
    });
    const [de] = jsonLdOf(await (await t.app.request('/de/about/trust')).text());
    expect(de).toMatchObject({
      publishingPrinciples: `${BASE}/de/about/trust/principles`,
      verificationFactCheckingPolicy: `${BASE}/de/about/trust/verification`,
      ethicsPolicy: `${BASE}/de/about/trust/ethics`,
      ownershipFundingInfo: `${BASE}/de/about/trust/ownership`,
    });
    expect(de).not.toHaveProperty('unnamedSourcesPolicy');
    expect(en).not.toHaveProperty('verificationFactCheckingPolicy');
  });

  it('links every article to the policies, with visible type, dates, dateline and agency credit matching its data', async () => {
    t.setNow(new Date('2026-11-20T09:00:00Z'));
    const made = await makeArticle(t, {
      type: 'analysis',
      headline: 'Why the vote matters',
      dateline: 'Bern',
      source: 'Keystone-SDA',
    });
    t.setNow(new Date('2026-11-21T10:30:00Z'));
    await t.api('editor', 'PATCH', `/api/v1/articles/${made.id}`, { lead: 'Updated lead.' });
    const html = await (await t.app.request(pathOf(made.url))).text();
    const [article] = jsonLdOf(html);
    expect(article).toMatchObject({
      '@type': 'AnalysisNewsArticle',
      genre: 'analysis',
      datePublished: '2026-11-20T09:00:00.000Z',
      dateModified: '2026-11-21T10:30:00.000Z',
      dateline: 'Bern',
      sourceOrganization: { name: 'Keystone-SDA' },
      publishingPrinciples: `${BASE}/en/about/trust/principles`,
      publisher: {
        '@id': `${BASE}/#organization`,
        legalName: 'Example Media Foundation',
        correctionsPolicy: `${BASE}/en/about/trust/corrections`,
        ethicsPolicy: `${BASE}/en/about/trust/ethics`,
        ownershipFundingInfo: `${BASE}/en/about/trust/ownership`,
        masthead: `${BASE}/en/about/trust/masthead`,
        actionableFeedbackPolicy: `${BASE}/en/about/trust/feedback`,
      },
    });
    const main = html.slice(html.indexOf('<main'));
    expect(main).toContain('<p class="label label-analysis">Analysis</p>');
    expect(main).toContain('<time datetime="2026-11-20T09:00:00.000Z">');
    expect(main).toContain('<time datetime="2026-11-21T10:30:00.000Z">');
    expect(main).toContain('Bern');
    expect(main).toContain('According to the news agency Keystone-SDA');
    t.setNow(new Date('2026-11-20T09:00:00Z'));
  });

  it('labels news as news and makes sponsored content unmistakable', async () => {
    const news = await makeArticle(t, { type: 'news', headline: 'Plain news', kicker: 'Bern' });
    const newsHtml = await (await t.app.request(pathOf(news.url))).text();
    expect(newsHtml).toContain('<p class="label label-news">News · Bern</p>');
    const sponsored = await makeArticle(t, { type: 'sponsored', headline: 'Holidays in the Alps' });
    const html = await (await t.app.request(pathOf(sponsored.url))).text();
    expect(jsonLdOf(html)[0]).toMatchObject({ '@type': 'AdvertiserContentArticle' });
    const main = html.slice(html.indexOf('<main'));
    expect(main).toContain('<p class="label label-sponsored">Sponsored content</p>');
    expect(main).toContain('an advertiser paid for this article. It was not produced by our editorial team.');
  });

  it('updates the pages and the structured data as soon as the settings change', async () => {
    await t.app.request('/en/about/trust'); // cached
    await t.api('admin', 'PATCH', '/api/v1/settings/trust/en', {
      jtiCertificateUrl: null,
      unnamedSourcesPolicy: 'Only when lives are at risk.',
    });
    const html = await (await t.app.request('/en/about/trust')).text();
    expect(html).not.toContain('In compliance with the JTI standards');
    expect(jsonLdOf(html)[0]).toMatchObject({ unnamedSourcesPolicy: `${BASE}/en/about/trust/sources` });
    await t.api('admin', 'PATCH', '/api/v1/settings/trust/en', {
      jtiCertificateUrl: 'https://jti.example/certificates/42',
    });
  });

  it('shows an author page with role, languages, expertise, contact and their articles', async () => {
    const created = await t.api('editor', 'POST', '/api/v1/authors', {
      slug: 'sara-rossi',
      name: { en: 'Sara Rossi' },
      role: { en: 'Geneva correspondent' },
      bio: { en: 'Sara covers the United Nations.' },
      languages: ['it', 'en', 'fr'],
      expertise: { en: ['United Nations', 'Human rights'] },
      contactEmail: 'sara@example.org',
      contactUrl: 'https://social.example/@sara',
    });
    expect(created.status).toBe(201);
    const bad = await t.api('editor', 'PATCH', '/api/v1/authors/sara-rossi', {
      contactUrl: 'javascript:alert(1)',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: 'contactUrl' } });
    await makeArticle(t, { headline: 'At the Palais des Nations', authors: ['sara-rossi'] });
    const html = await (await t.app.request('/en/authors/sara-rossi')).text();
    const main = html.slice(html.indexOf('<main'));
    expect(main).toContain('<dt>Role</dt><dd>Geneva correspondent</dd>');
    expect(main).toMatch(
      /<dt>Languages<\/dt><dd><span lang="it">Italiano<\/span>, <span lang="en">English<\/span>/,
    );
    expect(main).toContain('<dt>Areas of expertise</dt><dd>United Nations, Human rights</dd>');
    expect(main).toContain('<a href="mailto:sara@example.org">sara@example.org</a>');
    expect(main).toContain('Articles by Sara Rossi');
    expect(main).toContain('At the Palais des Nations');
    const [profile] = jsonLdOf(html);
    expect(profile).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        name: 'Sara Rossi',
        jobTitle: 'Geneva correspondent',
        knowsLanguage: ['it', 'en', 'fr'],
        knowsAbout: ['United Nations', 'Human rights'],
        email: 'sara@example.org',
        sameAs: ['https://social.example/@sara'],
      },
    });
    const api = (await (await t.api('editor', 'GET', '/api/v1/authors/sara-rossi')).json()) as Json;
    expect(api).toMatchObject({ languages: ['it', 'en', 'fr'], contactEmail: 'sara@example.org' });
  });

  it('lists the new API in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/articles/{id}/error-reports',
        '/api/v1/error-reports',
        '/api/v1/error-reports/{id}/accept',
        '/api/v1/settings/trust/{language}',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ErrorReportCreate', 'ErrorReport', 'TrustSettingsPatch']),
    );
  });
});
