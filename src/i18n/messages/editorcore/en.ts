/** English texts of the editorcore area (the editor keeping every word: offline saving, the restore question): the reference; other languages have exactly these keys. */
export const en = {
  'editorcore.offline': 'Offline — saved on this device',
  'editorcore.restore.question': 'Restore the copy saved on this device from {time}?',
  'editorcore.restore.restore': 'Restore',
  'editorcore.restore.discard': 'Discard',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
