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

/** A staff user as the administration lists them. */
export interface StaffListing extends StaffUser {
  createdAt: string;
  disabledAt: string | null;
}

/** Normalises an email address for lookup and uniqueness. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A plausible email address: something@host.tld, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254;
}
