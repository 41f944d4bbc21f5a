import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'limits.tooLarge.title': '一度に送信された量が多すぎます',
  'limits.tooLarge.body':
    '送信された内容は、このフォームが受け付ける {size} を超えています。短くしてもう一度お試しください。',
  'limits.tooDeep.title': '送信された内容を読み取れませんでした',
  'limits.tooDeep.body':
    '送信された内容は {levels, plural, other {# 階層}}を超えて入れ子になっており、このサイトのフォームがそのような内容を送ることはありません。ページを再読み込みしてもう一度お試しください。',
  'limits.tooManyFields.title': 'フォームの項目が多すぎます',
  'limits.tooManyFields.body':
    '送信されたフォームには {fields, plural, other {# 個}}を超える項目があり、このサイトのフォームがそのような内容を送ることはありません。ページを再読み込みしてもう一度お試しください。',
};
