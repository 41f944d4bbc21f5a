import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'rankings.popular.title': 'よく読まれている記事',
  'rankings.popular.empty': 'ランキングを作成できるほど、まだ記事が読まれていません。',
  'rankings.discussed.title': 'コメントの多い記事',
  'rankings.discussed.empty': '過去7日間のコメントはありません。',
  'rankings.discussed.debate': '討論',
  'rankings.discussed.comments': 'コメント：{count}',
};
