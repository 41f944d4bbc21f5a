import { describe, expect, it } from 'vitest';
import type { BodyDoc, InlineNode } from '../../src/domain/body.js';
import { decodeInline, encodeInline, planBody } from '../../src/integrations/mt-body.js';

const link = { type: 'link', attrs: { href: 'https://example.org/?a=1&b=2' } } as const;

describe('a body as translatable segments', () => {
  it('sends a paragraph as one segment of light markup, with no link address in it', () => {
    const { markup, links } = encodeInline([
      { type: 'text', text: 'A <b> & ' },
      { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
      { type: 'hard_break' },
      { type: 'text', text: 'link', marks: [link] },
    ]);
    expect(markup).toBe('A &lt;b&gt; &amp; <b>bold</b><br><a id="l0">link</a>');
    expect(links).toEqual([link]);
  });

  it('reads back what a provider answers: marks, breaks, entities; unknown tags dropped, text kept', () => {
    const nodes = decodeInline(
      'Un <b>negrita</b><br><a id="l0">enlace</a> &quot;x&quot; &#233; <span class="z">sí</span>',
      [link],
    );
    expect(nodes).toEqual<InlineNode[]>([
      { type: 'text', text: 'Un ' },
      { type: 'text', text: 'negrita', marks: [{ type: 'bold' }] },
      { type: 'hard_break' },
      { type: 'text', text: 'enlace', marks: [link] },
      { type: 'text', text: ' "x" é sí' },
    ]);
  });

  it('survives unbalanced or invented tags without losing text or inventing links', () => {
    expect(decodeInline('</b>uno <a id="l7">dos</a> <i>tres', [])).toEqual([
      { type: 'text', text: 'uno dos ' },
      { type: 'text', text: 'tres', marks: [{ type: 'italic' }] },
    ]);
  });

  it('translates texts only: embeds, "More" boxes, credits and empty paragraphs stay in place', () => {
    const body: BodyDoc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'One' }] },
        { type: 'embed', attrs: { url: 'https://example.org/v' } },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '2026 — 42' }] },
        { type: 'related', attrs: { articleId: 'a1' } },
        { type: 'image', attrs: { mediaId: 'm1', alt: 'Alt', credit: 'Ann' } },
        {
          type: 'ordered_list',
          attrs: { start: 3 },
          content: [
            {
              type: 'list_item',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }],
            },
          ],
        },
      ],
    };
    const plan = planBody(body);
    expect(plan.segments).toEqual(['One', 'Alt', 'Item']);
    const out = plan.rebuild(['Uno', 'Texto', 'Elemento']);
    expect(out).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Uno' }] },
        body.content[1],
        body.content[2],
        body.content[3],
        body.content[4],
        { type: 'image', attrs: { mediaId: 'm1', alt: 'Texto', credit: 'Ann' } },
        {
          type: 'ordered_list',
          attrs: { start: 3 },
          content: [
            {
              type: 'list_item',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Elemento' }] }],
            },
          ],
        },
      ],
    });
  });
});
