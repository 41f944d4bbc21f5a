import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'abuse.login.paused':
    'ログインの失敗が多すぎます。アカウントを保護するため、ログインを {time} まで（約 {minutes, plural, other {# 分間}}）停止しています。その後もう一度お試しください。',
  'abuse.tooMany':
    'お使いの接続からのリクエストが多すぎます。{time} 以降にもう一度お試しください（約 {minutes, plural, other {# 分後}}）。',
  'abuse.form.expired':
    'このフォームは期限切れか、このページから送信されたものではありません。入力内容を確認して、もう一度送信してください。',
  'abuse.upload.busy':
    '現在、多数の画像を処理中です。{seconds, plural, other {# 秒後}}にもう一度お試しください。',
};
