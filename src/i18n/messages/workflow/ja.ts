import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'workflow.dashboard.pending': '予約済み・公開済みの記事の保留中の編集',
  'workflow.holdScheduled':
    'この記事は公開予約されています。あなたの編集はデスク向けの保留中の改訂として保存されます。公開されるのはデスクが予約した版です。',
};
