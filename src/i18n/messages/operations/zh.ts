import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'operations.requestId': '如需报告此问题，请注明本次请求编号：{id}',
};
