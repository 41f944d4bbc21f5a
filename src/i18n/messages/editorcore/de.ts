import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'editorcore.offline': 'Offline – auf diesem Gerät gespeichert',
  'editorcore.restore.question': 'Die auf diesem Gerät gespeicherte Fassung von {time} wiederherstellen?',
  'editorcore.restore.restore': 'Wiederherstellen',
  'editorcore.restore.discard': 'Verwerfen',
};
