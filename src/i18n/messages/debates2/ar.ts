/** Arabic texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {تُرجم من الإنجليزية} de {تُرجم من الألمانية} fr {تُرجم من الفرنسية} it {تُرجم من الإيطالية} es {تُرجم من الإسبانية} pt {تُرجم من البرتغالية} ar {تُرجم من العربية} zh {تُرجم من الصينية} ja {تُرجم من اليابانية} ru {تُرجم من الروسية} other {ترجمة آلية}}',
  'debates2.showOriginal': 'عرض النص الأصلي',
  'debates2.showTranslation': 'عرض الترجمة',
  'debates2.pending': 'الترجمة غير متاحة بعد',
  'debates2.unsupported': 'لا تتوفر ترجمة آلية إلى هذه اللغة',
  'debates2.multilingual': 'يشارك قراء من جميع اللغات: اكتب بلغتك واقرأ كل تعليق مترجمًا إليها.',
  'debates2.languageLabel': 'لغة تعليقك',
  'debates2.languageDetect': 'التعرّف عليها من النص',
  'debates2.allLanguages': 'جميع اللغات',
  'debates2.invite': 'صحفيونا يسألون والقراء حول العالم يجيبون: شارك في النقاشات.',
  'debates2.inviteLink': 'عرض النقاشات المفتوحة',
  'debates2.homeTitle': 'نقاشات مفتوحة',
  'debates2.homeMore': 'كل النقاشات',
  'debates2.settingMultilingual':
    'متعدد اللغات: يشارك قراء من جميع اللغات، ويقرأ كل منهم التعليقات مترجمة آليًا إلى لغته',
  'debates2.moderationTranslation': 'ترجمة آلية ({provider})',
  'debates2.moderationOriginal': 'النص الأصلي ({language})',
  'debates2.moderationPending': 'الترجمة إلى لغتك غير متاحة بعد.',
  'debates2.moderationUnsupported': 'لا تتوفر ترجمة آلية من هذه اللغة إلى لغتك.',
};
