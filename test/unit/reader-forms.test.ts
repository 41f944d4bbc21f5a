import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import {
  credentialsOf,
  DELETE_FORM,
  formInputOf,
  LOG_IN_FORM,
  NEW_PASSWORD_FORM,
  SIGN_UP_FORM,
} from '../../src/http/reader-forms.js';
import { pageNumberOf } from '../../src/http/views/page-outcome.js';

/** The field a refused form names (what the page's message is chosen by). */
function refusedField(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return 'nothing refused';
}

describe('reader forms read with the API schemas', () => {
  it('keeps only the fields the schema names, and trims the email as the API does', () => {
    const input = formInputOf(SIGN_UP_FORM, {
      _csrf: 'token',
      email: '  zed@example.org ',
      password: 'a long enough password',
      displayName: 'Zed',
      next: '/en/',
    });
    expect(input).toEqual({
      email: 'zed@example.org',
      password: 'a long enough password',
      displayName: 'Zed',
    });
  });

  it('treats a missing field as empty and names the first refused field in the command order', () => {
    expect(refusedField(() => formInputOf(SIGN_UP_FORM, { password: 'x' }))).toBe('email');
    // resetPassword checks the password before the token; the form says the same.
    expect(refusedField(() => formInputOf(NEW_PASSWORD_FORM, { token: '', password: '' }))).toBe('password');
    expect(refusedField(() => formInputOf(NEW_PASSWORD_FORM, { token: '', password: 'long enough' }))).toBe(
      'token',
    );
  });

  it('refuses what the API refuses, naming the field', () => {
    const long = { email: 'zed@example.org', password: 'p'.repeat(5000), displayName: 'Zed' };
    expect(refusedField(() => formInputOf(SIGN_UP_FORM, long))).toBe('password');
  });
});

describe('list page numbers', () => {
  it('reads ?page= as a positive whole number, 1 when absent', () => {
    expect(pageNumberOf(undefined)).toBe(1);
    expect(pageNumberOf('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'x', '01', '9999999']) expect(pageNumberOf(bad)).toBeNull();
  });
});

describe('login and account deletion forms', () => {
  const wrong = new DomainError('unauthorized', 'The email or the password is wrong');

  it('hands a plausible login to the command, email trimmed', () => {
    expect(
      credentialsOf(LOG_IN_FORM, { email: ' ann@example.org ', password: 'secret words', _csrf: 'x' }, wrong),
    ).toEqual({
      email: 'ann@example.org',
      password: 'secret words',
    });
  });

  it('refuses what no account can have as a wrong login does, before any password is hashed', () => {
    const implausible: Array<Record<string, string>> = [
      {},
      { email: 'ann@example.org' },
      { email: '', password: 'x' },
      { email: 'a@b.c', password: 'x'.repeat(5000) },
    ];
    for (const fields of implausible) expect(() => credentialsOf(LOG_IN_FORM, fields, wrong)).toThrow(wrong);
    const wrongPassword = new DomainError('unauthorized', 'The password is wrong', 'password');
    expect(() => credentialsOf(DELETE_FORM, { password: '' }, wrongPassword)).toThrow(wrongPassword);
  });
});
