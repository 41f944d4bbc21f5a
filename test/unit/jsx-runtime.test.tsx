import { raw as honoRaw } from 'hono/html';
import { Fragment as HonoFragment, jsx as honoJsx } from 'hono/jsx/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { jsxDEV } from '../../src/render/jsx/jsx-dev-runtime.js';
import {
  type Child,
  Fragment,
  type Html,
  jsx,
  raw,
  renderToString,
} from '../../src/render/jsx/jsx-runtime.js';

const html = (node: Child) => renderToString(node);

describe('our JSX runtime: escaping', () => {
  it('escapes & < > " and apostrophes in text', () => {
    expect(html(<p>{`<script>alert("x") & 'y'</script>`}</p>)).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;</p>',
    );
  });

  it('escapes attribute values, so a quote cannot end the attribute', () => {
    const hostile = '" onmouseover="alert(1)';
    expect(
      html(
        <a href="/x" title={hostile}>
          x
        </a>,
      ),
    ).toBe('<a href="/x" title="&quot; onmouseover=&quot;alert(1)">x</a>');
  });

  it('leaves a javascript: address as text (checking addresses is not the renderer’s job) but escapes it', () => {
    const scheme = 'javascript';
    const href = `${scheme}:alert('<x>')`;
    expect(html(<a href={href}>x</a>)).toBe('<a href="javascript:alert(&#39;&lt;x&gt;&#39;)">x</a>');
  });

  it('returns text without anything to escape unchanged', () => {
    expect(html(<p class="lead">Plain text, no entities</p>)).toBe(
      '<p class="lead">Plain text, no entities</p>',
    );
  });

  it('never escapes rendered markup again, however deep it is nested', () => {
    const inner = <b>{'a & b'}</b>;
    expect(html(<p>{inner}</p>)).toBe('<p><b>a &amp; b</b></p>');
    expect(html(<div>{[[<i>{'<'}</i>]]}</div>)).toBe('<div><i>&lt;</i></div>');
  });

  it('inserts raw() markup, ours or Hono’s, as it is', () => {
    expect(html(<div>{raw('<b>x</b>')}</div>)).toBe('<div><b>x</b></div>');
    expect(html(<div>{honoRaw('<i>y</i>') as unknown as Html}</div>)).toBe('<div><i>y</i></div>');
  });
});

describe('our JSX runtime: elements and children', () => {
  it('renders null, undefined, true and false as nothing, and numbers as they are', () => {
    expect(
      html(
        <p>
          {null}
          {undefined}
          {false}
          {true}
          {0}
          {1.5}
        </p>,
      ),
    ).toBe('<p>01.5</p>');
  });

  it('flattens nested arrays of children', () => {
    expect(html(<ul>{[['a', ['<b>', [<li>c</li>]]], 1, null, [false, 'd']]}</ul>)).toBe(
      '<ul>a&lt;b&gt;<li>c</li>1d</ul>',
    );
  });

  it('writes void elements self-closed when childless and other empty elements with a closing tag', () => {
    expect(html(<br />)).toBe('<br/>');
    expect(html(<img src="/a.webp" alt="" width={640} />)).toBe('<img src="/a.webp" alt="" width="640"/>');
    expect(html(<meta charset="utf-8" />)).toBe('<meta charset="utf-8"/>');
    expect(html(<div />)).toBe('<div></div>');
    expect(html(<textarea name="body" />)).toBe('<textarea name="body"></textarea>');
  });

  it('renders fragments as their children only', () => {
    expect(
      html(
        <>
          <b>a</b>
          {'<'}
          {/* biome-ignore lint/complexity/noUselessFragments: a fragment inside a fragment, on purpose */}
          <>{['c', <i>d</i>]}</>
        </>,
      ),
    ).toBe('<b>a</b>&lt;c<i>d</i>');
    expect(html(<Fragment />)).toBe('');
  });

  it('calls components at once with their props, children as the JSX compiler passes them', () => {
    const seen: unknown[] = [];
    function Box(props: { title: string; children?: Child }) {
      seen.push(props.children);
      return (
        <section>
          <h2>{props.title}</h2>
          {props.children}
        </section>
      );
    }
    expect(
      html(
        <Box title="A & B">
          <p>one</p>
          {'two'}
        </Box>,
      ),
    ).toBe('<section><h2>A &amp; B</h2><p>one</p>two</section>');
    expect(seen).toHaveLength(1);
    expect(Array.isArray(seen[0])).toBe(true);
    expect(html(<Box title="t">single</Box>)).toBe('<section><h2>t</h2>single</section>');
    expect(seen[1]).toBe('single');
  });

  it('renders what a component returns: text escaped, nothing for null', () => {
    const Text = () => '<not markup>';
    const Nothing = () => null;
    expect(
      html(
        <div>
          <Text />
          <Nothing />
        </div>,
      ),
    ).toBe('<div>&lt;not markup&gt;</div>');
  });

  it('gives a String object that is usable as a string, and renderToString a primitive', () => {
    const element = <p>x</p>;
    expect(element).toBeInstanceOf(String);
    expect(`${element}`).toBe('<p>x</p>');
    expect(element.length).toBe(8);
    expect(typeof renderToString(element)).toBe('string');
    expect(renderToString(element)).toBe('<p>x</p>');
  });

  it('refuses a Promise as a child and a component that returns one', () => {
    const pending = Promise.resolve('x');
    expect(() => jsx('div', { children: pending })).toThrow(/Promise/);
    const Slow = async () => <p>late</p>;
    expect(() => jsx(Slow as unknown as (props: Record<string, unknown>) => Html, {})).toThrow(
      /Slow.*Promise/,
    );
  });
});

describe('our JSX runtime: attributes', () => {
  it('writes boolean attributes from the HTML list as name="" when true and leaves them out when false', () => {
    expect(html(<input type="checkbox" checked disabled={false} required />)).toBe(
      '<input type="checkbox" checked="" required=""/>',
    );
    expect(html(<details open={true} />)).toBe('<details open=""></details>');
  });

  it('writes other booleans as "true" or "false"', () => {
    expect(html(<div aria-hidden={true} draggable={false} />)).toBe(
      '<div aria-hidden="true" draggable="false"></div>',
    );
  });

  it('leaves out null and undefined values, key and ref', () => {
    expect(
      html(<li key="k" ref={{ current: null }} id={undefined} title={null as unknown as string} />),
    ).toBe('<li></li>');
  });

  it('renames React spellings: className, htmlFor, httpEquiv and the like', () => {
    expect(
      html(
        <label className="a" htmlFor="b">
          {'Name'}
        </label>,
      ),
    ).toBe('<label class="a" for="b">Name</label>');
    expect(html(<meta httpEquiv="refresh" itemProp="x" />)).toBe('<meta http-equiv="refresh" itemprop="x"/>');
    expect(html(<script noModule crossOrigin="anonymous" fetchPriority="low" />)).toBe(
      '<script nomodule="" crossorigin="anonymous" fetchpriority="low"></script>',
    );
    expect(html(<button type="submit" formAction="/x" />)).toBe(
      '<button type="submit" formaction="/x"></button>',
    );
  });

  it('skips attribute names that could break out of the tag', () => {
    const props = { 'a"b': 'x', 'c d': 'y', 'e>': 'z', 'ok-name': 'fine', 'data-x.y:z_w': '1' };
    expect(html(<div {...props} />)).toBe('<div ok-name="fine" data-x.y:z_w="1"></div>');
  });

  it('leaves out event handler functions and refuses any other function value', () => {
    expect(html(<button type="button" onClick={() => {}} />)).toBe('<button type="button"></button>');
    expect(() => jsx('a', { href: () => '/x' })).toThrow(/Invalid prop 'href' of type 'function'/);
  });

  it('inserts dangerouslySetInnerHTML as it is, and refuses it together with children', () => {
    expect(html(<style dangerouslySetInnerHTML={{ __html: 'a>b{color:red}' }} />)).toBe(
      '<style>a>b{color:red}</style>',
    );
    expect(
      html(<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: '{"a":"<\\/"}' }} />),
    ).toBe('<script type="application/ld+json">{"a":"<\\/"}</script>');
    expect(() => jsx('div', { dangerouslySetInnerHTML: { __html: 'x' }, children: 'y' })).toThrow(
      /only set one/,
    );
  });

  it('turns style objects into declarations: kebab-case names, px after lengths, unsafe values left out', () => {
    const style = {
      fontSize: 12,
      lineHeight: 1.5,
      zIndex: 3,
      backgroundColor: 'red',
      '--brand-colour': 'blue',
      color: 'red;background:url(x)',
      margin: undefined,
    };
    expect(html(<div style={style} />)).toBe(
      '<div style="font-size:12px;line-height:1.5;z-index:3;background-color:red;--brand-colour:blue"></div>',
    );
    expect(html(<div style="color:red" />)).toBe('<div style="color:red"></div>');
  });

  it('writes SVG presentation attributes in kebab-case and keeps viewBox', () => {
    expect(
      html(
        <svg viewBox="0 0 12 12" strokeWidth={2} aria-hidden="true">
          <path d="M0 0" strokeLinecap="round" fillOpacity={0.5} stroke-width="1.5" />
        </svg>,
      ),
    ).toBe(
      '<svg viewBox="0 0 12 12" stroke-width="2" aria-hidden="true"><path d="M0 0" stroke-linecap="round" fill-opacity="0.5" stroke-width="1.5"></path></svg>',
    );
  });

  it('renders the same through the development entry (vitest compiles JSX in development mode)', () => {
    expect(String(jsxDEV('a', { href: '/x?a=1&b=2', children: 'x' }))).toBe('<a href="/x?a=1&amp;b=2">x</a>');
  });

  it('refuses a tag name that could break the markup', () => {
    expect(() => jsx('a b', {})).toThrow(/Invalid JSX tag name/);
  });
});

/**
 * The same tree built by our runtime and by hono/jsx, through a `jsx(tag, props)` function of
 * either: components are plain functions that both runtimes call.
 */
type Make = (tag: unknown, props: Record<string, unknown>) => unknown;

function page(h: Make, fragment: unknown) {
  const Teaser = (props: { href: string; title: string; lead: string; children?: unknown }) =>
    h('article', {
      class: 'teaser',
      'data-n': 3,
      children: [
        h('h3', { children: h('a', { href: props.href, children: props.title }) }),
        h('p', { class: 'lead', children: props.lead }),
        props.children,
      ],
    });
  const Icon = () =>
    h('svg', {
      'aria-hidden': 'true',
      focusable: 'false',
      viewBox: '0 0 12 12',
      width: '12',
      height: '12',
      children: h('path', {
        d: 'M7 1h4v4M11 1 5.5 6.5',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '1.5',
        strokeLinejoin: 'round',
      }),
    });
  const hostile = `<script>alert("x")</script> & 'q' " onmouseover="x`;
  return h('html', {
    lang: 'ar',
    dir: 'rtl',
    children: [
      h('head', {
        children: [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', { children: `Title ${hostile}` }),
          h('meta', { name: 'description', content: hostile }),
          h('link', { rel: 'canonical', href: 'https://example.org/ar/?a=1&b=2' }),
          h('link', { rel: 'alternate', hreflang: 'de', href: '/de/' }),
          h('style', { dangerouslySetInnerHTML: { __html: 'body{margin:0}a>b{}' } }),
          h('script', {
            type: 'application/ld+json',
            dangerouslySetInnerHTML: { __html: '{"x":"\\u003c"}' },
          }),
        ],
      }),
      h('body', {
        children: [
          h('a', { class: 'skip', href: '#content', children: 'Skip' }),
          h('form', {
            role: 'search',
            action: '/ar/search',
            children: [
              h('label', { className: 'visually-hidden', htmlFor: 'q', children: 'Search' }),
              h('input', { type: 'search', id: 'q', name: 'q', size: 16, maxlength: 200, required: true }),
              ' ',
              h('button', { type: 'submit', disabled: false, children: 'Go' }),
            ],
          }),
          h('main', {
            id: 'content',
            tabindex: -1,
            children: [
              h(Teaser, {
                href: '/ar/x/1?a=1&b="2"',
                title: hostile,
                lead: 'Lead & more',
                children: [
                  h('p', { hidden: true, 'aria-hidden': true, children: [null, false, 0, ['a', ['b']]] }),
                ],
              }),
              h(Teaser, { href: '/ar/x/2', title: 'Two', lead: 'نص عربي' }),
              h(fragment, {
                children: [h('hr', {}), h('br', {}), h('img', { src: '/i.webp', alt: hostile })],
              }),
              h('p', {
                children: [
                  h('a', { class: 'ext', href: 'https://example.org/', children: ['out', h(Icon, {})] }),
                ],
              }),
              h('div', { style: { fontSize: 14, marginInlineStart: '1rem', '--x': 'y', color: 'a;b' } }),
              h('details', { open: true, children: h('summary', { children: 'More' }) }),
              h('select', {
                name: 's',
                multiple: true,
                children: [
                  h('option', { value: '1', selected: true, children: 'one' }),
                  h('option', { value: '2' }),
                ],
              }),
              h('textarea', { name: 't', readonly: true, rows: 3, children: hostile }),
              h('script', { src: '/assets/views.js?v=1', defer: true, 'data-read': 'abc' }),
            ],
          }),
        ],
      }),
    ],
  });
}

describe('our JSX runtime against hono/jsx', () => {
  it('renders a representative page byte for byte as hono/jsx does', async () => {
    const ours = renderToString(page(jsx as Make, Fragment) as Html);
    const hono = await (
      page(honoJsx as Make, HonoFragment) as { toString(): string | Promise<string> }
    ).toString();
    expect(ours).toBe(String(hono));
    expect(ours).toContain('<title>Title &lt;script&gt;');
    expect(ours).toContain('stroke-linejoin="round"');
  });
});
