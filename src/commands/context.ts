/**
 * What every use case receives: the database, the acting staff member and the time.
 */

import { DomainError } from '../domain/errors.js';
import type { Action } from '../domain/policy.js';
import { can } from '../domain/policy.js';
import type { StaffUser } from '../domain/staff.js';
import type { Db } from '../storage/db.js';

export interface CommandContext {
  db: Db;
  actor: StaffUser;
  now: Date;
}

/** Fails with `forbidden` unless the actor's role allows the action. */
export function authorize(actor: StaffUser, action: Action): void {
  if (!can(actor, action)) {
    throw new DomainError('forbidden', `The role ${actor.role} may not do ${action}`);
  }
}
