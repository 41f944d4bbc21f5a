/**
 * An image file pasted or dropped straight into the body: the editor takes it instead of
 * ProseMirror's own paste, remembers where it goes (the caret for a paste, the point under
 * the pointer for a drop) and hands it on, to be uploaded with its texts and inserted there.
 * A paste that also carries text (a word processor puts a picture of the copied text beside
 * it) stays a text paste.
 * @example new EditorView(mount, { ...imageFileHandlers((file, pos) => askAndInsert(file, pos)) })
 */
import type { EditorProps } from 'prosemirror-view';

/** The first image file of a paste or drop, unless the paste carries text too. */
export function imageFileOf(data: DataTransfer | null): File | null {
  if (!data) return null;
  if (data.getData('text/plain').trim()) return null;
  return Array.from(data.files).find((file) => file.type.startsWith('image/')) ?? null;
}

/** The editor props that take pasted and dropped image files. */
export function imageFileHandlers(
  onFile: (file: File, pos: number) => void,
): Pick<EditorProps, 'handlePaste' | 'handleDrop'> {
  return {
    handlePaste(view, event) {
      const file = imageFileOf(event.clipboardData);
      if (!file) return false;
      onFile(file, view.state.selection.from);
      return true;
    },
    handleDrop(view, event, _slice, moved) {
      const file = moved ? null : imageFileOf(event.dataTransfer);
      if (!file) return false;
      const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
      onFile(file, at?.pos ?? view.state.selection.from);
      return true;
    },
  };
}
