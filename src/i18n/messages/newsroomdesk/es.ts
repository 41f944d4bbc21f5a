/** Spanish texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const es: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'Corrección',
  'newsroomdesk.correct.actionFor': 'Añadir una corrección a «{headline}»',
  'newsroomdesk.correct.title': 'Añadir una corrección',
  'newsroomdesk.correct.intro':
    'La nota se publica al instante, con fecha, en cada versión de idioma elegida y aparece en el registro de correcciones.',
  'newsroomdesk.correct.languages': 'Versiones de idioma a las que se aplica',
  'newsroomdesk.correct.unpublished': 'no publicada',
  'newsroomdesk.correct.done': 'La nota está publicada en: {languages}.',
  'newsroomdesk.correct.back': 'Volver al artículo en el editor',
  'newsroomdesk.correct.error.kind': 'Elija el tipo de nota.',
  'newsroomdesk.correct.error.text': 'Escriba el texto que verán los lectores.',
  'newsroomdesk.correct.error.textLong':
    'El texto puede tener como máximo {max, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.',
  'newsroomdesk.correct.error.languages': 'Elija al menos una versión de idioma.',
  'newsroomdesk.correct.error.unpublished':
    'Solo se puede corregir una versión de idioma que los lectores ya hayan visto.',
  'newsroomdesk.correct.error.changed':
    'El artículo se modificó en el mismo momento. Envíe el formulario de nuevo.',
  'newsroomdesk.count.articles':
    '{count, plural, one {# artículo} many {# de artículos} other {# artículos}}',
  'newsroomdesk.count.comments':
    '{count, plural, one {# comentario} many {# de comentarios} other {# comentarios}}',
  'newsroomdesk.count.images': '{count, plural, one {# imagen} many {# de imágenes} other {# imágenes}}',
  'newsroomdesk.publish.heading': 'Antes de publicar',
  'newsroomdesk.publish.heroAlt':
    'La imagen principal necesita un texto alternativo antes de que el artículo pueda publicarse.',
  'newsroomdesk.publish.heroCredit':
    'La imagen principal necesita un crédito antes de que el artículo pueda publicarse.',
  'newsroomdesk.publish.bodyAlt':
    'La imagen {n} del texto ({label}) necesita un texto alternativo antes de que el artículo pueda publicarse.',
  'newsroomdesk.publish.bodyCredit':
    'La imagen {n} del texto ({label}) necesita un crédito antes de que el artículo pueda publicarse.',
  'newsroomdesk.nav.menu': 'Menú',
};
