import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'editorcore.offline': 'Sin conexión — guardado en este dispositivo',
  'editorcore.restore.question': '¿Restaurar la copia guardada en este dispositivo a las {time}?',
  'editorcore.restore.restore': 'Restaurar',
  'editorcore.restore.discard': 'Descartar',
};
