import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'editorcore.offline': 'Sem ligação — guardado neste dispositivo',
  'editorcore.restore.question': 'Restaurar a cópia guardada neste dispositivo às {time}?',
  'editorcore.restore.restore': 'Restaurar',
  'editorcore.restore.discard': 'Descartar',
};
