/**
 * What floats over the text: a small formatting toolbar above a selection (bold, italic,
 * link), and, with the cursor in a link (a click on it, or the arrow keys), a popover that
 * shows the address with "Edit", "Remove" and "Open". Both keep the editing area focused
 * while used with the mouse; from the keyboard Alt+F10 moves into them, the arrow keys move
 * between their buttons and Escape goes back to the text.
 * @example plugins: [floatingTools({ msg, openLink })]
 */
import { toggleMark } from 'prosemirror-commands';
import { type EditorState, Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { currentLink, markActive, setLink } from './commands.js';
import { el, type Msg } from './dom.js';
import { type IconName, icon } from './icons.js';
import { placeNear } from './place.js';
import { markTypes } from './schema.js';

interface Deps {
  msg: Msg;
  openLink(): void;
}

function iconButton(name: IconName, label: string, extra: Record<string, string> = {}): HTMLButtonElement {
  const button = el('button', {
    type: 'button',
    'aria-label': label,
    title: label,
    tabindex: '-1',
    ...extra,
  });
  button.append(icon(name));
  return button;
}

/** Arrow keys between the buttons of a floating part, Escape back to the text. */
function roving(part: HTMLElement, view: EditorView): void {
  part.addEventListener('keydown', (event) => {
    const buttons = Array.from(part.querySelectorAll<HTMLElement>('button, a[href]'));
    const index = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      view.focus();
      return;
    }
    const rtl = getComputedStyle(part).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    if (step === undefined || index < 0) return;
    event.preventDefault();
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  });
  part.addEventListener('mousedown', (event) => {
    if (!(event.target as HTMLElement).closest('a')) event.preventDefault();
  });
}

function selectionHasText(state: EditorState): boolean {
  const { selection } = state;
  return (
    selection instanceof TextSelection &&
    !selection.empty &&
    /\S/.test(state.doc.textBetween(selection.from, selection.to))
  );
}

export function floatingTools(deps: Deps): Plugin {
  const { msg } = deps;
  return new Plugin({
    props: {
      handleKeyDown(_view, event) {
        if (event.key !== 'F10' || !event.altKey) return false;
        const open = document.querySelector<HTMLElement>(
          '.ed-bubble:not([hidden]), .ed-linkpop:not([hidden])',
        );
        const first = open?.querySelector<HTMLElement>('button, a[href]');
        if (!first) return false;
        first.focus();
        return true;
      },
    },
    view(view) {
      const bubble = el('div', {
        class: 'ed-bubble ed-floating',
        role: 'toolbar',
        'aria-label': msg('editorux.bubble.label'),
        'aria-controls': 'ed-body',
        hidden: '',
      });
      const marks = [
        { name: 'bold' as const, type: markTypes.bold, label: msg('editor.tool.bold') },
        { name: 'italic' as const, type: markTypes.italic, label: msg('editor.tool.italic') },
      ].map((mark) => {
        const button = iconButton(mark.name, mark.label, { 'aria-pressed': 'false' });
        button.addEventListener('click', () => {
          toggleMark(mark.type)(view.state, view.dispatch);
          view.focus();
        });
        return { ...mark, button };
      });
      const linkButton = iconButton('link', msg('editor.tool.link'), { 'aria-pressed': 'false' });
      linkButton.addEventListener('click', () => deps.openLink());
      bubble.append(...marks.map((m) => m.button), linkButton);

      const pop = el('div', {
        class: 'ed-linkpop ed-floating',
        role: 'group',
        'aria-label': msg('editorux.link.label'),
        hidden: '',
      });
      const address = el('a', {
        class: 'ed-linkpop-url',
        target: '_blank',
        rel: 'noopener noreferrer',
        tabindex: '-1',
      });
      const edit = iconButton('edit', msg('editorux.link.edit'));
      const remove = iconButton('unlink', msg('editorux.link.remove'));
      const open = el('a', {
        class: 'ed-linkpop-open',
        target: '_blank',
        rel: 'noopener noreferrer',
        'aria-label': msg('editorux.link.open'),
        title: msg('editorux.link.open'),
        tabindex: '-1',
      });
      open.append(icon('open'));
      edit.addEventListener('click', () => deps.openLink());
      remove.addEventListener('click', () => {
        setLink('', false)(view.state, view.dispatch);
        view.focus();
      });
      pop.append(address, edit, remove, open);

      for (const part of [bubble, pop]) {
        roving(part, view);
        document.body.append(part);
      }

      const render = () => {
        const { state } = view;
        const focusInside = [bubble, pop].some((part) => part.contains(document.activeElement));
        const focused = view.hasFocus() || focusInside;
        const dialogOpen = document.querySelector('dialog[open]') !== null;
        const rtl = getComputedStyle(view.dom).direction === 'rtl';
        const showBubble = focused && !dialogOpen && selectionHasText(state);
        // The cursor in a link, or a selection of (part of) one, as a click on a link may select it.
        const link = currentLink(state);
        const showPop = focused && !dialogOpen && link !== null;
        bubble.hidden = !showBubble;
        pop.hidden = !showPop;
        if (showBubble) {
          for (const mark of marks)
            mark.button.setAttribute('aria-pressed', String(markActive(state, mark.type)));
          linkButton.setAttribute('aria-pressed', String(currentLink(state) !== null));
          bubble.dir = rtl ? 'rtl' : 'ltr';
          // Below the selection on a touch screen: above it is where the phone's own copy menu goes.
          const above = !matchMedia('(pointer: coarse)').matches;
          placeNear(bubble, view.coordsAtPos(above ? state.selection.from : state.selection.to), {
            rtl,
            above,
            clearOf: document.querySelector('.ed-toolbar'),
          });
        }
        if (showPop && link) {
          address.href = link.href;
          address.textContent = link.href;
          open.href = link.href;
          pop.dir = rtl ? 'rtl' : 'ltr';
          const at = view.coordsAtPos(state.selection.from);
          // Under the formatting toolbar, if that went below the text too.
          const under = showBubble ? bubble.getBoundingClientRect() : null;
          const below = under && under.top >= at.bottom ? { ...at, bottom: under.bottom } : at;
          placeNear(pop, below, { rtl, above: false });
        }
      };
      // Leaving the editor hides both, unless the focus went into one of them.
      const onFocusOut = () => setTimeout(render, 0);
      view.dom.addEventListener('focusout', onFocusOut);
      view.dom.addEventListener('focusin', render);
      bubble.addEventListener('focusout', onFocusOut);
      pop.addEventListener('focusout', onFocusOut);
      return {
        update: render,
        destroy() {
          view.dom.removeEventListener('focusout', onFocusOut);
          view.dom.removeEventListener('focusin', render);
          bubble.remove();
          pop.remove();
        },
      };
    },
  });
}
