import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'editorux.slash.label': 'إدراج كتلة',
  'editorux.slash.none': 'لا يطابق أي نوع من الكتل «{query}». يُبقي مفتاح Escape النص كما كُتب.',
  'editorux.slash.help': 'اكتب للتصفية، واستخدم الأسهم للاختيار، وEnter للإدراج، وEscape للإغلاق.',
  'editorux.bubble.label': 'تنسيق النص المحدد',
  'editorux.link.label': 'رابط',
  'editorux.link.edit': 'تعديل الرابط',
  'editorux.link.remove': 'إزالة الرابط',
  'editorux.link.open': 'فتح الرابط في علامة تبويب جديدة',
  'editorux.insight.title': 'الطول والمعاينات',
  'editorux.insight.words':
    '{count, plural, zero {لا كلمات} one {كلمة واحدة} two {كلمتان} few {# كلمات} many {# كلمة} other {# كلمة}}',
  'editorux.insight.characters':
    '{count, plural, zero {لا أحرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}}',
  'editorux.insight.reading':
    '{count, plural, zero {أقل من دقيقة قراءة} one {دقيقة قراءة واحدة} two {دقيقتا قراءة} few {# دقائق قراءة} many {# دقيقة قراءة} other {# دقيقة قراءة}}',
  'editorux.teaser.title': 'كما سيُنشر',
  'editorux.teaser.hint': 'الملخص في الصفحة الرئيسية وفي قوائم الأقسام، بلغة المقال.',
  'editorux.social.title': 'عند المشاركة',
  'editorux.social.hint':
    'البطاقة التي تعرضها الشبكات الاجتماعية وتطبيقات المراسلة لرابط مُشارَك (Open Graph).',
  'editorux.preview.noHeadline': 'لا عنوان بعد',
  'editorux.preview.noImage': 'لا صورة رئيسية: يرى القراء الملخص من دون صورة.',
  'editorux.camera': 'التقاط صورة',
};
