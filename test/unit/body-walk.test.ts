/**
 * The walkers of the one body traversal (src/domain/body-walk.ts), pinned on a body with every
 * kind, nesting and inline node: the text search indexes, the text revisions are diffed by,
 * list nesting, and what a body refers to. The expected values are what the walkers made
 * before they shared the traversal.
 * @example npx vitest run test/unit/body-walk.test.ts
 */
import { describe, expect, it } from 'vitest';
import { type BodyDoc, BodySchema, listNestingOf, referencesOf } from '../../src/domain/body.js';
import { walkBody } from '../../src/domain/body-walk.js';
import { bodyAsText } from '../../src/domain/revisions.js';
import { bodyPlainText } from '../../src/domain/search-text.js';

const body: BodyDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'One ' },
        { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://x.example/a' } }] },
        { type: 'hard_break' },
        { type: 'text', text: 'after break' },
      ],
    },
    { type: 'paragraph' },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sub' }] },
    {
      type: 'blockquote',
      attrs: { cite: 'Someone' },
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Q1' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Q2' }] },
      ],
    },
    {
      type: 'bullet_list',
      content: [
        {
          type: 'list_item',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'b1' }] },
            {
              type: 'ordered_list',
              attrs: { start: 4 },
              content: [
                {
                  type: 'list_item',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'o1' }] }],
                },
                {
                  type: 'list_item',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'o2' }] },
                    {
                      type: 'bullet_list',
                      content: [
                        {
                          type: 'list_item',
                          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          type: 'list_item',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'b2' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'b2 second' }] },
          ],
        },
      ],
    },
    { type: 'image', attrs: { mediaId: 'm1', alt: 'Alt', caption: 'Cap', credit: 'Cred' } },
    { type: 'image', attrs: { mediaId: 'm2', alt: 'Alt2' } },
    { type: 'embed', attrs: { url: 'https://video.example/v' } },
    { type: 'related', attrs: { articleId: 'a1' } },
    {
      type: 'ordered_list',
      content: [
        { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] },
      ],
    },
    { type: 'related', attrs: { articleId: 'a2' } },
    { type: 'image', attrs: { mediaId: 'm3', alt: 'Alt3', caption: 'only caption' } },
  ],
};

describe('the body traversal', () => {
  it('is a valid body to start with', () => {
    expect(BodySchema.safeParse(body).success).toBe(true);
  });

  it('gives the search index the text of paragraphs, headings, quotes, lists and captions', () => {
    expect(bodyPlainText(body)).toBe(
      'One link\nafter break\nSub\nQ1\n\nQ2\nb1\no1\no2\ndeep\nb2\nb2 second\nCap\nx\nonly caption',
    );
  });

  it('gives revisions one line per block, quotes and list items marked, links with their address', () => {
    expect(bodyAsText(body)).toBe(
      'One link <https://x.example/a>\nafter break\n\n### Sub\n> Q1\n> \n> Q2\n• b1\n• 1. o1\n• 2. o2\n• 2. • deep\n• b2\n• b2 second\n[image m1: Alt | Cap | Cred]\n[image m2: Alt2]\n[embed https://video.example/v]\n[more a1]\n1. x\n[more a2]\n[image m3: Alt3 | only caption]',
    );
  });

  it('finds how deep lists nest and what the body refers to, in order', () => {
    expect(listNestingOf(body)).toBe(3);
    expect(referencesOf(body)).toEqual({
      media: ['m1', 'm2', 'm3'],
      related: ['a1', 'a2'],
      embeds: ['https://video.example/v'],
    });
  });

  it('hands a container its children already walked, items as lists of their blocks', () => {
    const seen = walkBody<string>(body, {
      paragraph: () => 'p',
      heading: () => 'h',
      blockquote: (_node, paragraphs) => `q(${paragraphs.join()})`,
      bullet_list: (_node, items) => `ul(${items.map((item) => item.join('+')).join()})`,
      ordered_list: (_node, items) => `ol(${items.map((item) => item.join('+')).join()})`,
      image: () => 'img',
      embed: () => 'embed',
      related: () => 'more',
    });
    expect(seen.slice(0, 5)).toEqual(['p', 'p', 'h', 'q(p,p,p)', 'ul(p+ol(p,p+ul(p)),p+p)']);
  });
});
