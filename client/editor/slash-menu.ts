/**
 * The slash menu: `/` typed at the start of an empty paragraph opens a list of every block
 * kind of the schema (paragraph, sub-headings, lists, quote, image, embed, "More" box); the
 * letters typed after the slash filter it, the arrow keys move, Enter (or a click) turns the
 * paragraph into that block or opens its dialog, Escape closes it and leaves the text typed.
 * It is the ARIA combobox pattern on the editing area: the area keeps the focus and points at
 * the highlighted option with aria-activedescendant; the list is a listbox of options.
 * @example plugins: [slashMenu({ msg, actions })]
 */
import { setBlockType } from 'prosemirror-commands';
import {
  type Command,
  type EditorState,
  Plugin,
  PluginKey,
  TextSelection,
  type Transaction,
} from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { toggleBlockquote, toggleHeading, toggleList } from './commands.js';
import type { Msg } from './dom.js';
import { el } from './dom.js';
import { type IconName, icon } from './icons.js';
import { placeNear } from './place.js';
import { nodeTypes } from './schema.js';
import type { ToolbarActions } from './toolbar.js';

interface SlashItem {
  id: IconName;
  label: string;
  /** Other words it is found by, in English, whatever the interface language. */
  also: string;
  /** It opens a dialog, which inserts its block after the block the cursor is in. */
  dialog?: boolean;
  run(view: EditorView): void;
}

const command =
  (run: Command) =>
  (view: EditorView): void => {
    run(view.state, view.dispatch, view);
  };

/** Every block kind, in the order the toolbar shows them; a kind added to the schema belongs here. */
function items(msg: Msg, actions: ToolbarActions): SlashItem[] {
  return [
    { id: 'paragraph', also: 'paragraph text p', run: command(setBlockType(nodeTypes.paragraph)) },
    { id: 'heading2', also: 'heading h2 title subheading', run: command(toggleHeading(2)) },
    { id: 'heading3', also: 'heading h3 subheading', run: command(toggleHeading(3)) },
    { id: 'heading4', also: 'heading h4 subheading', run: command(toggleHeading(4)) },
    { id: 'bulletList', also: 'list bullet ul', run: command(toggleList(nodeTypes.bullet_list)) },
    { id: 'orderedList', also: 'list numbered ordered ol', run: command(toggleList(nodeTypes.ordered_list)) },
    { id: 'quote', also: 'quote blockquote citation', run: command(toggleBlockquote) },
    { id: 'image', also: 'image photo picture camera', dialog: true, run: () => actions.openImage() },
    { id: 'embed', also: 'embed video post social', dialog: true, run: () => actions.openEmbed() },
    { id: 'related', also: 'more related box article', dialog: true, run: () => actions.openRelated() },
  ].map((item) => ({ ...item, label: msg(`editor.tool.${item.id}`) }) as SlashItem);
}

/** Where the menu is open: the slash and the filter typed after it, in an otherwise empty paragraph. */
interface Match {
  from: number;
  to: number;
  query: string;
}

interface SlashState {
  match: Match | null;
  /** The slash's position once Escape closed the menu there: it stays closed while that text stays. */
  dismissed: number | null;
  index: number;
}

const key = new PluginKey<SlashState>('slash-menu');

function matchOf(state: EditorState): Match | null {
  const { $from, empty } = state.selection;
  const parent = $from.parent;
  if (!empty || parent.type !== nodeTypes.paragraph || $from.parentOffset !== parent.content.size)
    return null;
  const text = parent.textContent;
  if (!text.startsWith('/') || text.length > 40 || parent.childCount !== 1 || /\n/.test(text)) return null;
  return { from: $from.start(), to: $from.pos, query: text.slice(1) };
}

function filtered(all: SlashItem[], query: string): SlashItem[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return all;
  return all.filter((item) => `${item.label} ${item.also}`.toLocaleLowerCase().includes(q));
}

const LIST_ID = 'ed-slash-list';
const optionId = (item: SlashItem) => `ed-slash-${item.id}`;

export function slashMenu(deps: { msg: Msg; actions: ToolbarActions }): Plugin<SlashState> {
  const all = items(deps.msg, deps.actions);
  const visible = (state: EditorState) => {
    const slash = key.getState(state);
    if (!slash?.match || slash.dismissed === slash.match.from) return null;
    const shown = filtered(all, slash.match.query);
    return { slash, match: slash.match, shown, active: shown[slash.index % Math.max(shown.length, 1)] };
  };

  const choose = (view: EditorView, item: SlashItem) => {
    const open = visible(view.state);
    if (!open) return;
    // The typed "/filter" goes; the paragraph then becomes the chosen block.
    const tr = view.state.tr.delete(open.match.from, open.match.to);
    if (item.dialog) dropEmptyParagraph(tr, open.match.from);
    view.dispatch(tr);
    item.run(view);
    if (!item.dialog) view.focus();
  };

  return new Plugin<SlashState>({
    key,
    state: {
      init: () => ({ match: null, dismissed: null, index: 0 }),
      apply(tr, previous, _old, state) {
        const match = matchOf(state);
        const meta = tr.getMeta(key) as { index?: number; dismiss?: boolean } | undefined;
        if (!match) return { match: null, dismissed: null, index: 0 };
        const dismissed = meta?.dismiss
          ? match.from
          : previous.dismissed === null
            ? null
            : tr.mapping.map(previous.dismissed);
        const sameQuery = previous.match?.query === match.query;
        return { match, dismissed, index: meta?.index ?? (sameQuery ? previous.index : 0) };
      },
    },
    props: {
      attributes(state): Record<string, string> {
        const open = visible(state);
        if (!open?.active) return {};
        return { 'aria-controls': LIST_ID, 'aria-activedescendant': optionId(open.active) };
      },
      handleKeyDown(view, event) {
        const open = visible(view.state);
        if (!open) return false;
        const count = open.shown.length;
        const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
        if (move !== undefined && count > 0) {
          const index = (open.slash.index + move + count) % count;
          view.dispatch(view.state.tr.setMeta(key, { index }));
          return true;
        }
        if (event.key === 'Enter' && open.active) {
          choose(view, open.active);
          return true;
        }
        if (event.key === 'Escape') {
          view.dispatch(view.state.tr.setMeta(key, { dismiss: true }));
          return true;
        }
        return false;
      },
    },
    view(view) {
      const list = el('ul', { role: 'listbox', id: LIST_ID, 'aria-label': deps.msg('editorux.slash.label') });
      const none = el('p', { class: 'ed-slash-none' });
      const help = el('p', { class: 'ed-slash-help' }, deps.msg('editorux.slash.help'));
      const menu = el('div', { class: 'ed-slash ed-floating', hidden: '' });
      menu.append(list, none, help);
      document.body.append(menu);
      // A click chooses, and must not take the focus from the editing area first.
      menu.addEventListener('mousedown', (event) => event.preventDefault());

      const render = () => {
        const open = visible(view.state);
        if (!open || !view.hasFocus()) {
          menu.hidden = true;
          return;
        }
        list.replaceChildren(
          ...open.shown.map((item) => {
            const option = el('li', {
              role: 'option',
              id: optionId(item),
              'aria-selected': item === open.active ? 'true' : 'false',
            });
            option.append(icon(item.id), el('span', {}, item.label));
            option.addEventListener('click', () => choose(view, item));
            return option;
          }),
        );
        list.hidden = open.shown.length === 0;
        none.textContent =
          open.shown.length === 0 ? deps.msg('editorux.slash.none', { query: open.match.query }) : '';
        none.hidden = open.shown.length > 0;
        menu.hidden = false;
        menu.dir = getComputedStyle(view.dom).direction;
        placeNear(menu, view.coordsAtPos(open.match.from), { rtl: menu.dir === 'rtl', above: false });
        const current = open.active ? document.getElementById(optionId(open.active)) : null;
        if (current) keepInView(list, current);
      };
      const hide = () => {
        menu.hidden = true;
      };
      view.dom.addEventListener('blur', hide);
      view.dom.addEventListener('focus', render);
      return {
        update: render,
        destroy() {
          view.dom.removeEventListener('blur', hide);
          view.dom.removeEventListener('focus', render);
          menu.remove();
        },
      };
    },
  });
}

/** Scrolls the list, and only the list, so that the highlighted option shows. */
function keepInView(list: HTMLElement, option: HTMLElement): void {
  const top = option.offsetTop;
  const bottom = top + option.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}

/**
 * Before a dialog inserts its block after the cursor's block: the emptied paragraph goes and the
 * cursor moves to the end of the paragraph or heading before it, so the block lands right there
 * and no empty line is left above it. Kept when it is the first block or follows a non-text block.
 */
function dropEmptyParagraph(tr: Transaction, start: number): void {
  const $start = tr.doc.resolve(start);
  if ($start.depth !== 1 || $start.index(0) === 0) return;
  const before = $start.before(1);
  const previous = tr.doc.resolve(before).nodeBefore;
  if (!previous?.isTextblock) return;
  tr.delete(before, $start.after(1));
  tr.setSelection(TextSelection.create(tr.doc, before - 1));
}
