/**
 * Inline content: text with bold, italic and link marks, and line breaks. Links to other
 * hosts are marked external: an icon and a visually hidden "External link".
 */

import type { InlineNode, Mark } from '../../domain/body.js';
import { isExternalHref } from '../../lib/urls.js';
import type { Child } from '../jsx/jsx-runtime.js';
import type { BodyContext } from '../views.js';

export function ExternalIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 12 12" width="12" height="12">
      <path
        d="M7 1h4v4M11 1 5.5 6.5M9.5 7.5V11H1V2.5h3.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
      />
    </svg>
  );
}

function applyMark(mark: Mark, child: Child, ctx: BodyContext): Child {
  switch (mark.type) {
    case 'bold':
      return <strong>{child}</strong>;
    case 'italic':
      return <em>{child}</em>;
    case 'link': {
      const { href } = mark.attrs;
      if (!isExternalHref(href, ctx.publicUrl)) return <a href={href}>{child}</a>;
      const nofollow = mark.attrs.rel?.split(/\s+/).includes('nofollow');
      return (
        <a class="ext" href={href} rel={nofollow ? 'nofollow noopener noreferrer' : 'noopener noreferrer'}>
          {child}
          <span class="visually-hidden"> ({ctx.t.t('article.externalLink')})</span>
          <ExternalIcon />
        </a>
      );
    }
  }
}

/** Renders a run of inline nodes. */
export function Inline(props: { nodes: readonly InlineNode[] | undefined; ctx: BodyContext }) {
  return (
    <>
      {(props.nodes ?? []).map((node) => {
        if (node.type === 'hard_break') return <br />;
        // Marks apply innermost first: link outermost so the icon follows the whole text.
        const ordered = [...(node.marks ?? [])].sort(
          (a, b) => (a.type === 'link' ? 1 : 0) - (b.type === 'link' ? 1 : 0),
        );
        return ordered.reduce<Child>((child, mark) => applyMark(mark, child, props.ctx), node.text);
      })}
    </>
  );
}
