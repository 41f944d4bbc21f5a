/**
 * What the editor can do to the body, as ProseMirror commands, and the keys and typed
 * shortcuts (input rules) that reach them. The toolbar uses the same commands.
 * @example keymap(editorKeys({ openLink: () => linkDialog.open() }))
 */
import { chainCommands, exitCode, lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from 'prosemirror-inputrules';
import type { MarkType, NodeType, Node as PMNode } from 'prosemirror-model';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import {
  type Command,
  type EditorState,
  NodeSelection,
  Plugin,
  Selection,
  TextSelection,
  type Transaction,
} from 'prosemirror-state';
import { markTypes as marks, nodeTypes as nodes } from './schema.js';

/** True when the selection's start sits inside a node of this type. */
export function inNode(state: EditorState, type: NodeType, attrs?: Record<string, unknown>): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth >= 0; depth--) {
    const node = $from.node(depth);
    if (node.type === type && (!attrs || Object.entries(attrs).every(([k, v]) => node.attrs[k] === v)))
      return true;
  }
  return false;
}

/** True when the mark applies at the cursor or across the whole selection. */
export function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** A heading of this level, or back to a paragraph when the block is one already. */
export function toggleHeading(level: 2 | 3 | 4): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if ($from.parent.type === nodes.heading && $from.parent.attrs.level === level)
      return setBlockType(nodes.paragraph)(state, dispatch);
    return setBlockType(nodes.heading, { level })(state, dispatch);
  };
}

/** Wraps in a quote, or lifts out of one. */
export const toggleBlockquote: Command = (state, dispatch) =>
  inNode(state, nodes.blockquote) ? lift(state, dispatch) : wrapIn(nodes.blockquote)(state, dispatch);

/** Makes a list of this kind, turns the other kind into it, or lifts the items out of it. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    for (let depth = $from.depth; depth > 0; depth--) {
      const node = $from.node(depth);
      if (node.type === nodes.bullet_list || node.type === nodes.ordered_list) {
        if (node.type === type) return liftListItem(nodes.list_item)(state, dispatch);
        if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(depth), type));
        return true;
      }
    }
    return wrapInList(type)(state, dispatch);
  };
}

/** Sets a link on the selection (or removes it when href is empty); the caret then lands after it. */
export function setLink(href: string, nofollow: boolean): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    const link = marks.link;
    if (empty) {
      // A link at the cursor: extend over the whole linked text.
      const $pos = state.doc.resolve(from);
      const found = link.isInSet($pos.marks());
      if (!found) return false;
      let start = from;
      let end = from;
      const parent = $pos.parent;
      const offset = $pos.parentOffset;
      parent.forEach((child, childOffset) => {
        const childStart = $pos.start() + childOffset;
        if (found.isInSet(child.marks) && childOffset <= offset && childOffset + child.nodeSize >= offset) {
          start = childStart;
          end = childStart + child.nodeSize;
        }
      });
      if (!dispatch) return true;
      const tr = state.tr.removeMark(start, end, link);
      if (href) tr.addMark(start, end, link.create({ href, rel: nofollow ? 'nofollow' : null }));
      dispatch(tr.setSelection(TextSelection.create(tr.doc, end)));
      return true;
    }
    if (!dispatch) return true;
    const tr = state.tr.removeMark(from, to, link);
    if (href) tr.addMark(from, to, link.create({ href, rel: nofollow ? 'nofollow' : null }));
    // The caret lands after the linked words: what is typed next is added, never typed over them.
    dispatch(tr.setSelection(Selection.near(tr.doc.resolve(to), -1)).scrollIntoView());
    return true;
  };
}

/** The link at the cursor or on the selection, if any. */
export function currentLink(state: EditorState): { href: string; nofollow: boolean } | null {
  const { from, to, empty, $from } = state.selection;
  let found = empty ? marks.link.isInSet(state.storedMarks ?? $from.marks()) : undefined;
  if (!empty)
    state.doc.nodesBetween(from, to, (node) => {
      found ??= marks.link.isInSet(node.marks) ?? undefined;
    });
  return found ? { href: String(found.attrs.href), nofollow: found.attrs.rel === 'nofollow' } : null;
}

/**
 * Puts the caret in the block right after `end` (a block boundary), visibly: into the empty
 * paragraph that follows, or into a new one made there, so that what is typed next lands after
 * what was inserted and never replaces it.
 */
function caretAfter(tr: Transaction, end: number): Transaction {
  const next = tr.doc.resolve(end).nodeAfter;
  if (!(next?.type === nodes.paragraph && next.content.size === 0)) tr.insert(end, nodes.paragraph.create());
  return tr.setSelection(TextSelection.create(tr.doc, end + 1));
}

/**
 * Inserts a block node (image, embed, "More" box) after the current or selected block (in
 * place of an empty paragraph) and puts the caret after it.
 */
export function insertBlock(node: PMNode): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    const selected = state.selection instanceof NodeSelection ? state.selection : null;
    const emptyBlock = $from.depth === 1 && $from.parent.content.size === 0;
    let from = $from.depth > 0 ? $from.after(1) : $from.pos;
    let to = from;
    if (selected) from = to = selected.to;
    else if (emptyBlock) [from, to] = [$from.before(1), $from.after(1)];
    if (!dispatch) return true;
    const tr = state.tr.replaceWith(from, to, node);
    dispatch(caretAfter(tr, from + node.nodeSize).scrollIntoView());
    return true;
  };
}

/**
 * Inserts a block node where a file was pasted or dropped: between blocks there, or splitting
 * the paragraph at that point; the caret lands right after it.
 */
export function insertBlockAt(node: PMNode, pos: number): Command {
  return (state, dispatch) => {
    const at = Math.min(Math.max(pos, 0), state.doc.content.size);
    const $at = state.doc.resolve(at);
    if (!dispatch) return true;
    const tr = state.tr;
    let boundary: number;
    if ($at.depth === 0) boundary = at;
    else if ($at.depth > 1) boundary = $at.after(1);
    else if ($at.parent.isTextblock && $at.parentOffset === 0) boundary = $at.before($at.depth);
    else if ($at.parent.isTextblock && $at.parentOffset === $at.parent.content.size)
      boundary = $at.after($at.depth);
    else {
      // In the middle of a paragraph: split it, the image goes between the halves.
      tr.split(at);
      boundary = at + 1;
    }
    tr.insert(boundary, node);
    dispatch(caretAfter(tr, boundary + node.nodeSize).scrollIntoView());
    return true;
  };
}

/**
 * Typing while an image, embed or "More" box is selected (an arrow key or a click lands on
 * them) starts a new paragraph after it instead of typing over it: a keystroke never deletes
 * a block. Delete and Backspace still remove it, as asked.
 */
export function keepSelectedBlocks(): Plugin {
  return new Plugin({
    props: {
      handleTextInput(view, _from, _to, text) {
        const { selection } = view.state;
        if (!(selection instanceof NodeSelection) || !selection.node.isBlock) return false;
        const tr = view.state.tr.insert(
          selection.to,
          nodes.paragraph.create(null, view.state.schema.text(text)),
        );
        tr.setSelection(TextSelection.create(tr.doc, selection.to + 1 + text.length));
        view.dispatch(tr.scrollIntoView());
        return true;
      },
    },
  });
}

/** Replaces the attributes of the node at `pos`. */
export function updateNodeAttrs(pos: number, attrs: Record<string, unknown>): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node) return false;
    if (dispatch) dispatch(state.tr.setNodeMarkup(pos, null, { ...node.attrs, ...attrs }));
    return true;
  };
}

const hardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
});

export interface KeyActions {
  /** Opens the link dialog (Mod-k). */
  openLink: () => void;
}

/** The editor's keyboard shortcuts (Mod is Cmd on a Mac, Ctrl elsewhere). */
export function editorKeys(actions: KeyActions): Record<string, Command> {
  return {
    'Mod-z': undo,
    'Shift-Mod-z': redo,
    'Mod-y': redo,
    'Mod-b': toggleMark(marks.bold),
    'Mod-i': toggleMark(marks.italic),
    'Mod-k': () => {
      actions.openLink();
      return true;
    },
    'Mod-Alt-0': setBlockType(nodes.paragraph),
    'Mod-Alt-2': toggleHeading(2),
    'Mod-Alt-3': toggleHeading(3),
    'Mod-Alt-4': toggleHeading(4),
    'Shift-Mod-8': toggleList(nodes.bullet_list),
    'Shift-Mod-7': toggleList(nodes.ordered_list),
    'Shift-Mod-9': toggleBlockquote,
    Enter: splitListItem(nodes.list_item),
    'Mod-]': sinkListItem(nodes.list_item),
    'Mod-[': liftListItem(nodes.list_item),
    // Tab moves into a nested list only inside a list; elsewhere it leaves the editor, as keyboard users expect.
    Tab: sinkListItem(nodes.list_item),
    'Shift-Tab': liftListItem(nodes.list_item),
    'Shift-Enter': hardBreak,
  };
}

/** Markdown-like typing: "## " a sub-heading, "> " a quote, "- " or "* " a list, "1. " a numbered list. */
export function editorInputRules(): Plugin {
  return inputRules({
    rules: [
      textblockTypeInputRule(/^(#{2,4})\s$/, nodes.heading, (match) => ({
        level: match[1]?.length ?? 2,
      })),
      wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
      wrappingInputRule(/^\s*([-*•])\s$/, nodes.bullet_list),
      wrappingInputRule(
        /^(\d+)\.\s$/,
        nodes.ordered_list,
        (match) => ({ start: Number(match[1]) }),
        (match, node) => node.childCount + Number(node.attrs.start) === Number(match[1]),
      ),
      // Two hyphens make a dash, as word processors do.
      new InputRule(/--$/, '–'),
    ],
  });
}
