import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'rankings.popular.title': 'الأكثر قراءة',
  'rankings.popular.empty': 'لم تُقرأ بعد مقالات كافية لترتيبها.',
  'rankings.discussed.title': 'الأكثر نقاشًا',
  'rankings.discussed.empty': 'لا تعليقات في الأيام السبعة الأخيرة.',
  'rankings.discussed.debate': 'نقاش',
  'rankings.discussed.comments': 'التعليقات: {count}',
};
