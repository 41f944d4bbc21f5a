import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'editorcore.offline': 'オフライン — この端末に保存しました',
  'editorcore.restore.question': '{time} にこの端末に保存したコピーを復元しますか？',
  'editorcore.restore.restore': '復元',
  'editorcore.restore.discard': '破棄',
};
