/**
 * Recognises the staff member behind a request (a bearer token for now) and requires one
 * on staff routes.
 */
import type { MiddlewareHandler } from 'hono';
import { authenticateToken } from '../../commands/staff.js';
import { DomainError } from '../../domain/errors.js';
import type { StaffUser } from '../../domain/staff.js';
import type { AppDeps, AppEnv } from '../deps.js';

/** Sets `staff` from `Authorization: Bearer <token>`; answers 401 when there is none or it is unknown. */
export function requireStaff(deps: Pick<AppDeps, 'store'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match?.[1] ? await authenticateToken(deps.store.db, match[1]) : null;
    if (!user) {
      c.header('WWW-Authenticate', 'Bearer');
      throw new DomainError(
        'unauthorized',
        match ? 'The token is not valid' : 'Send Authorization: Bearer <token>',
      );
    }
    c.set('staff', user);
    await next();
  };
}

/** The staff member of a request that passed `requireStaff`. */
export function staffOf(c: { get(key: 'staff'): StaffUser | null }): StaffUser {
  const staff = c.get('staff');
  if (!staff) throw new DomainError('unauthorized', 'Send Authorization: Bearer <token>');
  return staff;
}
