/**
 * Wires the server-rendered toolbar (src/render/newsroom/editor-toolbar.tsx) to the editor:
 * each button gets its SVG icon (icons.ts; the name it already has), runs its command, shows whether it applies (aria-pressed) and whether it can
 * (aria-disabled, so it stays reachable), and the arrow keys move between buttons (one tab
 * stop for the whole toolbar, as the ARIA toolbar pattern has it).
 * @example const toolbar = wireToolbar(view, actions); toolbar.update(view.state);
 */
import { setBlockType, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { inNode, markActive, toggleBlockquote, toggleHeading, toggleList } from './commands.js';
import { icon, isIconName } from './icons.js';
import { markTypes, nodeTypes } from './schema.js';

export interface ToolbarActions {
  openLink(): void;
  openImage(): void;
  openEmbed(): void;
  openRelated(): void;
}

interface Tool {
  run: Command;
  active?: (state: EditorState) => boolean;
}

function textblockIs(state: EditorState, type: string, level?: number): boolean {
  const parent = state.selection.$from.parent;
  return parent.type.name === type && (level === undefined || parent.attrs.level === level);
}

function tools(actions: ToolbarActions): Record<string, Tool> {
  const opening =
    (open: () => void): Command =>
    (_state, dispatch) => {
      if (dispatch) open();
      return true;
    };
  return {
    bold: { run: toggleMark(markTypes.bold), active: (s) => markActive(s, markTypes.bold) },
    italic: { run: toggleMark(markTypes.italic), active: (s) => markActive(s, markTypes.italic) },
    link: { run: opening(actions.openLink), active: (s) => markActive(s, markTypes.link) },
    paragraph: { run: setBlockType(nodeTypes.paragraph), active: (s) => textblockIs(s, 'paragraph') },
    heading2: { run: toggleHeading(2), active: (s) => textblockIs(s, 'heading', 2) },
    heading3: { run: toggleHeading(3), active: (s) => textblockIs(s, 'heading', 3) },
    heading4: { run: toggleHeading(4), active: (s) => textblockIs(s, 'heading', 4) },
    quote: { run: toggleBlockquote, active: (s) => inNode(s, nodeTypes.blockquote) },
    bulletList: { run: toggleList(nodeTypes.bullet_list), active: (s) => inNode(s, nodeTypes.bullet_list) },
    orderedList: {
      run: toggleList(nodeTypes.ordered_list),
      active: (s) => inNode(s, nodeTypes.ordered_list),
    },
    image: { run: opening(actions.openImage) },
    embed: { run: opening(actions.openEmbed) },
    related: { run: opening(actions.openRelated) },
    undo: { run: undo },
    redo: { run: redo },
  };
}

export interface Toolbar {
  update(state: EditorState): void;
}

export function wireToolbar(view: EditorView, actions: ToolbarActions): Toolbar {
  const bar = document.querySelector<HTMLElement>('.ed-toolbar');
  const byCommand = tools(actions);
  const buttons = Array.from(bar?.querySelectorAll<HTMLButtonElement>('button[data-command]') ?? []);
  if (bar) bar.hidden = false;

  for (const button of buttons) {
    const command = button.dataset.command ?? '';
    const tool = byCommand[command];
    if (!tool) continue;
    if (isIconName(command)) button.replaceChildren(icon(command));
    // Keep the editor's selection: a click on a button must not move focus first.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      tool.run(view.state, view.dispatch, view);
      if (!['link', 'image', 'embed', 'related'].includes(button.dataset.command ?? '')) view.focus();
    });
  }

  bar?.addEventListener('keydown', (event) => {
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(bar).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next = -1;
    if (step !== undefined) next = (index + step + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next < 0) return;
    event.preventDefault();
    for (const b of buttons) b.tabIndex = -1;
    const target = buttons[next];
    if (target) {
      target.tabIndex = 0;
      target.focus();
    }
  });

  return {
    update(state) {
      for (const button of buttons) {
        const tool = byCommand[button.dataset.command ?? ''];
        if (!tool) continue;
        const enabled = tool.run(state);
        button.setAttribute('aria-disabled', enabled ? 'false' : 'true');
        if (tool.active) button.setAttribute('aria-pressed', tool.active(state) ? 'true' : 'false');
      }
    },
  };
}
