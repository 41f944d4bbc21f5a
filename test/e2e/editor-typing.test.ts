/**
 * Nothing typed in the editor is ever lost, tried in Chromium as a person types (key by key,
 * never `setContent`): after every kind of insert and dialog the caret is in the editor right
 * after what was inserted; typing at the start, middle and end of every node kind keeps all
 * that was there; undo and redo step over each insert; pasted text, HTML and image files and
 * dropped image files land where they were put; two people typing in one article both keep
 * their words. Each test reads the document back from the API.
 * Longer than 300 lines: one scenario per way of typing (inserts, node kinds, undo, paste and
 * drop, two people), sharing the page helpers above them and one server.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ArticleJson,
  body,
  type EditorStand,
  save,
  saveStatus,
  seriousFindings,
  startEditorStand,
  testJpeg,
  tool,
} from '../support/editor-stand.js';

let stand: EditorStand;
beforeAll(async () => {
  stand = await startEditorStand('sw-e2e-typing-');
});
afterAll(async () => {
  await stand?.stop();
});

type Block = ArticleJson['body']['content'][number];

/** The stored body as one line per block: its kind and its text (an image's alt | caption | credit). */
function outline(blocks: Block[]): string[] {
  const textOf = (node: unknown): string => {
    const n = node as { text?: string; content?: unknown[] };
    return n.text ?? (n.content ?? []).map(textOf).join('');
  };
  return blocks.map((block) => {
    const a = block.attrs ?? {};
    if (block.type === 'image') return `image: ${a.alt} | ${a.caption ?? ''} | ${a.credit ?? ''}`;
    if (block.type === 'embed') return `embed: ${a.url}`;
    if (block.type === 'related') return `related: ${a.articleId}`;
    return `${block.type}: ${textOf(block)}`;
  });
}

/** The article as the server has it now, outlined. */
async function storedOutline(page: Page): Promise<string[]> {
  const id = page.url().split('/').at(-1) ?? '';
  const stored = await stand.api<ArticleJson>('GET', `/api/v1/articles/${id}`);
  return outline(stored.body.content);
}

/** True when the editor has focus with a visible caret (a collapsed selection inside it). */
function caretInEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const selection = document.getSelection();
    return Boolean(
      active?.classList.contains('ProseMirror') &&
        selection?.isCollapsed &&
        selection.anchorNode &&
        active.contains(selection.anchorNode),
    );
  });
}

/** The editor's blocks as shown, one line each with its links, to compare before and after undo. */
function shownBlocks(page: Page): Promise<string[]> {
  return body(page).evaluate((pm) =>
    Array.from(pm.children).map(
      (child) => `${child.tagName}: ${child.textContent} (${child.querySelectorAll('a').length} links)`,
    ),
  );
}

/**
 * Clicks into a block as a person does, and waits as they would before the next key: the
 * editor puts its caret where the click landed a moment after the click.
 */
async function clickInto(page: Page, block: ReturnType<Page['locator']>): Promise<void> {
  await block.click();
  await page.waitForTimeout(150);
}

async function newArticle(headline: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await stand.loggedIn('editor');
  await page.goto(`${stand.url}/newsroom/articles/new?language=en`);
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  return { page, close: () => context.close() };
}

const images = (page: Page) => page.locator('#ed-body figure.ed-image').count();
/** Picks the library's photo in the open image dialog and waits until the editor holds it. */
const useLibraryPhoto = async (page: Page, caption?: string) => {
  const media = page.getByRole('dialog', { name: 'Choose an image' });
  const before = await images(page);
  await media.getByRole('button', { name: 'Choose: The Federal Palace in Bern' }).click();
  await expect
    .poll(() => media.getByLabel('Alt text (required)').inputValue())
    .toBe('The Federal Palace in Bern');
  if (caption !== undefined) await media.getByLabel('Caption').fill(caption);
  await media.getByRole('button', { name: 'Use this image' }).click();
  await expect.poll(() => images(page), { timeout: 5000 }).toBe(before + 1);
  await expect.poll(() => media.isVisible()).toBe(false);
};
const chooseImage = async (page: Page, caption: string) => {
  await tool(page, 'Image').click();
  await useLibraryPhoto(page, caption);
};
const embedVideo = async (page: Page) => {
  await tool(page, 'Embed').click();
  const dialog = page.getByRole('dialog', { name: 'Embed a post or video' });
  await dialog.getByLabel('Address of the post or video').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await page.keyboard.press('Enter');
};
const addMoreBox = async (page: Page) => {
  await tool(page, '"More" box').click();
  const dialog = page.getByRole('dialog', { name: 'Add a "More" box' });
  await dialog.getByRole('button', { name: 'Add "More" box: Parliament passes the budget' }).click();
};
const linkLastWords = async (page: Page, words: string) => {
  for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByLabel(/^Address/).fill('https://www.bern.ch/budget');
  await dialog.getByRole('button', { name: 'Apply link' }).click();
};
const EMBED = 'embed: https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('typing in the editor loses nothing', () => {
  it('puts the caret right after every insert and dialog, so typing goes on after it', async () => {
    const { page, close } = await newArticle('Typed after every insert');
    await body(page).click();
    await page.keyboard.type('Read the council report');
    await linkLastWords(page, 'council report');
    await expect.poll(() => caretInEditor(page)).toBe(true);
    // The linked words are not typed over: the caret is after them.
    await page.keyboard.type(' today');
    await page.keyboard.press('Enter');
    await tool(page, 'Sub-heading').click();
    expect(await caretInEditor(page)).toBe(true);
    await page.keyboard.type('A heading');
    await page.keyboard.press('Enter');
    await chooseImage(page, 'The palace');
    await expect.poll(() => caretInEditor(page)).toBe(true);
    await page.keyboard.type('After the image.');
    await embedVideo(page);
    await expect.poll(() => caretInEditor(page)).toBe(true);
    await page.keyboard.type('After the embed.');
    await addMoreBox(page);
    await expect.poll(() => caretInEditor(page)).toBe(true);
    await page.keyboard.type('After the box.');
    await page.keyboard.press('Enter');
    await tool(page, 'Bulleted list').click();
    await page.keyboard.type('A point');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await tool(page, 'Quote').click();
    await page.keyboard.type('A quote.');
    // A dialog closed with Escape gives focus back to the caret where it was.
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByRole('dialog', { name: 'Link' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => caretInEditor(page)).toBe(true);
    await page.keyboard.type(' Still here.');
    // From the toolbar by keyboard: Escape goes back to the button, an insert into the editor.
    await tool(page, 'Image').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Choose an image' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Image');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Choose an image' }).isVisible()).toBe(true);
    await useLibraryPhoto(page);
    await expect.poll(() => caretInEditor(page)).toBe(true);
    await page.keyboard.type('The end.');

    await save(page);
    expect(await storedOutline(page)).toEqual([
      'paragraph: Read the council report today',
      'heading: A heading',
      'image: The Federal Palace in Bern | The palace | ',
      'paragraph: After the image.',
      EMBED,
      'paragraph: After the embed.',
      `related: ${stand.relatedId}`,
      'paragraph: After the box.',
      'bullet_list: A point',
      'blockquote: A quote. Still here.',
      'image: The Federal Palace in Bern |  | ',
      'paragraph: The end.',
    ]);
    const id = page.url().split('/').at(-1) ?? '';
    const first = (await stand.api<ArticleJson>('GET', `/api/v1/articles/${id}`)).body.content[0];
    expect(first?.content).toEqual([
      { type: 'text', text: 'Read the ' },
      {
        type: 'text',
        text: 'council report',
        marks: [{ type: 'link', attrs: { href: 'https://www.bern.ch/budget' } }],
      },
      { type: 'text', text: ' today' },
    ]);
    await close();
  });

  it('keeps every word when typing at the start, middle and end of every node kind', async () => {
    const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const article = await stand.api<ArticleJson>('POST', '/api/v1/articles', {
      language: 'en',
      section: 'society',
      headline: 'Every node kind',
      lead: 'Typed into everywhere.',
      body: {
        type: 'doc',
        content: [
          p('Alpha omega'),
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bravo omega' }] },
          { type: 'bullet_list', content: [{ type: 'list_item', content: [p('Charlie omega')] }] },
          { type: 'blockquote', content: [p('Delta omega')] },
          { type: 'image', attrs: { mediaId: stand.photoId, alt: 'The palace', caption: 'Echo omega' } },
          p('Foxtrot omega'),
          { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
          p('Golf omega'),
          { type: 'related', attrs: { articleId: stand.relatedId } },
          p('Hotel omega'),
        ],
      },
    });
    const { context, page } = await stand.loggedIn('editor');
    await page.goto(`${stand.url}/newsroom/articles/${article.id}`);
    // Clicked at its very start, then typed into at the start, in the middle and at the end.
    const everywhere = async (word: string) => {
      await page.keyboard.type('S ');
      for (let i = 0; i < word.length; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.type('-M-');
      await page.keyboard.press('End');
      await page.keyboard.type(' E');
    };
    const atStart = { position: { x: 1, y: 8 } };
    for (const [selector, word] of [
      ['p', 'Alpha'],
      ['h2', 'Bravo'],
      ['li p', 'Charlie'],
      ['blockquote p', 'Delta'],
      ['p', 'Foxtrot'],
      ['p', 'Golf'],
      ['p', 'Hotel'],
    ] as const) {
      await body(page)
        .locator(selector, { hasText: `${word} omega` })
        .click(atStart);
      await everywhere(word);
    }
    await body(page).locator('figure.ed-image').getByLabel('Caption').click(atStart);
    await page.keyboard.press('Home');
    await everywhere('Echo');
    // A click on an embed or a "More" box selects it; typing then starts a new paragraph
    // after it rather than replacing it.
    for (const [block, typed] of [
      ['figure.ed-embed strong', 'Kilo'],
      ['aside.ed-related strong', 'Lima'],
    ] as const) {
      await body(page).locator(block).click();
      await page.keyboard.type(typed);
    }
    await save(page);
    expect(await storedOutline(page)).toEqual([
      'paragraph: S Alpha-M- omega E',
      'heading: S Bravo-M- omega E',
      'bullet_list: S Charlie-M- omega E',
      'blockquote: S Delta-M- omega E',
      'image: The palace | S Echo-M- omega E | ',
      'paragraph: S Foxtrot-M- omega E',
      EMBED,
      'paragraph: Kilo',
      'paragraph: S Golf-M- omega E',
      `related: ${stand.relatedId}`,
      'paragraph: Lima',
      'paragraph: S Hotel-M- omega E',
    ]);
    await context.close();
  });

  it('undoes and redoes each insert with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page, close } = await newArticle('Undo every insert');
    await body(page).click();
    await page.keyboard.type('First words of the story');
    const inserts: Array<[string, () => Promise<void>]> = [
      ['link', () => linkLastWords(page, 'story')],
      ['image', () => chooseImage(page, 'Undone and redone')],
      ['embed', () => embedVideo(page)],
      ['"More" box', () => addMoreBox(page)],
      ['sub-heading', () => page.keyboard.press('Control+Alt+2')],
      ['list', () => page.keyboard.press('Control+Shift+8')],
      ['quote', () => page.keyboard.press('Control+Shift+9')],
    ];
    for (const [kind, insert] of inserts) {
      if (!['link', 'image', 'embed', '"More" box'].includes(kind))
        await page.keyboard.type(`Text before the ${kind}`);
      // A pause, as a person makes: the insert is then an undo step of its own.
      await page.waitForTimeout(700);
      const before = await shownBlocks(page);
      await insert();
      await expect.poll(() => caretInEditor(page)).toBe(true);
      await expect.poll(() => shownBlocks(page)).not.toEqual(before);
      const after = await shownBlocks(page);
      await page.keyboard.press('Control+z');
      await expect.poll(() => shownBlocks(page), { message: `undo ${kind}` }).toEqual(before);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => shownBlocks(page), { message: `redo ${kind}` }).toEqual(after);
      // Out of the block (a second Enter leaves a list or a quote) into a new paragraph.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
    }
    await save(page);
    expect(await storedOutline(page)).toEqual([
      'paragraph: First words of the story',
      'image: The Federal Palace in Bern | Undone and redone | ',
      EMBED,
      `related: ${stand.relatedId}`,
      'heading: Text before the sub-heading',
      'bullet_list: Text before the list',
      'blockquote: Text before the quote',
    ]);
    await close();
  });

  it('pastes text and HTML at the caret, and uploads a pasted or dropped image with its texts', async () => {
    const { page, close } = await newArticle('Pasted and dropped');
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        refused.push(message.text());
    });
    await body(page).click();
    await page.keyboard.type('Before after.');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Before '.length; i++) await page.keyboard.press('ArrowRight');
    // Pasted as a person pastes: Ctrl held, then the clipboard's content arrives (Chromium
    // gives a page no keyboard access to the real clipboard in tests).
    const withCtrl = async (dispatch: () => Promise<void>) => {
      await page.keyboard.down('Control');
      await dispatch();
      await page.keyboard.up('Control');
    };
    const paste = (data: Record<string, string>) =>
      withCtrl(() =>
        body(page).evaluate((pm, entries) => {
          const transfer = new DataTransfer();
          for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
          pm.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
          );
        }, data),
      );
    await paste({ 'text/plain': 'pasted plain ' });
    await page.keyboard.press('End');
    await paste({ 'text/html': '<p>One <b>two</b></p><p>Three</p>', 'text/plain': 'One two\n\nThree' });
    await expect
      .poll(() => shownBlocks(page))
      .toEqual(['P: Before pasted plain after.One two (0 links)', 'P: Three (0 links)']);

    // An image file pasted in the middle of "Three": asked for its texts, uploaded, put there.
    const jpeg = (await testJpeg(640, 480, '#a47')).toString('base64');
    const fileEvent = (kind: 'paste' | 'drop', at?: { x: number; y: number }) =>
      body(page).evaluate(
        (pm, { kind, jpeg, at }) => {
          const bytes = Uint8Array.from(atob(jpeg), (c) => c.charCodeAt(0));
          const transfer = new DataTransfer();
          transfer.items.add(new File([bytes], `${kind}.jpg`, { type: 'image/jpeg' }));
          const init = { bubbles: true, cancelable: true };
          pm.dispatchEvent(
            kind === 'paste'
              ? new ClipboardEvent('paste', { ...init, clipboardData: transfer })
              : new DragEvent('drop', { ...init, dataTransfer: transfer, clientX: at?.x, clientY: at?.y }),
          );
        },
        { kind, jpeg, at },
      );
    const describe = async (alt: string, caption: string, credit: string) => {
      const media = page.getByRole('dialog', { name: 'Choose an image' });
      await expect.poll(() => media.isVisible()).toBe(true);
      // The alt text field has focus: the reporter types straight away.
      await expect
        .poll(() =>
          media.getByLabel('Alt text (required)').evaluate((field) => field === document.activeElement),
        )
        .toBe(true);
      await page.keyboard.type(alt);
      await media.getByLabel('Caption').fill(caption);
      await media.getByLabel('Credit').fill(credit);
      await media.getByRole('button', { name: 'Use this image' }).click();
      // The upload (the server makes its renditions) can take a while on a loaded machine.
      await expect.poll(() => media.isVisible(), { timeout: 15_000 }).toBe(false);
      await expect.poll(() => caretInEditor(page)).toBe(true);
    };
    await clickInto(page, body(page).locator('p', { hasText: 'Three' }));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await withCtrl(() => fileEvent('paste'));
    await expect.poll(() => page.getByRole('dialog', { name: 'Choose an image' }).isVisible()).toBe(true);
    expect(await seriousFindings(page)).toEqual([]);
    await describe('A pasted photo', 'Pasted in', 'Reporter');
    await page.keyboard.type('Typed after the paste.');

    // Dropped at the end of the first paragraph: inserted after it.
    const box = await body(page).locator('p').first().boundingBox();
    if (!box) throw new Error('the first paragraph is not shown');
    await fileEvent('drop', { x: box.x + box.width - 2, y: box.y + box.height / 2 });
    await describe('A dropped photo', 'Dropped in', 'Agency');
    await page.keyboard.type('Typed after the drop.');

    await save(page);
    expect(refused).toEqual([]);
    expect(await storedOutline(page)).toEqual([
      'paragraph: Before pasted plain after.One two',
      'image: A dropped photo | Dropped in | Agency',
      'paragraph: Typed after the drop.',
      'paragraph: Th',
      'image: A pasted photo | Pasted in | Reporter',
      'paragraph: Typed after the paste.',
      'paragraph: ree',
    ]);
    // The media library keeps the texts typed in the dialog (they went with the upload).
    const id = page.url().split('/').at(-1) ?? '';
    const images = (await stand.api<ArticleJson>('GET', `/api/v1/articles/${id}`)).body.content.filter(
      (block) => block.type === 'image',
    );
    for (const image of images) {
      const media = await stand.api<{ alt: string; caption: string; credit: string }>(
        'GET',
        `/api/v1/media/${String(image.attrs?.mediaId)}`,
      );
      expect(media).toMatchObject({
        alt: image.attrs?.alt,
        caption: image.attrs?.caption,
        credit: image.attrs?.credit,
      });
    }
    await close();
  });

  it('keeps the words of two people typing in the same article', async () => {
    await stand.api('POST', '/api/v1/authors', {
      slug: 'typing-reporter',
      name: { en: 'The reporter' },
      contactEmail: 'contributor@shortwave.test',
    });
    const article = await stand.api<ArticleJson>('POST', '/api/v1/articles', {
      language: 'en',
      section: 'society',
      headline: 'Two at work',
      lead: 'Both type.',
      authors: ['typing-reporter'],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'The first paragraph.' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'The last paragraph.' }] },
        ],
      },
    });
    const desk = await stand.loggedIn('editor');
    const reporter = await stand.loggedIn('contributor');
    for (const { page } of [desk, reporter]) await page.goto(`${stand.url}/newsroom/articles/${article.id}`);

    await clickInto(desk.page, body(desk.page).locator('p', { hasText: 'The first paragraph.' }));
    await desk.page.keyboard.press('End');
    await desk.page.keyboard.type(' The desk adds this.');
    await expect.poll(() => saveStatus(desk.page).textContent(), { timeout: 10_000 }).toMatch(/^Saved at /);

    // The reporter's autosave meets the desk's newer version: the merge dialog keeps both.
    await clickInto(reporter.page, body(reporter.page).locator('p', { hasText: 'The last paragraph.' }));
    await reporter.page.keyboard.press('End');
    await reporter.page.keyboard.type(' The reporter adds that.');
    const merge = reporter.page.getByRole('dialog', {
      name: 'Someone else saved this article while you were editing',
    });
    await expect.poll(() => merge.isVisible(), { timeout: 10_000 }).toBe(true);
    await merge.getByRole('button', { name: 'Save merged version' }).click();
    await expect
      .poll(() => saveStatus(reporter.page).textContent(), { timeout: 10_000 })
      .toMatch(/^Saved at /);
    expect(await storedOutline(reporter.page)).toEqual([
      'paragraph: The first paragraph. The desk adds this.',
      'paragraph: The last paragraph. The reporter adds that.',
    ]);
    await Promise.all([desk.context.close(), reporter.context.close()]);
  });
});
