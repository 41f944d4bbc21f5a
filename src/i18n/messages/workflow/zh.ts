import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'workflow.dashboard.pending': '排期和已发布文章的待审修改',
  'workflow.holdScheduled': '本文已排期发布。你的修改将作为待审修订保留给编辑部；发布的是编辑部排期的版本。',
};
