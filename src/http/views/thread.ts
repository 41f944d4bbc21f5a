/**
 * A comment thread's page: where it lives (an article's comments or a debate).
 * @example threadPagePath('en', { kind: 'debate', id: 'k3x9q2m7p1zt' }) // '/en/debates/k3x9q2m7p1zt'
 */
import type { ThreadRef } from '../../domain/comments.js';
import { debatePath } from '../../storage/repos/comments.js';

/** The page a thread is read and written on. */
export function threadPagePath(language: string, ref: ThreadRef): string {
  return ref.kind === 'debate' ? debatePath({ language, id: ref.id }) : `/${language}/comments/${ref.id}`;
}
