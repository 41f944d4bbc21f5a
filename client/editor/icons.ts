/**
 * The editor's icons (ADR 0029): Lucide's SVG icons (lucide-static, ISC licence), imported one
 * by one so the bundle carries only these, drawn inline so they need no font and no request.
 * An icon is only a picture: the button around it carries the name (aria-label and title,
 * from the catalogues), so the SVG is hidden from assistive technology.
 * @example button.replaceChildren(icon('bold'))
 */
import {
  Bold,
  Camera,
  ExternalLink,
  Heading2,
  Heading3,
  Heading4,
  Image,
  Italic,
  Link,
  List,
  ListOrdered,
  Newspaper,
  Pencil,
  Pilcrow,
  Redo2,
  SquarePlay,
  TextQuote,
  Undo2,
  Unlink,
} from 'lucide-static';

/** Every icon the editor draws, by the name its buttons use. */
export const ICONS = {
  bold: Bold,
  italic: Italic,
  link: Link,
  paragraph: Pilcrow,
  heading2: Heading2,
  heading3: Heading3,
  heading4: Heading4,
  quote: TextQuote,
  bulletList: List,
  orderedList: ListOrdered,
  image: Image,
  embed: SquarePlay,
  related: Newspaper,
  undo: Undo2,
  redo: Redo2,
  edit: Pencil,
  unlink: Unlink,
  open: ExternalLink,
  camera: Camera,
} as const;

export type IconName = keyof typeof ICONS;

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(ICONS, name);
}

/** The icon as an element: hidden from assistive technology, sized by the style sheet. */
export function icon(name: IconName): SVGElement {
  const template = document.createElement('template');
  // Without the whitespace between its tags, so a button's text stays empty.
  template.innerHTML = ICONS[name].replace(/>\s+</g, '><').trim();
  const svg = template.content.firstElementChild as SVGElement;
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', 'ed-icon');
  return svg;
}
