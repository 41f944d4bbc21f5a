/** Arabic texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'homes.otherLanguages.title': 'من لغاتنا الأخرى',
  'homes.otherLanguages.intro':
    'لم يُنشر بالعربية حتى الآن سوى عدد قليل من المواد. إليك أحدث ما نشرناه بلغاتنا الأخرى، مع ذكر اللغة التي كُتبت بها كل مادة.',
};
