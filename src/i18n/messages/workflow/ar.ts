import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'workflow.dashboard.pending': 'تعديلات معلّقة على مقالات مجدولة ومنشورة',
  'workflow.holdScheduled':
    'هذه المقالة مجدولة للنشر. تُحفظ تعديلاتك كمراجعة معلّقة لفريق التحرير؛ والنسخة التي جدولها فريق التحرير هي التي ستُنشر.',
};
