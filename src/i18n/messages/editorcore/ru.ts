import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'editorcore.offline': 'Нет сети — сохранено на этом устройстве',
  'editorcore.restore.question': 'Восстановить копию, сохранённую на этом устройстве в {time}?',
  'editorcore.restore.restore': 'Восстановить',
  'editorcore.restore.discard': 'Отбросить',
};
