/** Chinese (Simplified) texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const zh: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': '更正',
  'newsroomdesk.correct.actionFor': '为“{headline}”添加更正',
  'newsroomdesk.correct.title': '添加更正',
  'newsroomdesk.correct.intro': '说明会立即发布在所选的每个语言版本上，注明日期，并列入更正记录。',
  'newsroomdesk.correct.languages': '适用的语言版本',
  'newsroomdesk.correct.unpublished': '未发布',
  'newsroomdesk.correct.done': '说明已发布于：{languages}。',
  'newsroomdesk.correct.back': '返回编辑器中的文章',
  'newsroomdesk.correct.error.kind': '请选择说明的类型。',
  'newsroomdesk.correct.error.text': '请填写读者将看到的文字。',
  'newsroomdesk.correct.error.textLong': '文字最多 {max, plural, other {# 个字符}}。',
  'newsroomdesk.correct.error.languages': '请至少选择一个语言版本。',
  'newsroomdesk.correct.error.unpublished': '只有读者已看到的语言版本才能更正。',
  'newsroomdesk.correct.error.changed': '文章在同一时刻被修改了。请再次提交表单。',
  'newsroomdesk.count.articles': '{count, plural, other {# 篇文章}}',
  'newsroomdesk.count.comments': '{count, plural, other {# 条评论}}',
  'newsroomdesk.count.images': '{count, plural, other {# 张图片}}',
  'newsroomdesk.publish.heading': '发布之前',
  'newsroomdesk.publish.heroAlt': '主图需要替代文字，文章才能发布。',
  'newsroomdesk.publish.heroCredit': '主图需要注明来源，文章才能发布。',
  'newsroomdesk.publish.bodyAlt': '正文中的第 {n} 张图片（{label}）需要替代文字，文章才能发布。',
  'newsroomdesk.publish.bodyCredit': '正文中的第 {n} 张图片（{label}）需要注明来源，文章才能发布。',
  'newsroomdesk.nav.menu': '菜单',
};
