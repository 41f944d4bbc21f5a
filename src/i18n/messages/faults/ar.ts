import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'faults.unavailable.title': 'الخدمة غير متاحة مؤقتًا',
  'faults.unavailable.body': 'الخدمة غير متاحة لبرهة؛ يُرجى المحاولة مرة أخرى بعد قليل.',
  'faults.storageFull.title': 'لا توجد مساحة تخزين متبقية',
  'faults.storageFull.body':
    'نفدت مساحة التخزين على الخادم، لذلك لم يُحفظ أي شيء. لا تزال القراءة متاحة؛ يُرجى المحاولة لاحقًا.',
};
