/**
 * The body editor's toolbar: one labelled button per command, with its shortcut announced
 * (aria-keyshortcuts) and shown (title). Hidden until the island runs, which wires each
 * button by its `data-command` and keeps `aria-pressed` and `disabled` current.
 */
import type { MessageKey, Translator } from '../../i18n/catalogue.js';

interface Tool {
  command: string;
  label: MessageKey;
  glyph: string;
  keys?: string;
  toggle?: boolean;
}

const GROUPS: Tool[][] = [
  [
    { command: 'bold', label: 'editor.tool.bold', glyph: 'B', keys: 'Control+B', toggle: true },
    { command: 'italic', label: 'editor.tool.italic', glyph: 'I', keys: 'Control+I', toggle: true },
    { command: 'link', label: 'editor.tool.link', glyph: '🔗', keys: 'Control+K', toggle: true },
  ],
  [
    { command: 'paragraph', label: 'editor.tool.paragraph', glyph: '¶', keys: 'Control+Alt+0', toggle: true },
    { command: 'heading2', label: 'editor.tool.heading2', glyph: 'H2', keys: 'Control+Alt+2', toggle: true },
    { command: 'heading3', label: 'editor.tool.heading3', glyph: 'H3', keys: 'Control+Alt+3', toggle: true },
    { command: 'heading4', label: 'editor.tool.heading4', glyph: 'H4', keys: 'Control+Alt+4', toggle: true },
    { command: 'quote', label: 'editor.tool.quote', glyph: '❝', keys: 'Control+Shift+9', toggle: true },
    {
      command: 'bulletList',
      label: 'editor.tool.bulletList',
      glyph: '•',
      keys: 'Control+Shift+8',
      toggle: true,
    },
    {
      command: 'orderedList',
      label: 'editor.tool.orderedList',
      glyph: '1.',
      keys: 'Control+Shift+7',
      toggle: true,
    },
  ],
  [
    { command: 'image', label: 'editor.tool.image', glyph: '🖼' },
    { command: 'embed', label: 'editor.tool.embed', glyph: '▶' },
    { command: 'related', label: 'editor.tool.related', glyph: '➕' },
  ],
  [
    { command: 'undo', label: 'editor.tool.undo', glyph: '↶', keys: 'Control+Z' },
    { command: 'redo', label: 'editor.tool.redo', glyph: '↷', keys: 'Control+Y' },
  ],
];

export function Toolbar(props: { t: Translator }) {
  const { t } = props;
  return (
    <div
      class="ed-toolbar ed-js-only"
      role="toolbar"
      aria-label={t.t('editor.toolbar')}
      aria-controls="ed-body"
      hidden
    >
      {GROUPS.map((group) => (
        <span class="ed-group">
          {group.map((tool) => {
            const label = t.t(tool.label);
            return (
              <button
                type="button"
                data-command={tool.command}
                aria-label={label}
                title={tool.keys ? `${label} (${tool.keys.replace('Control', 'Ctrl')})` : label}
                aria-keyshortcuts={tool.keys}
                aria-pressed={tool.toggle ? 'false' : undefined}
                tabindex={tool.command === 'bold' ? 0 : -1}
                // Drawn by the style sheet: the name is the label, the glyph only a picture of it.
                data-glyph={tool.glyph}
              />
            );
          })}
        </span>
      ))}
    </div>
  );
}
