import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'limits.tooLarge.title': '一次发送的内容过多',
  'limits.tooLarge.body': '您发送的内容超过了此表单可接受的 {size}。请缩短后重试。',
  'limits.tooDeep.title': '无法读取所发送的内容',
  'limits.tooDeep.body':
    '您发送的内容嵌套超过 {levels, plural, other {# 层}}，本网站的任何表单都不会产生这样的内容。请重新加载页面后重试。',
  'limits.tooManyFields.title': '表单字段过多',
  'limits.tooManyFields.body':
    '所发送的表单有超过 {fields, plural, other {# 个字段}}，本网站的任何表单都不会产生这样的内容。请重新加载页面后重试。',
};
