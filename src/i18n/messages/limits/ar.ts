import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'limits.tooLarge.title': 'أُرسل الكثير دفعة واحدة',
  'limits.tooLarge.body': 'ما أرسلته أكبر من {size} التي يقبلها هذا النموذج. اختصره وحاول مرة أخرى.',
  'limits.tooDeep.title': 'تعذّرت قراءة ما أُرسل',
  'limits.tooDeep.body':
    'ما أرسلته متداخل بأكثر من {levels, plural, zero {# مستوى} one {مستوى واحد} two {مستويين} few {# مستويات} many {# مستوى} other {# مستوى}}، وهذا ما لا ينتجه أي نموذج في هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى.',
  'limits.tooManyFields.title': 'في النموذج حقول كثيرة جدًا',
  'limits.tooManyFields.body':
    'في النموذج المرسل أكثر من {fields, plural, zero {# حقل} one {حقل واحد} two {حقلين} few {# حقول} many {# حقلًا} other {# حقل}}، وهذا ما لا ينتجه أي نموذج في هذا الموقع. أعد تحميل الصفحة وحاول مرة أخرى.',
};
