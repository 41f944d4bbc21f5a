import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'abuse.login.paused':
    '登录失败次数过多。为保护账户，登录已暂停至 {time}（约 {minutes, plural, other {# 分钟}}）。届时请再试。',
  'abuse.tooMany':
    '来自您网络连接的请求过多。请在 {time} 之后再试（约 {minutes, plural, other {# 分钟}}后）。',
  'abuse.form.expired': '此表单已过期，或并非来自本页面。请检查您填写的内容后重新提交。',
  'abuse.upload.busy': '当前正在处理大量图片。请在 {seconds, plural, other {# 秒}}后再试。',
};
