/**
 * The merge dialog after a conflict: for each field in which the two versions differ, both
 * values side by side (for the body, the paragraphs only one side has are marked), who
 * changed it, and a choice between keeping mine, taking the other, or, for a body whose
 * edits touch different paragraphs, combining both. Resolves with the choices.
 * @example const choices = await askMerge(differences, mine, theirs, msg);
 */
import type { BodyDoc, HeadingNode, ParagraphNode } from '../../src/domain/body.js';
import { type BodyWalker, walkBlock } from '../../src/domain/body-walk.js';
import { byId, el, type Msg, runDialog } from './dom.js';
import type { Choice, Draft, DraftField, FieldDifference } from './merge.js';

const LABELS: Record<DraftField, string> = {
  headline: 'editor.field.headline',
  lead: 'editor.field.lead',
  kicker: 'editor.field.kicker',
  type: 'editor.field.type',
  section: 'editor.field.section',
  dateline: 'editor.field.dateline',
  source: 'editor.field.source',
  topics: 'editor.field.topics',
  authors: 'editor.field.authors',
  hero: 'editor.hero',
  body: 'editor.field.body',
};

const inline = (node: ParagraphNode | HeadingNode): string =>
  (node.content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');

/** Each block as one short text: a quote in quotation marks, a list item after a bullet. */
export const MERGE_TEXT: BodyWalker<string> = {
  paragraph: inline,
  heading: inline,
  blockquote: (_node, paragraphs) => `“${paragraphs.join(' ')}”`,
  bullet_list: (_node, items) => items.map((children) => `• ${children.join(' ')}`).join('\n'),
  ordered_list: (_node, items) => items.map((children) => `• ${children.join(' ')}`).join('\n'),
  image: (node) => `[${node.attrs.alt}]`,
  embed: (node) => `[${node.attrs.url}]`,
  related: (node) => `[→ ${node.attrs.articleId}]`,
};

/** The label of a select's option, for type and section values. */
function optionLabel(selectId: string, value: string): string {
  const select = document.getElementById(selectId) as HTMLSelectElement | null;
  return Array.from(select?.options ?? []).find((o) => o.value === value)?.textContent ?? value;
}

function valueView(field: DraftField, draft: Draft, other: Draft, msg: Msg): HTMLElement {
  const box = el('div');
  const empty = msg('editor.conflict.empty');
  if (field === 'body') {
    const theirs = new Set(other.body.content.map((b) => JSON.stringify(b)));
    for (const block of (draft.body as BodyDoc).content) {
      const text = walkBlock(block, MERGE_TEXT) || empty;
      // What only this side has is marked.
      const paragraph = el('p');
      paragraph.append(theirs.has(JSON.stringify(block)) ? text : el('mark', {}, text));
      box.append(paragraph);
    }
    if (draft.body.content.length === 0) box.append(el('p', {}, empty));
    return box;
  }
  let text: string;
  if (field === 'hero') {
    const hero = draft.hero;
    text = hero
      ? [hero.alt, hero.caption, hero.credit ? `© ${hero.credit}` : ''].filter(Boolean).join(' · ')
      : '';
  } else if (field === 'topics' || field === 'authors') text = draft[field].join(', ');
  else if (field === 'type') text = optionLabel('ed-type', draft.type);
  else if (field === 'section') text = draft.section ? optionLabel('ed-section', draft.section) : '';
  else text = draft[field];
  box.append(el('p', {}, text || empty));
  return box;
}

/** Shows the merge dialog; resolves with a choice per field, or null when it was dismissed. */
export function askMerge(
  differences: readonly FieldDifference[],
  mine: Draft,
  theirs: Draft,
  msg: Msg,
): Promise<Map<DraftField, Choice> | null> {
  const dialog = byId<HTMLDialogElement>('ed-merge-dialog');
  const container = byId('ed-merge-fields');
  container.replaceChildren(
    ...differences.map((difference) => {
      const { field } = difference;
      const fieldset = el('fieldset', { class: 'ed-merge-field', 'data-field': field });
      fieldset.append(el('legend', {}, msg(LABELS[field])));
      const who = {
        me: 'editor.conflict.byMe',
        them: 'editor.conflict.byThem',
        both: 'editor.conflict.byBoth',
      }[difference.changedBy];
      fieldset.append(el('p', { class: 'muted' }, msg(who)));
      const sides = el('div', { class: 'ed-merge-sides' });
      const yours = el('div');
      yours.append(el('h4', {}, msg('editor.conflict.yours')), valueView(field, mine, theirs, msg));
      const other = el('div');
      other.append(el('h4', {}, msg('editor.conflict.theirs')), valueView(field, theirs, mine, msg));
      sides.append(yours, other);
      fieldset.append(sides);
      const options: Array<[Choice, string]> = [
        ['mine', 'editor.conflict.keepMine'],
        ['theirs', 'editor.conflict.takeTheirs'],
      ];
      if (difference.combined) options.unshift(['both', 'editor.conflict.combine']);
      for (const [choice, label] of options) {
        const radio = el('input', { type: 'radio', name: `merge-${field}`, value: choice });
        radio.checked = choice === difference.suggested;
        const wrapper = el('label', { class: 'ed-check' });
        wrapper.append(radio, document.createTextNode(` ${msg(label)}`));
        fieldset.append(wrapper);
      }
      return fieldset;
    }),
  );
  return new Promise((resolve) => {
    let choices: Map<DraftField, Choice> | null = null;
    runDialog(dialog, () => {
      choices = new Map(
        differences.map((d) => {
          const picked = container.querySelector<HTMLInputElement>(`input[name="merge-${d.field}"]:checked`);
          return [d.field, (picked?.value as Choice | undefined) ?? d.suggested];
        }),
      );
      return true;
    });
    dialog.addEventListener('close', () => resolve(choices), { once: true });
  });
}
