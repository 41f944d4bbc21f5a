import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'editorcore.offline': 'Hors ligne — enregistré sur cet appareil',
  'editorcore.restore.question': 'Restaurer la copie enregistrée sur cet appareil à {time} ?',
  'editorcore.restore.restore': 'Restaurer',
  'editorcore.restore.discard': 'Abandonner',
};
