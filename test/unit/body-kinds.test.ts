/**
 * A new element kind must not compile until every table that handles kinds has its entry:
 * the renderers, the walkers of the one traversal, the schemas, the HTML readers, the editor's
 * nodes and its mapping back to the body (docs/adr/0019-one-body-traversal.md). The type
 * checks below run in `tsc` (which `npm test` runs over the tests too): each table's declared
 * type asks for exactly the element kinds, all required, and with one kind more (`dummy`)
 * every table is short of an entry (`@ts-expect-error` fails the build if one is not).
 * The runtime checks pin the same tables' keys, for tables a cast could have widened.
 * @example npx tsc -p tsconfig.json --noEmit && npx vitest run test/unit/body-kinds.test.ts
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FROM_EDITOR } from '../../client/editor/body-mapping.js';
import { MERGE_TEXT } from '../../client/editor/merge-dialog.js';
import { EDITOR_NODES } from '../../client/editor/schema.js';
import { DEMO_IDS } from '../../src/demo/load-demo.js';
import {
  BLOCK_KIND_TABLE,
  BLOCK_KINDS,
  BLOCK_SCHEMAS,
  type BlockKind,
  LIST_NESTING,
  REFERENCES,
} from '../../src/domain/body.js';
import { BLOCK_SHAPES } from '../../src/domain/body-walk.js';
import { DIFF_LINES } from '../../src/domain/revisions.js';
import { PLAIN_TEXT } from '../../src/domain/search-text.js';
import { FROM_HTML } from '../../src/editor/html-to-body.js';
import { RENDERERS } from '../../src/render/elements/blocks.js';

/** Every table that must handle each element kind, by the place it lives. */
const TABLES = {
  'src/domain/body.ts BLOCK_KIND_TABLE': BLOCK_KIND_TABLE,
  'src/domain/body.ts BLOCK_SCHEMAS': BLOCK_SCHEMAS,
  'src/domain/body.ts LIST_NESTING': LIST_NESTING,
  'src/domain/body.ts REFERENCES': REFERENCES,
  'src/domain/body-walk.ts BLOCK_SHAPES': BLOCK_SHAPES,
  'src/domain/search-text.ts PLAIN_TEXT': PLAIN_TEXT,
  'src/domain/revisions.ts DIFF_LINES': DIFF_LINES,
  'src/editor/html-to-body.ts FROM_HTML': FROM_HTML,
  'src/render/elements/blocks.tsx RENDERERS': RENDERERS,
  'client/editor/merge-dialog.ts MERGE_TEXT': MERGE_TEXT,
  'client/editor/body-mapping.ts FROM_EDITOR': FROM_EDITOR,
  'src/demo/load-demo.ts DEMO_IDS': DEMO_IDS,
} as const;

/** True when T holds; a false one fails the build. */
type Assert<T extends true> = T;
/** One kind more, as adding an element kind to `BlockNode` makes `BlockKind`. */
type WithNewKind = BlockKind | 'dummy';
/** A table with an entry for each of the kinds K. */
type Covers<K extends string> = { readonly [P in K]: unknown };
/** True when a table has an entry for the new kind too. */
type CoversNewKind<T> = T extends Covers<WithNewKind> ? true : false;
/** True when a table's type has exactly the element kinds as keys, none of them optional. */
type KeyedByKind<T> = [keyof T] extends [BlockKind]
  ? [BlockKind] extends [keyof T]
    ? T extends Required<T>
      ? true
      : false
    : false
  : false;

// Today every table covers every kind, with nothing more and nothing optional.
type _TablesAreKeyedByKind = Assert<
  KeyedByKind<typeof BLOCK_KIND_TABLE> &
    KeyedByKind<typeof BLOCK_SCHEMAS> &
    KeyedByKind<typeof LIST_NESTING> &
    KeyedByKind<typeof REFERENCES> &
    KeyedByKind<typeof BLOCK_SHAPES> &
    KeyedByKind<typeof PLAIN_TEXT> &
    KeyedByKind<typeof DIFF_LINES> &
    KeyedByKind<typeof FROM_HTML> &
    KeyedByKind<typeof RENDERERS> &
    KeyedByKind<typeof MERGE_TEXT> &
    KeyedByKind<typeof FROM_EDITOR> &
    KeyedByKind<typeof DEMO_IDS>
>;
// The editor's nodes: every kind, and the document, list items and inline nodes.
type _EditorNodesCoverKinds = Assert<typeof EDITOR_NODES extends Covers<BlockKind> ? true : false>;

// With one kind more, each table is short of its entry: each line below is a compile error.
// @ts-expect-error the list of kinds (and so BLOCK_KINDS) lacks the new kind
type _NewKindInKindTable = Assert<CoversNewKind<typeof BLOCK_KIND_TABLE>>;
// @ts-expect-error the body schema has no schema for the new kind
type _NewKindInSchemas = Assert<CoversNewKind<typeof BLOCK_SCHEMAS>>;
// @ts-expect-error the list-nesting walker does not handle the new kind
type _NewKindInNesting = Assert<CoversNewKind<typeof LIST_NESTING>>;
// @ts-expect-error the references walker (media, related, embeds) does not handle the new kind
type _NewKindInReferences = Assert<CoversNewKind<typeof REFERENCES>>;
// @ts-expect-error the traversal does not know where the new kind keeps its children
type _NewKindInShapes = Assert<CoversNewKind<typeof BLOCK_SHAPES>>;
// @ts-expect-error the search text walker does not handle the new kind
type _NewKindInPlainText = Assert<CoversNewKind<typeof PLAIN_TEXT>>;
// @ts-expect-error the revisions' diff walker does not handle the new kind
type _NewKindInDiff = Assert<CoversNewKind<typeof DIFF_LINES>>;
// @ts-expect-error the HTML sanitiser's readers do not handle the new kind
type _NewKindInHtml = Assert<CoversNewKind<typeof FROM_HTML>>;
// @ts-expect-error the reader site has no component for the new kind
type _NewKindInRenderers = Assert<CoversNewKind<typeof RENDERERS>>;
// @ts-expect-error the merge dialog's walker does not handle the new kind
type _NewKindInMerge = Assert<CoversNewKind<typeof MERGE_TEXT>>;
// @ts-expect-error the editor's mapping to the body does not handle the new kind
type _NewKindInMapping = Assert<CoversNewKind<typeof FROM_EDITOR>>;
// @ts-expect-error the demo loader does not say what ids the new kind refers to
type _NewKindInDemo = Assert<CoversNewKind<typeof DEMO_IDS>>;
// @ts-expect-error the editor has no node for the new kind
type _NewKindInEditor = Assert<CoversNewKind<typeof EDITOR_NODES>>;

describe('element kinds', () => {
  const kinds = [...BLOCK_KINDS].sort();

  it('are the same in every table that handles them', () => {
    for (const [place, table] of Object.entries(TABLES))
      expect(Object.keys(table).sort(), place).toEqual(kinds);
  });

  it('each have an editor node', () => {
    for (const kind of kinds) expect(Object.hasOwn(EDITOR_NODES, kind), kind).toBe(true);
  });

  it('each have a documentation page', () => {
    for (const kind of kinds) expect(existsSync(`docs/elements/${kind}.md`), kind).toBe(true);
  });
});
