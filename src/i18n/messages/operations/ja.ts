import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'operations.requestId': '問題を報告する際は、このリクエストの参照番号をお伝えください：{id}',
};
