import { describe, expect, it } from 'vitest';
import { htmlToBody } from '../../src/editor/html-to-body.js';

describe('html to body', () => {
  it('turns a word-processor paste into clean nodes', () => {
    const body = htmlToBody(
      '<div class="MsoNormal" style="color:red"><span>First <strong><em>line</em></strong></span></div>' +
        '<p>Second<br>line</p><h1>Title</h1><h5>Small</h5><blockquote>Quote</blockquote>' +
        '<ol start="3"><li>three<ul><li>nested</li></ul></li></ol>',
    );
    expect(body.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'First ' },
          { type: 'text', text: 'line', marks: [{ type: 'bold' }, { type: 'italic' }] },
        ],
      },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Second' }, { type: 'hard_break' }, { type: 'text', text: 'line' }],
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
      { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Small' }] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quote' }] }] },
      {
        type: 'ordered_list',
        attrs: { start: 3 },
        content: [
          {
            type: 'list_item',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'three' }] },
              {
                type: 'bullet_list',
                content: [
                  {
                    type: 'list_item',
                    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('drops scripts, styles, handlers and dangerous links, keeping the harmless text', () => {
    const body = htmlToBody(
      '<p onmouseover="steal()">Hi<script>steal()</script><style>*{}</style> ' +
        '<a href="javascript:steal()">there</a> <a href="data:text/html,x">you</a><img src=x onerror="steal()"></p>',
    );
    expect(JSON.stringify(body)).not.toMatch(/steal|javascript|data:|onerror|onmouseover/);
    expect(body.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Hi there you' }] }]);
  });

  it('keeps images of our media library with their caption', () => {
    const body = htmlToBody(
      '<figure><img src="https://news.example/media/abc123/960.webp" alt="A lake"><figcaption>Lake <b>Geneva</b></figcaption></figure>',
      'https://news.example',
    );
    expect(body.content).toEqual([
      { type: 'image', attrs: { mediaId: 'abc123', alt: 'A lake', caption: 'Lake Geneva' } },
    ]);
  });
});
