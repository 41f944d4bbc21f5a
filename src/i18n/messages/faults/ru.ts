import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'faults.unavailable.title': 'Временно недоступно',
  'faults.unavailable.body': 'Сервис ненадолго недоступен; попробуйте ещё раз через минуту.',
  'faults.storageFull.title': 'Нет места для хранения',
  'faults.storageFull.body':
    'На сервере закончилось место, поэтому ничего не сохранено. Чтение по-прежнему работает; попробуйте позже.',
};
