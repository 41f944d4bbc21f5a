/**
 * The body editor's toolbar: one labelled button per command, with its shortcut announced
 * (aria-keyshortcuts) and shown (title). Hidden until the island runs, which draws each
 * button's SVG icon (client/editor/icons.ts), wires it by its `data-command` and keeps
 * `aria-pressed` and `disabled` current.
 */
import type { MessageKey, Translator } from '../../i18n/catalogue.js';

interface Tool {
  command: string;
  label: MessageKey;
  keys?: string;
  toggle?: boolean;
}

const GROUPS: Tool[][] = [
  [
    { command: 'bold', label: 'editor.tool.bold', keys: 'Control+B', toggle: true },
    { command: 'italic', label: 'editor.tool.italic', keys: 'Control+I', toggle: true },
    { command: 'link', label: 'editor.tool.link', keys: 'Control+K', toggle: true },
  ],
  [
    { command: 'paragraph', label: 'editor.tool.paragraph', keys: 'Control+Alt+0', toggle: true },
    { command: 'heading2', label: 'editor.tool.heading2', keys: 'Control+Alt+2', toggle: true },
    { command: 'heading3', label: 'editor.tool.heading3', keys: 'Control+Alt+3', toggle: true },
    { command: 'heading4', label: 'editor.tool.heading4', keys: 'Control+Alt+4', toggle: true },
    { command: 'quote', label: 'editor.tool.quote', keys: 'Control+Shift+9', toggle: true },
    {
      command: 'bulletList',
      label: 'editor.tool.bulletList',
      keys: 'Control+Shift+8',
      toggle: true,
    },
    {
      command: 'orderedList',
      label: 'editor.tool.orderedList',
      keys: 'Control+Shift+7',
      toggle: true,
    },
  ],
  [
    { command: 'image', label: 'editor.tool.image' },
    { command: 'embed', label: 'editor.tool.embed' },
    { command: 'related', label: 'editor.tool.related' },
  ],
  [
    { command: 'undo', label: 'editor.tool.undo', keys: 'Control+Z' },
    { command: 'redo', label: 'editor.tool.redo', keys: 'Control+Y' },
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
              />
            );
          })}
        </span>
      ))}
    </div>
  );
}
