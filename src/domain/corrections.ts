/**
 * Corrections: dated notes an editor adds to one language version of an article.
 * Where a note shows depends on its kind: a retraction or a correction goes above the text,
 * as prominent as the error was; a clarification or an update goes below it.
 * @example placementOf('retraction') // 'top'
 */
export const CORRECTION_KINDS = ['correction', 'clarification', 'update', 'retraction'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export interface Correction {
  id: string;
  articleId: string;
  kind: CorrectionKind;
  text: string;
  createdAt: string;
  createdBy: string | null;
}

const PLACEMENT: Record<CorrectionKind, 'top' | 'bottom'> = {
  correction: 'top',
  retraction: 'top',
  clarification: 'bottom',
  update: 'bottom',
};

/** Where a note of this kind shows on the article page. */
export function placementOf(kind: CorrectionKind): 'top' | 'bottom' {
  return PLACEMENT[kind];
}

export const MAX_CORRECTION_LENGTH = 5000;
