import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'editorcore.offline': 'Offline — salvato su questo dispositivo',
  'editorcore.restore.question': 'Ripristinare la copia salvata su questo dispositivo alle {time}?',
  'editorcore.restore.restore': 'Ripristina',
  'editorcore.restore.discard': 'Scarta',
};
