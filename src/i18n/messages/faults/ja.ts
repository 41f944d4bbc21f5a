import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'faults.unavailable.title': '一時的に利用できません',
  'faults.unavailable.body': 'サービスは一時的に利用できません。しばらくしてからもう一度お試しください。',
  'faults.storageFull.title': '保存領域が残っていません',
  'faults.storageFull.body':
    'サーバーの保存領域が不足しているため、何も保存されませんでした。閲覧は引き続き可能です。後でもう一度お試しください。',
};
