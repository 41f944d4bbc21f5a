import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDueArticles } from '../../src/commands/workflow.js';
import { ensureSearchIndex, SCORED } from '../../src/storage/search.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, paragraph, text } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';

const body = (...paragraphs: string[]) => ({
  type: 'doc',
  content: paragraphs.map((p) => paragraph(text(p))),
});

describe.each(DIALECTS)('reader search on %s', (dialect) => {
  let t: TestApp;
  let day = 0;

  /** Creates an article published one day after the previous one, so their order is known. */
  const publish = async (fields: Record<string, unknown>) => {
    day += 1;
    t.setNow(new Date(Date.UTC(2026, 9, 1 + day, 8)));
    return makeArticle(t, fields);
  };

  const search = async (language: string, query: string | null, extra = '') => {
    const q = query === null ? '' : `?q=${encodeURIComponent(query)}`;
    const res = await t.app.request(`/${language}/search${q}${extra}`);
    const html = await res.text();
    return { status: res.status, html, headers: res.headers };
  };

  /** The headlines of the results, in order, without their marks. */
  const headlines = (html: string) =>
    [...html.matchAll(/<h2><a href="[^"]*">(.*?)<\/a><\/h2>/g)].map((m) =>
      (m[1] ?? '').replace(/<\/?mark>/g, ''),
    );

  const found = async (language: string, query: string) => headlines((await search(language, query)).html);

  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  describe('in each of the ten languages', () => {
    beforeAll(async () => {
      await publish({ language: 'en', headline: 'Glaciers in retreat', body: body('The ice melted fast.') });
      await publish({ language: 'de', headline: 'Zürich stimmt über eine neue Tramlinie ab' });
      await publish({ language: 'fr', headline: 'L’école publique face à la pénurie d’enseignants' });
      await publish({ language: 'it', headline: 'Città più verdi contro il caldo estivo' });
      await publish({ language: 'es', headline: 'La sequía amenaza las cosechas de Andalucía' });
      await publish({ language: 'pt', headline: 'Avanço das energias renováveis em São Paulo' });
      await publish({
        language: 'ar',
        headline: 'إصلاح التعليم في أسوان',
        lead: 'افتتحت مَدْرَسَةٌ جديدة قرب المستشفى.',
      });
      await publish({ language: 'zh', headline: '瑞士气候报告', lead: '瑞士的冰川正在迅速消退。' });
      await publish({ language: 'zh', headline: '山区天气', lead: '冰雪覆盖了四川的山区。' });
      await publish({ language: 'ja', headline: 'スイスの気候', lead: 'スイスの氷河が急速に後退している。' });
      await publish({ language: 'ru', headline: 'Москва и Женева подписали соглашение' });
    });

    it('finds English words whatever their case', async () => {
      expect(await found('en', 'GLACIERS')).toEqual(['Glaciers in retreat']);
      expect(await found('en', 'melted ice')).toEqual(['Glaciers in retreat']);
    });

    it('finds German "Zürich" written with or without the umlaut', async () => {
      for (const query of ['Zürich', 'Zurich', 'ZÜRICH', 'zurich tramlinie']) {
        expect(await found('de', query), query).toEqual(['Zürich stimmt über eine neue Tramlinie ab']);
      }
    });

    it('finds French, Italian, Spanish and Portuguese words without their accents', async () => {
      expect(await found('fr', 'ECOLE penurie')).toEqual([
        'L’école publique face à la pénurie d’enseignants',
      ]);
      expect(await found('it', 'citta')).toEqual(['Città più verdi contro il caldo estivo']);
      expect(await found('es', 'sequia ANDALUCIA')).toEqual(['La sequía amenaza las cosechas de Andalucía']);
      expect(await found('pt', 'sao paulo renovaveis')).toEqual([
        'Avanço das energias renováveis em São Paulo',
      ]);
    });

    it('finds an Arabic word with and without diacritics and with any alef form', async () => {
      for (const query of ['مدرسة', 'مَدْرَسَةٌ', 'مدرسه', 'اصلاح', 'إصلاح', 'اسوان', 'المستشفي', 'مدرســة']) {
        expect(await found('ar', query), query).toEqual(['إصلاح التعليم في أسوان']);
      }
    });

    it('finds a Chinese word inside a sentence, but not its characters far apart', async () => {
      expect(await found('zh', '冰川')).toEqual(['瑞士气候报告']);
      const { html } = await search('zh', '冰川');
      expect(html).toContain('瑞士的<mark>冰川</mark>正在迅速消退');
    });

    it('finds a Japanese word inside a sentence', async () => {
      expect(await found('ja', '氷河')).toEqual(['スイスの気候']);
      expect(await found('ja', '後退')).toEqual(['スイスの気候']);
    });

    it('finds a Russian word in another case (case folding only: stemming is not supported)', async () => {
      expect(await found('ru', 'МОСКВА')).toEqual(['Москва и Женева подписали соглашение']);
      expect(await found('ru', 'женева')).toEqual(['Москва и Женева подписали соглашение']);
    });

    it('never finds an article of another language', async () => {
      expect(await found('en', 'Zürich')).toEqual([]);
      expect(await found('ja', '冰川')).toEqual([]);
    });
  });

  it('ranks a headline match above a body match, and the newer of equal matches first', async () => {
    await publish({ headline: 'Avalanche warning raised in Valais', lead: 'Snow fell.' });
    await publish({
      headline: 'Weekend weather, first edition',
      lead: 'Roads.',
      body: body('An avalanche closed the pass.'),
    });
    await publish({
      headline: 'Weekend weather, second edition',
      lead: 'Roads.',
      body: body('An avalanche closed the pass.'),
    });
    expect(await found('en', 'avalanche')).toEqual([
      'Avalanche warning raised in Valais',
      'Weekend weather, second edition',
      'Weekend weather, first edition',
    ]);
  });

  it('finds other forms of a word, ranking the exact form and the headline first', async () => {
    await publish({ headline: 'Chamois herds return', lead: 'Rangers counted the herds.' });
    await publish({ headline: 'A herd on the pass', lead: 'Walkers met it.' });
    await publish({
      headline: 'Mountain news',
      lead: 'Walkers.',
      body: body('One herd grazed by the lake.'),
    });
    await publish({ headline: 'Valley news', lead: 'Walkers.', body: body('Two herds grazed by the lake.') });
    // The exact form in the headline, then the other form in the headline; then the body alike.
    expect(await found('en', 'herd')).toEqual([
      'A herd on the pass',
      'Chamois herds return',
      'Mountain news',
      'Valley news',
    ]);
    expect(await found('en', 'herds')).toEqual([
      'Chamois herds return',
      'A herd on the pass',
      'Valley news',
      'Mountain news',
    ]);
    const { html } = await search('en', 'herd');
    expect(html).toContain('Chamois <mark>herds</mark> return');
    expect(html).toContain('Two <mark>herds</mark> grazed by the lake.');
  });

  it('finds an exact phrase in quotes, and only the words side by side', async () => {
    await publish({ headline: 'Night trains return to Zurich', lead: 'Sleepers sold out.' });
    await publish({ headline: 'Train at night, rest by day', lead: 'Advice for runners.' });
    expect(await found('en', 'night train')).toEqual([
      'Train at night, rest by day',
      'Night trains return to Zurich',
    ]);
    expect(await found('en', '"night trains"')).toEqual(['Night trains return to Zurich']);
    expect(await found('en', '"night train"')).toEqual([]);
    expect(await found('en', '"train at night" rest')).toEqual(['Train at night, rest by day']);
  });

  it('offers a near spelling that has results as a link when a query finds nothing', async () => {
    await publish({
      headline: 'Marmots wake up early this spring',
      lead: 'Rangers saw the first marmot in March.',
    });
    const { html } = await search('en', 'marmott spring');
    expect(html).toContain('No results for “marmott spring”.');
    expect(html).toContain(
      '<p class="search-suggestion">Did you mean <a href="/en/search?q=marmot%20spring">marmot spring</a>?</p>',
    );
    const de = await search('de', 'Zurrich');
    expect(de.html).toContain('Meinten Sie <a href="/de/search?q=zurich">zurich</a>?');
    const nothingNear = await search('en', 'zzzqqq');
    expect(nothingNear.html).not.toContain('search-suggestion');
    expect(nothingNear.html).toContain('Check the spelling, or try other or fewer words.');
  });

  it('offers the spelling most published articles hold, counting only what is still published', async () => {
    const first = await publish({ headline: 'Yodel contest in the valley' });
    const second = await publish({ headline: 'Yodel lessons for beginners' });
    await publish({ headline: 'Model railway club opens' });
    expect((await search('en', 'jodel')).html).toContain('<a href="/en/search?q=yodel">yodel</a>?');
    for (const article of [first, second])
      expect((await t.api('editor', 'POST', `/api/v1/articles/${article.id}/unpublish`)).status).toBe(200);
    expect((await search('en', 'jodel')).html).toContain('<a href="/en/search?q=model">model</a>?');
  });

  it('marks the matches and escapes whatever markup the stored text holds', async () => {
    await publish({
      headline: '<script>alert("x")</script> Marmot census',
      lead: 'Counting <b>every</b> marmot.',
      body: body('Rangers <img src=x onerror=alert(1)> counted the marmots in the park.'),
    });
    const { html } = await search('en', 'marmot');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Marmot</mark> census');
    expect(html).toContain('Counting &lt;b&gt;every&lt;/b&gt; <mark>marmot</mark>.');
    expect(html).toContain('Rangers &lt;img src=x onerror=alert(1)&gt; counted');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
  });

  it('pages results twenty at a time, with the number of results', async () => {
    for (let i = 0; i < 25; i++) await publish({ headline: `Fondue evening ${i}` });
    await publish({ headline: 'Fondue draft', status: 'draft' });
    await publish({ language: 'de', headline: 'Fondue-Abend in Bern' });
    const first = await search('en', 'fondue');
    expect(first.html).toContain('25 results for “fondue”');
    expect(headlines(first.html)).toHaveLength(20);
    expect(headlines(first.html)[0]).toBe('Fondue evening 24');
    expect(first.html).toContain('href="/en/search?q=fondue&amp;page=2" rel="next"');
    const second = await search('en', 'fondue', '&page=2');
    expect(second.status).toBe(200);
    expect(headlines(second.html)).toEqual([
      'Fondue evening 4',
      'Fondue evening 3',
      'Fondue evening 2',
      'Fondue evening 1',
      'Fondue evening 0',
    ]);
    expect(second.html).toContain('href="/en/search?q=fondue" rel="prev"');
    const past = await search('en', 'fondue', '&page=3');
    expect(headlines(past.html)).toEqual([]);
    expect(past.html).toContain('25 results for “fondue”');
    expect(past.html).toContain('href="/en/search?q=fondue&amp;page=2" rel="prev"');
    expect(headlines(first.html)).not.toContain('Fondue draft');
    expect(await found('de', 'fondue')).toEqual(['Fondue-Abend in Bern']);
  });

  it('ranks the newest matches of a common word, the older ones after them by date', async () => {
    await publish({ headline: 'Quagga herd seen again', lead: 'A rare sight.' });
    for (let i = 0; i < SCORED; i++)
      await publish({ headline: `Savanna notes ${i}`, lead: 'A lead.', body: body('One quagga grazed.') });
    const first = await search('en', 'quagga');
    expect(first.html).toContain(`${SCORED + 1} results for “quagga”`);
    expect(headlines(first.html)[0]).toBe(`Savanna notes ${SCORED - 1}`);
    const last = await search('en', 'quagga', `&page=${Math.ceil((SCORED + 1) / 20)}`);
    expect(headlines(last.html).at(-1)).toBe('Quagga herd seen again');
  }, 120_000);

  it('shows publishing, changes and unpublishing in the very next search', async () => {
    const draft = await publish({ headline: 'Raclette festival opens', status: 'draft' });
    expect(await found('en', 'raclette')).toEqual([]);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${draft.id}/publish`)).status).toBe(200);
    expect(await found('en', 'raclette')).toEqual(['Raclette festival opens']);
    const patched = await t.api('editor', 'PATCH', `/api/v1/articles/${draft.id}`, {
      headline: 'Gruyère festival opens',
    });
    expect(patched.status).toBe(200);
    expect(await found('en', 'gruyere')).toEqual(['Gruyère festival opens']);
    expect(await found('en', 'raclette')).toEqual([]);
    expect((await t.api('editor', 'POST', `/api/v1/articles/${draft.id}/unpublish`)).status).toBe(200);
    expect(await found('en', 'gruyere')).toEqual([]);
  });

  it('finds an article as soon as its scheduled time has come and it is published', async () => {
    t.setNow(new Date('2026-12-01T08:00:00Z'));
    await makeArticle(t, {
      headline: 'Scheduled story on the ibex',
      status: 'scheduled',
      publishAt: '2026-12-01T09:00:00Z',
    });
    expect(await found('en', 'ibex')).toEqual([]);
    await publishDueArticles(t.store.db, new Date('2026-12-01T09:00:01Z'));
    expect(await found('en', 'ibex')).toEqual(['Scheduled story on the ibex']);
  });

  it('answers bad queries with a normal page, never an error', async () => {
    const queries = [
      '',
      '   ',
      'x'.repeat(10_000),
      '!!! ??? ...',
      '"',
      '*',
      'NEAR',
      '-',
      'OR',
      'AND',
      '(',
      '"unterminated',
      'fondue OR raclette',
      'NEAR(fondue raclette)',
      'fondue*',
      '-fondue',
      'headline:fondue',
      "'; drop table articles; --",
      '\\',
      '%',
      '^{}[]',
      '冰川 OR "',
    ];
    for (const query of queries) {
      const { status, html } = await search('en', query);
      expect(status, JSON.stringify(query)).toBe(200);
      expect(html, JSON.stringify(query)).toContain(
        '<form role="search" class="search-form" action="/en/search"',
      );
    }
    expect(await found('en', 'fondue*')).toHaveLength(20);
    for (const path of [
      '/en/search',
      '/en/search?q=%',
      '/en/search?q=fondue&page=abc',
      '/en/search?q=fondue&page=99999',
    ]) {
      expect((await t.app.request(path)).status, path).toBe(200);
    }
    const empty = await search('en', '"');
    expect(empty.html).toContain('Enter one or more words to search our articles.');
    const none = await search('en', 'zzzqqq');
    expect(none.html).toContain('No results for “zzzqqq”.');
  });

  it('has a labelled search form in the masthead of every page, and answers in the page language', async () => {
    const home = await t.app.request('/de/');
    const html = await home.text();
    expect(html).toMatch(
      /<form role="search" action="\/de\/search" aria-label="Website durchsuchen"><label class="visually-hidden" for="site-search-q">Artikel durchsuchen<\/label><input type="search" id="site-search-q" name="q"[^>]*\/> <button type="submit">Suchen<\/button><\/form>/,
    );
    const { html: page } = await search('ja', '氷河');
    expect(page).toContain('<html lang="ja"');
    expect(page).toContain('「氷河」の検索結果：1件');
    expect(page).toContain('<label for="search-q">記事を検索</label>');
    expect(page).toContain('value="氷河"');
  });

  it('is revalidated on every visit, answering 304 while the results are the same', async () => {
    const first = await search('en', 'fondue');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"/);
    const again = await t.app.request('/en/search?q=fondue', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await publish({ headline: 'Fondue evening extra' });
    const changed = await t.app.request('/en/search?q=fondue', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
  });

  it('builds the index at start for published articles it does not hold yet', async () => {
    expect(await ensureSearchIndex(t.store.db)).toBe(0);
    await sql`delete from search_documents`.execute(t.store.db);
    expect(await found('de', 'zurich')).toEqual([]);
    expect(await ensureSearchIndex(t.store.db)).toBeGreaterThan(30);
    expect(await found('de', 'zurich')).toEqual(['Zürich stimmt über eine neue Tramlinie ab']);
    expect(await found('en', 'raclette')).toEqual([]);
    expect(await found('en', 'gruyere')).toEqual([]);
  });
});
