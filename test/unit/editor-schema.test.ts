import { describe, expect, it } from 'vitest';
import { bodyFromDoc, docFromBody, imagesWithoutAlt } from '../../client/editor/body-mapping.js';
import { markTypes, mediaIdFromSrc, schema } from '../../client/editor/schema.js';
import { BLOCK_KINDS, type BodyDoc, BodySchema } from '../../src/domain/body.js';

const text = (value: string, marks?: Array<Record<string, unknown>>) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

/** A body with every node kind and mark the stored body knows. */
const EVERYTHING = BodySchema.parse({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        text('Plain, '),
        text('bold', [{ type: 'bold' }]),
        text(' and '),
        text('both', [{ type: 'bold' }, { type: 'italic' }]),
        { type: 'hard_break' },
        text('a forum', [{ type: 'link', attrs: { href: 'https://forum.example.org/', rel: 'nofollow' } }]),
        text(' and '),
        text('a story', [{ type: 'link', attrs: { href: '/en/politics/a-story/abc' } }]),
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [text('A sub-heading')] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Quoted.')] }] },
    {
      type: 'bullet_list',
      content: [
        { type: 'list_item', content: [{ type: 'paragraph', content: [text('One')] }] },
        {
          type: 'list_item',
          content: [
            { type: 'paragraph', content: [text('Two')] },
            {
              type: 'ordered_list',
              attrs: { start: 3 },
              content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [text('Three')] }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'ordered_list',
      content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [text('First')] }] }],
    },
    { type: 'image', attrs: { mediaId: 'm1', alt: 'A square', caption: 'The square', credit: 'Keystone' } },
    { type: 'image', attrs: { mediaId: 'm2', alt: 'No caption' } },
    { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' } },
    { type: 'related', attrs: { articleId: 'a1' } },
  ],
});

describe('the editor schema and the stored body', () => {
  it('has one editor node per stored block kind, and the stored marks', () => {
    for (const kind of BLOCK_KINDS) expect(schema.nodes[kind]?.isBlock, kind).toBe(true);
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [...BLOCK_KINDS, 'doc', 'list_item', 'text', 'hard_break'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
  });

  it('loads every node kind and saves it back unchanged', () => {
    const doc = docFromBody(EVERYTHING);
    expect(doc.childCount).toBe(EVERYTHING.content.length);
    const saved = bodyFromDoc(doc);
    expect(saved).toEqual(EVERYTHING);
    expect(BodySchema.parse(saved)).toEqual(saved);
  });

  it('opens an empty body as one empty paragraph and saves it as empty again', () => {
    const doc = docFromBody({ type: 'doc', content: [] });
    expect(doc.toJSON()).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(bodyFromDoc(doc)).toEqual({ type: 'doc', content: [] });
  });

  it('leaves out empty paragraphs, empty headings and defaults the editor carries', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph'),
      schema.node('heading', { level: 2 }),
      schema.node('paragraph', null, [schema.text('Kept')]),
      schema.node('image', { mediaId: 'm1', alt: ' Alt ', caption: '  ', credit: '' }),
      schema.node('ordered_list', { start: 1 }, [
        schema.node('list_item', null, [schema.node('paragraph', null, [schema.text('Item')])]),
      ]),
      schema.node('paragraph', null, [
        schema.text('Link', [markTypes.link.create({ href: 'https://a.example/' })]),
      ]),
    ]);
    const body: BodyDoc = bodyFromDoc(doc);
    expect(body.content).toEqual([
      { type: 'paragraph', content: [text('Kept')] },
      { type: 'image', attrs: { mediaId: 'm1', alt: 'Alt' } },
      {
        type: 'ordered_list',
        content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [text('Item')] }] }],
      },
      {
        type: 'paragraph',
        content: [text('Link', [{ type: 'link', attrs: { href: 'https://a.example/' } }])],
      },
    ]);
    expect(BodySchema.safeParse(body).success).toBe(true);
  });

  it('opens a stored list item that starts with a nested list', () => {
    const body = BodySchema.parse({
      type: 'doc',
      content: [
        {
          type: 'bullet_list',
          content: [
            {
              type: 'list_item',
              content: [
                {
                  type: 'bullet_list',
                  content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [text('Deep')] }] }],
                },
              ],
            },
          ],
        },
      ],
    });
    const doc = docFromBody(body);
    expect(doc.firstChild?.firstChild?.firstChild?.type.name).toBe('paragraph');
    expect(doc.textContent).toBe('Deep');
  });

  it('names the images that still need alt text', () => {
    const doc = schema.node('doc', null, [
      schema.node('image', { mediaId: 'm1', alt: 'Fine' }),
      schema.node('image', { mediaId: 'm2', alt: '  ' }),
    ]);
    expect(imagesWithoutAlt(bodyFromDoc(doc))).toEqual([2]);
  });

  it('reads a media id from an address of our media files only', () => {
    expect(mediaIdFromSrc('/media/abc123/960.webp')).toBe('abc123');
    expect(mediaIdFromSrc('http://shortwave.test/media/abc123/960.webp')).toBe('abc123');
    expect(mediaIdFromSrc('https://elsewhere.example/photo.jpg')).toBeNull();
  });
});
