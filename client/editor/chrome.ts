/**
 * The editor's chrome beyond the fixed toolbar (ADR 0029), as the plugins main.ts adds in
 * front of its own: the slash menu, the floating formatting toolbar and link popover, the side
 * panel, and the editing area set in the reader site's typography (the reader's `article` and
 * `body` classes, src/render/styles.ts). Also the phone camera button of the media dialog.
 * @example plugins: [...editorChrome({ msg, actions, language }), editorInputRules(), ...]
 */
import { Plugin } from 'prosemirror-state';
import type { Msg } from './dom.js';
import { floatingTools } from './floating.js';
import { insight } from './insight.js';
import { slashMenu } from './slash-menu.js';
import type { ToolbarActions } from './toolbar.js';

/** The reader's article classes on the editing area, so that its text looks as readers see it. */
const readerTypography = new Plugin({ props: { attributes: { class: 'article body' } } });

/**
 * A photo taken with the camera goes where a chosen file goes: into the dialog's file field,
 * then uploaded at once, so the dialog asks for alt text, caption and credit next.
 */
function wireCamera(): void {
  const camera = document.getElementById('ed-media-camera') as HTMLInputElement | null;
  const file = document.getElementById('ed-media-file') as HTMLInputElement | null;
  const upload = document.querySelector<HTMLButtonElement>('[data-action="media-upload"]');
  if (!camera || !file || !upload) return;
  camera.addEventListener('change', () => {
    const photo = camera.files?.[0];
    if (!photo) return;
    const transfer = new DataTransfer();
    transfer.items.add(photo);
    file.files = transfer.files;
    camera.value = '';
    upload.click();
  });
}

export function editorChrome(deps: { msg: Msg; actions: ToolbarActions; language: string }): Plugin[] {
  wireCamera();
  return [
    slashMenu({ msg: deps.msg, actions: deps.actions }),
    floatingTools({ msg: deps.msg, openLink: deps.actions.openLink }),
    insight({ msg: deps.msg, language: deps.language }),
    readerTypography,
  ];
}
