/**
 * Who may do what: one table for the newsroom pages and the API alike.
 * @example can({ role: 'contributor' }, 'article.publish') // false
 */
export const ROLES = ['contributor', 'editor', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'article.read',
  'article.create',
  'article.update',
  'article.update_any',
  'article.publish',
  'article.unpublish',
  'article.correct',
  'article.review',
  'article.restore',
  'media.upload',
  'media.read',
  'media.update',
  'taxonomy.read',
  'taxonomy.manage',
  'frontpage.manage',
  'settings.manage',
  'error_report.read',
  'error_report.handle',
  'debate.create',
  'comment.moderate',
  'staff.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: readonly Role[] = ROLES;
const DESK: readonly Role[] = ['editor', 'admin'];
const WRITERS: readonly Role[] = ['contributor', 'editor', 'admin'];
const MODERATORS: readonly Role[] = ['moderator', 'editor', 'admin'];

/** The policy table: for each action, the roles allowed to take it. */
export const POLICY: Record<Action, readonly Role[]> = {
  'article.read': ALL,
  'article.create': WRITERS,
  'article.update': WRITERS,
  /** Changing an article one neither created nor is an author of (src/domain/workflow.ts). */
  'article.update_any': DESK,
  'article.publish': DESK,
  'article.unpublish': DESK,
  'article.correct': DESK,
  /** Send back with a comment, approve; a contributor submits with article.update. */
  'article.review': DESK,
  'article.restore': WRITERS,
  'media.upload': WRITERS,
  'media.read': ALL,
  'media.update': WRITERS,
  'taxonomy.read': ALL,
  'taxonomy.manage': DESK,
  'frontpage.manage': DESK,
  'settings.manage': ['admin'],
  'error_report.read': DESK,
  'error_report.handle': DESK,
  'debate.create': DESK,
  'comment.moderate': MODERATORS,
  'staff.manage': ['admin'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when a staff member with this role may take the action. */
export function can(user: { role: Role }, action: Action): boolean {
  return POLICY[action].includes(user.role);
}
