import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'workflow.dashboard.pending': 'Отложенные правки запланированных и опубликованных статей',
  'workflow.holdScheduled':
    'Эта статья запланирована к публикации. Ваши правки сохраняются как ожидающая редакция для выпускающего редактора; выйдет та версия, которую запланировала редакция.',
};
