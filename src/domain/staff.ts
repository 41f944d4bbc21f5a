/**
 * Staff members of the newsroom and the identity a request acts as.
 */
import type { Role } from './policy.js';

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Normalises an email address for lookup and uniqueness. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A plausible email address: something@host.tld, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}
