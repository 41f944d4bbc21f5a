/**
 * A stand-in for a third-party machine-translation service, honest about what it is: it does
 * not translate, it tags each text with the target language (`[es] Hello`), keeping a body's
 * structure as the contract asks. Pairs named in `missing` are ones it cannot translate.
 * @example const mt = taggingTranslation(); await mt.translateTexts(['Hi'], 'en', 'es') // ['[es] Hi']
 */
import type { BlockNode, BodyDoc, InlineNode } from '../../src/domain/body.js';
import type { Language } from '../../src/domain/languages.js';
import type { MachineTranslation } from '../../src/integrations/machine-translation.js';

function tagInline(nodes: InlineNode[] | undefined, to: Language): InlineNode[] | undefined {
  return nodes?.map((node, index) =>
    node.type === 'text' && index === 0 ? { ...node, text: `[${to}] ${node.text}` } : node,
  );
}

function tagBlock(block: BlockNode, to: Language): BlockNode {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return { ...block, content: tagInline(block.content, to) } as BlockNode;
    case 'image':
      return { ...block, attrs: { ...block.attrs, alt: `[${to}] ${block.attrs.alt}` } };
    default:
      return block;
  }
}

/** The stand-in; `calls` counts what it was asked to translate. */
export function taggingTranslation(
  missing: ReadonlyArray<`${Language}-${Language}`> = [],
): MachineTranslation & {
  calls: number;
} {
  const mt = {
    provider: 'Tagging stand-in',
    calls: 0,
    canTranslate: async (from: Language, to: Language) => !missing.includes(`${from}-${to}`),
    translateTexts: async (texts: readonly string[], _from: Language, to: Language) => {
      mt.calls++;
      return texts.map((text) => (text ? `[${to}] ${text}` : text));
    },
    translateBody: async (body: BodyDoc, _from: Language, to: Language) => {
      mt.calls++;
      return { ...body, content: body.content.map((block) => tagBlock(block, to)) };
    },
  };
  return mt;
}
