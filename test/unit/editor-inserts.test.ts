/**
 * Where the caret lands after the editor's inserts: after an image, embed or "More" box (in a
 * paragraph of its own, never on the block, so typing cannot replace it), after linked words
 * (never on them), and where an image file was pasted or dropped.
 */
import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { insertBlock, insertBlockAt, setLink } from '../../client/editor/commands.js';
import { nodeTypes, schema } from '../../client/editor/schema.js';

const p = (text?: string) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });

function stateOf(blocks: unknown[], caret: number): EditorState {
  const doc = schema.nodeFromJSON({ type: 'doc', content: blocks });
  return EditorState.create({ doc, selection: TextSelection.create(doc, caret) });
}

function run(state: EditorState, command: ReturnType<typeof insertBlock>): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

/** The document as block names and texts, with `|` where the caret is. */
function shown(state: EditorState): string[] {
  const { from } = state.selection;
  const lines: string[] = [];
  state.doc.forEach((block, offset) => {
    const start = offset + 1;
    let text = block.textContent;
    if (block.isTextblock && from >= start && from <= start + block.content.size)
      text = `${text.slice(0, from - start)}|${text.slice(from - start)}`;
    lines.push(`${block.type.name}: ${text}`);
  });
  return lines;
}

const embed = () => nodeTypes.embed.create({ url: 'https://example.org/video' });

describe('the caret after an insert', () => {
  it('lands in a new paragraph after a block inserted from the middle of a paragraph', () => {
    const after = run(stateOf([p('One two'), p('Three')], 4), insertBlock(embed()));
    expect(shown(after)).toEqual(['paragraph: One two', 'embed: ', 'paragraph: |', 'paragraph: Three']);
    expect(after.selection).toBeInstanceOf(TextSelection);
  });

  it('replaces an empty paragraph with the block and reuses a following empty one', () => {
    const after = run(stateOf([p('One'), p(), p()], 6), insertBlock(embed()));
    expect(shown(after)).toEqual(['paragraph: One', 'embed: ', 'paragraph: |']);
  });

  it('puts an image file where it was pasted, splitting the paragraph', () => {
    const image = nodeTypes.image.create({ mediaId: 'm1', alt: 'A photo' });
    const after = run(stateOf([p('Before after')], 1), insertBlockAt(image, 7));
    expect(shown(after)).toEqual(['paragraph: Before', 'image: ', 'paragraph: |', 'paragraph:  after']);
  });

  it('puts an image dropped at the end of a paragraph after it', () => {
    const image = nodeTypes.image.create({ mediaId: 'm1', alt: 'A photo' });
    const after = run(stateOf([p('First'), p('Second')], 1), insertBlockAt(image, 6));
    expect(shown(after)).toEqual(['paragraph: First', 'image: ', 'paragraph: |', 'paragraph: Second']);
  });

  it('leaves the caret after linked words, so typing adds to them instead of replacing them', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: [p('Read the report today')] });
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 10, 16) });
    const after = run(state, setLink('https://example.org/', false));
    expect(after.selection.empty).toBe(true);
    expect(shown(after)).toEqual(['paragraph: Read the report| today']);
    expect(after.doc.rangeHasMark(10, 16, schema.marks.link!)).toBe(true);
  });

  it('inserts after a selected block, never in its place', () => {
    const state = stateOf([p('One'), { type: 'embed', attrs: { url: 'https://example.org/a' } }], 1);
    const selected = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, 5)));
    const after = run(selected, insertBlock(embed()));
    expect(shown(after)).toEqual(['paragraph: One', 'embed: ', 'embed: ', 'paragraph: |']);
    expect(after.doc.child(1).attrs.url).toBe('https://example.org/a');
  });
});
