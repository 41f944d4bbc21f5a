/** Arabic texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const ar: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'تصحيح',
  'newsroomdesk.correct.actionFor': 'إضافة تصحيح إلى «{headline}»',
  'newsroomdesk.correct.title': 'إضافة تصحيح',
  'newsroomdesk.correct.intro':
    'تُنشر الملاحظة فورًا، مؤرَّخة، على كل نسخة لغوية تختارها، وتظهر في سجل التصحيحات.',
  'newsroomdesk.correct.languages': 'النسخ اللغوية المعنية',
  'newsroomdesk.correct.unpublished': 'غير منشورة',
  'newsroomdesk.correct.done': 'نُشرت الملاحظة على: {languages}.',
  'newsroomdesk.correct.back': 'العودة إلى المقال في المحرر',
  'newsroomdesk.correct.error.kind': 'اختر نوع الملاحظة.',
  'newsroomdesk.correct.error.text': 'اكتب النص الذي سيراه القراء.',
  'newsroomdesk.correct.error.textLong':
    'يجب ألا يتجاوز النص {max, plural, zero {# حرف} one {حرفًا واحدًا} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}.',
  'newsroomdesk.correct.error.languages': 'اختر نسخة لغوية واحدة على الأقل.',
  'newsroomdesk.correct.error.unpublished': 'لا يمكن تصحيح إلا نسخة لغوية سبق أن رآها القراء.',
  'newsroomdesk.correct.error.changed': 'عُدِّل المقال في اللحظة نفسها. أرسل النموذج مرة أخرى.',
  'newsroomdesk.count.articles':
    '{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالًا} other {# مقال}}',
  'newsroomdesk.count.comments':
    '{count, plural, zero {لا تعليقات} one {تعليق واحد} two {تعليقان} few {# تعليقات} many {# تعليقًا} other {# تعليق}}',
  'newsroomdesk.count.images':
    '{count, plural, zero {لا صور} one {صورة واحدة} two {صورتان} few {# صور} many {# صورة} other {# صورة}}',
  'newsroomdesk.publish.heading': 'قبل النشر',
  'newsroomdesk.publish.heroAlt': 'تحتاج الصورة الرئيسية إلى نص بديل قبل أن يمكن نشر المقال.',
  'newsroomdesk.publish.heroCredit': 'تحتاج الصورة الرئيسية إلى ذكر المصدر قبل أن يمكن نشر المقال.',
  'newsroomdesk.publish.bodyAlt': 'تحتاج الصورة {n} في النص ({label}) إلى نص بديل قبل أن يمكن نشر المقال.',
  'newsroomdesk.publish.bodyCredit':
    'تحتاج الصورة {n} في النص ({label}) إلى ذكر المصدر قبل أن يمكن نشر المقال.',
  'newsroomdesk.nav.menu': 'القائمة',
};
