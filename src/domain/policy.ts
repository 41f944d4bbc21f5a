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
  'article.publish',
  'article.unpublish',
  'article.correct',
  'media.upload',
  'media.read',
  'taxonomy.read',
  'taxonomy.manage',
  'staff.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: readonly Role[] = ROLES;
const DESK: readonly Role[] = ['editor', 'admin'];
const WRITERS: readonly Role[] = ['contributor', 'editor', 'admin'];

/** The policy table: for each action, the roles allowed to take it. */
export const POLICY: Record<Action, readonly Role[]> = {
  'article.read': ALL,
  'article.create': WRITERS,
  'article.update': WRITERS,
  'article.publish': DESK,
  'article.unpublish': DESK,
  'article.correct': DESK,
  'media.upload': WRITERS,
  'media.read': ALL,
  'taxonomy.read': ALL,
  'taxonomy.manage': DESK,
  'staff.manage': ['admin'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when a staff member with this role may take the action. */
export function can(user: { role: Role }, action: Action): boolean {
  return POLICY[action].includes(user.role);
}
