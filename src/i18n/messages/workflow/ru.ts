import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'workflow.holdScheduled':
    'Эта статья запланирована к публикации. Ваши правки сохраняются как ожидающая редакция для выпускающего редактора; выйдет та версия, которую запланировала редакция.',
};
