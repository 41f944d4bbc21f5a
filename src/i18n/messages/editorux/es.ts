import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'editorux.slash.label': 'Insertar un bloque',
  'editorux.slash.none':
    'Ningún tipo de bloque coincide con «{query}». Esc deja el texto tal como se escribió.',
  'editorux.slash.help': 'Escriba para filtrar, flechas para elegir, Intro para insertar, Esc para cerrar.',
  'editorux.bubble.label': 'Dar formato al texto seleccionado',
  'editorux.link.label': 'Enlace',
  'editorux.link.edit': 'Editar enlace',
  'editorux.link.remove': 'Quitar enlace',
  'editorux.link.open': 'Abrir el enlace en una pestaña nueva',
  'editorux.insight.title': 'Extensión y vistas previas',
  'editorux.insight.words': '{count, plural, one {# palabra} many {# de palabras} other {# palabras}}',
  'editorux.insight.characters':
    '{count, plural, one {# carácter} many {# de caracteres} other {# caracteres}}',
  'editorux.insight.reading':
    '{count, plural, one {# minuto de lectura} many {# de minutos de lectura} other {# minutos de lectura}}',
  'editorux.teaser.title': 'Así se publicará',
  'editorux.teaser.hint': 'El avance en la portada y en las listas de sección, en el idioma del artículo.',
  'editorux.social.title': 'Al compartir',
  'editorux.social.hint':
    'La tarjeta que muestran las redes sociales y las apps de mensajería para un enlace compartido (Open Graph).',
  'editorux.preview.noHeadline': 'Todavía sin titular',
  'editorux.preview.noImage': 'Sin imagen principal: los lectores ven el avance sin foto.',
  'editorux.camera': 'Hacer una foto',
};
