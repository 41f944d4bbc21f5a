import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'rankings.popular.title': '热门文章',
  'rankings.popular.empty': '阅读量尚不足以生成排行。',
  'rankings.discussed.title': '热议文章',
  'rankings.discussed.empty': '过去七天内没有评论。',
  'rankings.discussed.debate': '讨论',
  'rankings.discussed.comments': '评论：{count}',
};
