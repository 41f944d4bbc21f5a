/**
 * The article editor in Chromium, as staff use it: writing with every kind of body element,
 * the review round between a contributor and an editor, what readers then see; two people
 * saving the same article; paste from a word processor, keyboard shortcuts, autosave, the
 * unsaved-changes warning and accessibility.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArticleJson,
  alert,
  body,
  type EditorStand,
  save,
  saveStatus,
  seriousFindings,
  startEditorStand,
  tool,
} from '../support/editor-stand.js';

let stand: EditorStand;
let relatedId: string;
let photoId: string;

beforeAll(async () => {
  stand = await startEditorStand('sw-e2e-editor-');
  ({ relatedId, photoId } = stand);
});
afterAll(async () => {
  await stand?.stop();
});

const api = <T>(method: string, path: string, payload?: unknown) => stand.api<T>(method, path, payload);
const loggedIn = (role: string, width?: number) => stand.loggedIn(role, width);

/** Runs a workflow step that reloads the page, and waits for its message. */
async function step(page: Page, button: string, message: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => alert(page).textContent()).toBe(message);
}

describe('the article editor in Chromium', () => {
  it('takes an article from a contributor through review to readers, exactly as written', async () => {
    const writer = await loggedIn('contributor');
    const page = writer.page;
    await page.goto(`${stand.url}/newsroom/articles/new?language=en`);
    await page.getByLabel('Headline', { exact: true }).fill('Bern votes on the new budget');
    await page
      .getByLabel('Lead', { exact: true })
      .fill('Voters decide on Sunday how the city spends its money.');
    await page.getByLabel('Section', { exact: true }).selectOption('politics');

    await body(page).click();
    await page.keyboard.type('The city council proposed the budget in spring.');
    await page.keyboard.press('Enter');
    await tool(page, 'Sub-heading').click();
    await page.keyboard.type('What is at stake');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The full proposal is in the ');
    await page.keyboard.type('council report');
    for (let i = 0; i < 'council report'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Control+k');
    const linkDialog = page.getByRole('dialog', { name: 'Link' });
    await linkDialog.getByLabel(/^Address/).fill('https://www.bern.ch/budget');
    await linkDialog.getByRole('button', { name: 'Apply link' }).click();
    await expect.poll(() => linkDialog.isVisible()).toBe(false);
    await page.keyboard.press('End');
    await page.keyboard.type('.');

    await tool(page, 'Image').click();
    const media = page.getByRole('dialog', { name: 'Choose an image' });
    await media.getByRole('button', { name: 'Choose: The Federal Palace in Bern' }).click();
    await media.getByLabel('Caption').fill('The Federal Palace on the eve of the vote');
    await media.getByLabel('Credit').fill('Keystone');
    await media.getByRole('button', { name: 'Use this image' }).click();
    const figure = body(page).locator('figure.ed-image');
    await expect.poll(() => figure.count()).toBe(1);
    // The caption can be edited in place, typed key by key.
    await figure.getByLabel('Caption').click();
    await page.keyboard.press('End');
    await page.keyboard.type(', seen from the river');

    await tool(page, '"More" box').click();
    const more = page.getByRole('dialog', { name: 'Add a "More" box' });
    await more.getByLabel('Search published articles').fill('budget');
    await more.getByRole('button', { name: 'Add "More" box: Parliament passes the budget' }).click();
    await expect
      .poll(() => body(page).locator('aside.ed-related').textContent())
      .toContain('Parliament passes the budget');

    await save(page);
    expect(page.url()).toMatch(/\/newsroom\/articles\/\w+$/);
    const id = page.url().split('/').at(-1) ?? '';
    await step(page, 'Submit for review', 'Submitted for review.');
    expect(await page.locator('#ed-status').textContent()).toBe('In review');

    const desk = await loggedIn('editor');
    await desk.page.goto(`${stand.url}/newsroom/articles/${id}`);
    await desk.page.getByRole('button', { name: 'Send back with a comment' }).click();
    const sendBack = desk.page.getByRole('dialog', { name: 'Send back with a comment' });
    await sendBack.getByLabel('What should change?').fill('Please say when the vote takes place.');
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await expect
      .poll(() => alert(desk.page).textContent())
      .toBe('Sent back to the author with your comment.');
    expect(await desk.page.locator('#ed-status').textContent()).toBe('Draft');

    await page.reload();
    await expect
      .poll(() => page.locator('#ed-notes').textContent())
      .toContain('Please say when the vote takes place.');
    await body(page).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(' The vote is on 30 November.');
    await save(page);
    await step(page, 'Submit for review', 'Submitted for review.');

    await desk.page.reload();
    await step(desk.page, 'Publish', 'Published.');
    const url = (await desk.page.getByRole('link', { name: 'View on the site' }).getAttribute('href')) ?? '';
    expect(url).toMatch(/^http/);

    const readerContext = await stand.browser.newContext();
    const reader = await readerContext.newPage();
    await reader.goto(url);
    expect(await reader.locator('h1').textContent()).toBe('Bern votes on the new budget');
    expect(await reader.locator('.lead').textContent()).toBe(
      'Voters decide on Sunday how the city spends its money.',
    );
    // The body's blocks sit in the article beside its header (for reader modes).
    const article = reader.locator('article.article.body');
    expect(await article.locator(':scope > p').first().textContent()).toBe(
      'The city council proposed the budget in spring. The vote is on 30 November.',
    );
    expect(await article.locator('h2').textContent()).toBe('What is at stake');
    const link = article.locator('a.ext');
    expect(await link.getAttribute('href')).toBe('https://www.bern.ch/budget');
    expect(await link.textContent()).toContain('council report');
    const photo = article.locator(':scope > figure img');
    expect(await photo.getAttribute('alt')).toBe('The Federal Palace in Bern');
    expect(await photo.getAttribute('src')).toContain(`/media/${photoId}/`);
    expect(await article.locator(':scope > figure figcaption').textContent()).toBe(
      'The Federal Palace on the eve of the vote, seen from the river © Keystone',
    );
    const box = article.locator('.more-box a');
    expect(await box.textContent()).toContain('Parliament passes the budget');
    expect(await box.getAttribute('href')).toContain(relatedId);
    await Promise.all([readerContext.close(), writer.context.close(), desk.context.close()]);
  });

  it('keeps both edits when two people save the same article', async () => {
    // The reporter's own author profile (its contact email is their login): the byline makes
    // the article theirs to edit too.
    await api('POST', '/api/v1/authors', {
      slug: 'the-reporter',
      name: { en: 'The reporter' },
      contactEmail: 'contributor@shortwave.test',
    });
    const article = await api<ArticleJson>('POST', '/api/v1/articles', {
      language: 'en',
      section: 'society',
      headline: 'A first headline',
      lead: 'A first lead.',
      authors: ['the-reporter'],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Paragraph one.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Paragraph two.' }] },
        ],
      },
    });
    const first = await loggedIn('editor');
    const second = await loggedIn('contributor');
    for (const { page } of [first, second]) await page.goto(`${stand.url}/newsroom/articles/${article.id}`);

    await first.page.getByLabel('Headline', { exact: true }).fill('A headline from the desk');
    await body(first.page).focus();
    await first.page.keyboard.press('Control+End');
    await first.page.keyboard.press('Enter');
    await first.page.keyboard.type('A paragraph from the desk.');
    await save(first.page);

    // Quick enough for the autosave not to start in between: the Save click meets the conflict.
    // Focus by keyboard: a click would have the editor place its caret a moment later.
    await body(second.page).focus();
    await second.page.keyboard.press('Control+Home');
    await second.page.keyboard.type('A paragraph from the reporter.');
    await second.page.keyboard.press('Enter');
    await second.page.getByLabel('Lead', { exact: true }).fill('A lead from the reporter.');
    await second.page.getByRole('button', { name: 'Save', exact: true }).click();

    const merge = second.page.getByRole('dialog', {
      name: 'Someone else saved this article while you were editing',
    });
    await expect.poll(() => merge.isVisible()).toBe(true);
    const headline = merge.getByRole('group', { name: 'Headline' });
    expect(await headline.textContent()).toContain('Only the other version changed this.');
    expect(await headline.getByLabel('Take the other').isChecked()).toBe(true);
    const lead = merge.getByRole('group', { name: 'Lead' });
    expect(await lead.getByLabel('Keep mine').isChecked()).toBe(true);
    const combine = merge.getByRole('group', { name: 'Body' }).getByLabel(/Combine both/);
    expect(await combine.isChecked()).toBe(true);
    await merge.getByRole('button', { name: 'Save merged version' }).click();
    await expect.poll(() => alert(second.page).textContent()).toBe('Merged and saved: both edits are kept.');
    expect(await second.page.getByLabel('Headline', { exact: true }).inputValue()).toBe(
      'A headline from the desk',
    );

    const stored = await api<ArticleJson>('GET', `/api/v1/articles/${article.id}`);
    expect(stored.headline).toBe('A headline from the desk');
    expect(stored.lead).toBe('A lead from the reporter.');
    expect(stored.body.content.map((block) => block.content?.[0]?.text)).toEqual([
      'A paragraph from the reporter.',
      'Paragraph one.',
      'Paragraph two.',
      'A paragraph from the desk.',
    ]);
    await first.page.reload();
    expect(await first.page.getByLabel('Lead', { exact: true }).inputValue()).toBe(
      'A lead from the reporter.',
    );
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it('sets a hero image, makes a translation of the story and schedules it', async () => {
    const { context, page } = await loggedIn('editor');
    await page.goto(`${stand.url}/newsroom/articles/new?language=en`);
    await page.getByLabel('Headline', { exact: true }).fill('The palace reopens');
    await page.getByLabel('Section', { exact: true }).selectOption('culture');
    await page.getByRole('button', { name: 'Choose hero image' }).click();
    const media = page.getByRole('dialog', { name: 'Choose an image' });
    await media.getByLabel('Search the media library').fill('palace');
    await media.getByRole('button', { name: 'Search', exact: true }).click();
    await media.getByRole('button', { name: 'Choose: The Federal Palace in Bern' }).click();
    expect(await media.getByLabel('Alt text (required)').inputValue()).toBe('The Federal Palace in Bern');
    await media.getByLabel('Credit').fill('Keystone');
    await media.getByRole('button', { name: 'Use this image' }).click();
    expect(await page.locator('#ed-hero').getByLabel('Alt text (required)').inputValue()).toBe(
      'The Federal Palace in Bern',
    );
    expect(await page.locator('#ed-hero-preview img').getAttribute('src')).toContain(`/media/${photoId}/`);
    await save(page);
    const originalId = page.url().split('/').at(-1) ?? '';

    // "Translate into …" is the page's one way to make a version (a plain form, on the page of a
    // saved article): it opens the translator's view.
    await page.goto(`${stand.url}/newsroom/articles/${originalId}`);
    expect(await page.locator('#ed-translate-language').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Deutsch' }).check();
    await Promise.all([
      page.waitForURL((url) => url.pathname.endsWith('/translation')),
      page.getByRole('button', { name: 'Make the drafts' }).click(),
    ]);
    const translationId = page.url().split('?')[0]?.split('/').at(-2) ?? '';
    await page.getByRole('textbox', { name: 'Headline (Deutsch)' }).fill('Das Bundeshaus öffnet wieder');
    // Every field reviewed, one keystroke-sized click each: the next one has the focus.
    for (let next = page.locator('[data-next="true"]'); (await next.count()) > 0; ) {
      await Promise.all([page.waitForEvent('framenavigated'), next.click()]);
    }
    expect(await page.getByText('Every field is reviewed.').isVisible()).toBe(true);
    await page.goto(`${stand.url}/newsroom/articles/${translationId}`);
    expect(await page.getByText('Article language: Deutsch').isVisible()).toBe(true);
    expect(await page.locator('#ed-headline').getAttribute('lang')).toBeNull();
    expect(await page.locator('div[lang="de"] #ed-headline').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe(
      `/newsroom/articles/${originalId}`,
    );
    await page.getByLabel('Publish at (your local time)').fill('2030-05-01T09:30');
    await step(page, 'Schedule', 'Scheduled.');
    expect(await page.locator('#ed-status').textContent()).toBe('Scheduled');

    const [original, translation] = await Promise.all([
      api<ArticleJson & { storyId: string }>('GET', `/api/v1/articles/${originalId}`),
      api<
        ArticleJson & {
          storyId: string;
          language: string;
          publishAt: string;
          hero: { mediaId: string; credit: string };
        }
      >('GET', `/api/v1/articles/${translationId}`),
    ]);
    expect(translation).toMatchObject({
      storyId: original.storyId,
      language: 'de',
      headline: 'Das Bundeshaus öffnet wieder',
      status: 'scheduled',
      hero: { mediaId: photoId, credit: 'Keystone' },
    });
    expect(new Date(translation.publishAt).getUTCFullYear()).toBe(2030);
    await context.close();
  });

  it('cleans a paste from a word processor into our nodes, and answers its keyboard shortcuts', async () => {
    const { context, page } = await loggedIn('editor');
    await page.goto(`${stand.url}/newsroom/articles/new?language=en`);
    await page.getByLabel('Headline', { exact: true }).fill('Pasted from Word');
    await body(page).click();
    const word = [
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body>',
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->',
      '<h1 class="MsoTitle">Budget <span style="color:red">day</span></h1>',
      '<p class="MsoNormal" style="font-family:Calibri"><b>Bold</b> and <i>italic</i> and <span style="font-weight:bold">styled bold</span><o:p></o:p></p>',
      '<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>First point</p>',
      '<p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>Second point</p>',
      '<p class="MsoNormal"><a href="javascript:alert(1)">bad link</a> <a href="https://example.org/" rel="nofollow">good link</a></p>',
      '<table><tr><td>A cell</td></tr></table><img src="https://tracker.example/pixel.gif"><script>alert(1)</script>',
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
      '</body></html>',
    ].join('');
    await body(page).evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'fallback');
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, word);
    await save(page);
    const id = page.url().split('/').at(-1) ?? '';
    const stored = await api<ArticleJson>('GET', `/api/v1/articles/${id}`);
    expect(stored.body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Budget day' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Bold', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'styled bold', marks: [{ type: 'bold' }] },
        ],
      },
      {
        type: 'bullet_list',
        content: [
          {
            type: 'list_item',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First point' }] }],
          },
          {
            type: 'list_item',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Second point' }] }],
          },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'bad link ' },
          {
            type: 'text',
            text: 'good link',
            marks: [{ type: 'link', attrs: { href: 'https://example.org/', rel: 'nofollow' } }],
          },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'A cell' }] },
    ]);

    // Keyboard: a new paragraph made a level-3 sub-heading, bold and italic text, undo and redo.
    await body(page).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+3');
    await page.keyboard.type('Shortcuts');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('strong');
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(' slanted');
    expect(await tool(page, 'Italic').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+i');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- listed');
    await page.keyboard.press('Enter');
    await page.keyboard.type('typo');
    await page.keyboard.press('Control+z');
    expect(await body(page).locator('ul').last().textContent()).not.toContain('typo');
    await page.keyboard.press('Control+y');
    expect(await body(page).locator('ul').last().textContent()).toContain('typo');
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toMatch(/^Saved at /);
    const typed = await api<ArticleJson>('GET', `/api/v1/articles/${id}`);
    expect(typed.body.content.slice(-3)).toEqual([
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Shortcuts' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'strong', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' slanted', marks: [{ type: 'italic' }] },
        ],
      },
      {
        type: 'bullet_list',
        content: [
          {
            type: 'list_item',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'listed' }] }],
          },
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'typo' }] }] },
        ],
      },
    ]);
    await context.close();
  });

  it('saves by itself, counts characters, and warns before leaving unsaved changes', async () => {
    const { context, page } = await loggedIn('contributor');
    await page.goto(`${stand.url}/newsroom/articles/new?language=de`);
    const headline = page.getByLabel('Headline', { exact: true });
    await headline.fill('Ein Titel');
    expect(await page.locator('#ed-headline-count').textContent()).toBe('9 of 90 recommended characters');
    await headline.fill('x'.repeat(95));
    expect(await page.locator('#ed-headline-count').textContent()).toBe(
      '95 characters, 5 more than the recommended 90',
    );
    await headline.fill('Autosave ohne Klick');
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toMatch(/^Saved at /);
    const id = page.url().split('/').at(-1) ?? '';
    const stored = await api<ArticleJson & { language: string }>('GET', `/api/v1/articles/${id}`);
    expect(stored).toMatchObject({ headline: 'Autosave ohne Klick', language: 'de', status: 'draft' });

    // Leaving now would lose the lead: the page asks the browser to warn.
    await page.getByLabel('Lead', { exact: true }).fill('Noch nicht gespeichert');
    const leaving = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await leaving()).toBe(true);
    await save(page);
    expect(await leaving()).toBe(false);
    await context.close();
  });

  it('has no serious accessibility findings, with and without JavaScript, and fits a phone', async () => {
    const everything = await api<ArticleJson>('POST', '/api/v1/articles', {
      language: 'en',
      section: 'science',
      headline: 'Every kind of element',
      lead: 'A body with each node kind.',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Text with a ' },
              {
                type: 'text',
                text: 'link',
                marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }],
              },
            ],
          },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A sub-heading' }] },
          {
            type: 'blockquote',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A quote.' }] }],
          },
          {
            type: 'ordered_list',
            content: [
              {
                type: 'list_item',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }],
              },
            ],
          },
          {
            type: 'image',
            attrs: {
              mediaId: photoId,
              alt: 'The Federal Palace in Bern',
              caption: 'A caption',
              credit: 'Keystone',
            },
          },
          { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
          { type: 'related', attrs: { articleId: relatedId } },
        ],
      },
    });
    const { context, page } = await loggedIn('editor');
    await page.goto(`${stand.url}/newsroom/articles/${everything.id}`);
    await expect
      .poll(() => body(page).locator('aside.ed-related').textContent())
      .toContain('Parliament passes the budget');
    expect(await body(page).locator('figure.ed-image').getByLabel('Credit').inputValue()).toBe('Keystone');
    expect(await body(page).locator('figure.ed-embed').textContent()).toContain('www.youtube.com');
    expect(await seriousFindings(page)).toEqual([]);
    await tool(page, 'Image').click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Choose an image' }).isVisible()).toBe(true);
    expect(await seriousFindings(page)).toEqual([]);
    await context.close();

    const phone = await loggedIn('contributor', 320);
    await phone.page.goto(`${stand.url}/newsroom/articles/new?language=ar`);
    await expect.poll(() => body(phone.page).count()).toBe(1);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await body(phone.page).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await phone.context.close();

    const session = await loggedIn('editor');
    const cookies = await session.context.cookies();
    // The page as the server sends it, before (or without) the island: labelled and clean too.
    await session.page.route('**/assets/editor.js*', (route) => route.abort());
    await session.page.goto(`${stand.url}/newsroom/articles/new?language=en`);
    expect(await session.page.getByLabel('Headline', { exact: true }).isVisible()).toBe(true);
    expect(await seriousFindings(session.page)).toEqual([]);
    await session.context.close();
    const noScript = await stand.browser.newContext({ javaScriptEnabled: false });
    await noScript.addCookies(cookies);
    const plain = await noScript.newPage();
    await plain.goto(`${stand.url}/newsroom/articles/new?language=en`);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: the <noscript> notice shows
    expect(await plain.locator('main').innerText()).toContain('The article editor needs JavaScript.');
    expect(await plain.getByLabel('Headline', { exact: true }).isVisible()).toBe(true);
    await noScript.close();
  });
});
