/** Spanish texts of the translation area. */
import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'translation.title': 'Traducción',
  'translation.intro':
    'El original a la izquierda, esta versión a la derecha, párrafo a párrafo. Marca cada campo como revisado cuando lo hayas comprobado; una versión con campos sin revisar no se puede publicar.',
  'translation.mtOff':
    'La traducción automática está desactivada: las versiones nuevas reciben el texto original para traducirlo a mano.',
  'translation.mtOn': 'Traducción automática: {provider}',
  'translation.translateInto': 'Traducir al',
  'translation.translateAll': 'Todos los idiomas',
  'translation.translateButton': 'Crear los borradores',
  'translation.original': 'Original',
  'translation.version': 'Esta versión',
  'translation.reviewed': 'Revisado',
  'translation.unreviewed': 'Sin revisar',
  'translation.markReviewed': 'Marcar como revisado',
  'translation.saveReviewed': 'Guardar y marcar como revisado',
  'translation.nextShortcut': 'Alt+Mayús+R marca el siguiente campo sin revisar',
  'translation.sourceUpdated': 'El original se modificó después de crear esta versión.',
  'translation.sourceWas': 'Antes',
  'translation.sourceNow': 'Ahora',
  'translation.deskTitle': 'Mesa de traducción',
  'translation.deskIntro':
    'Noticias publicadas en otros idiomas y aún no en este, las más importantes primero, y el estado de cada versión.',
  'translation.deskEmpty': 'Todas las historias publicadas ya tienen versión en este idioma.',
  'translation.deskMissing': 'Aún no en este idioma',
  'translation.deskVersions': 'Versiones en este idioma',
  'translation.deskLanguage': 'Idioma',
  'translation.openTranslator': 'Abrir la traducción',
  'translation.allReviewed': 'Todos los campos están revisados.',
  'translation.state.machine': 'traducción automática, sin revisar',
  'translation.state.manual': 'copiado, para traducir a mano',
  'translation.made': 'Borradores creados: {languages}',
  'translation.field.headline': 'Titular',
  'translation.field.lead': 'Entradilla',
  'translation.field.kicker': 'Antetítulo',
  'translation.field.heroAlt': 'Texto alternativo de la imagen',
  'translation.field.heroCaption': 'Pie de foto',
  'translation.retranslate': 'Volver a traducir las partes cambiadas',
  'translation.publish': 'Publicar esta versión',
  'translation.overrideLabel':
    'Motivo para publicar aunque la comprobación de idioma dude del texto (edición; queda en las notas)',
  'translation.overrideHint':
    'Déjalo vacío salvo que la comprobación se equivoque, por ejemplo con una cita en otro idioma.',
  'translation.field.block': 'Párrafo {n}',
  'translation.deskOrder':
    'Orden: primero las noticias fijadas en una portada, luego las más leídas de los últimos siete días, luego las que faltan en más idiomas y, por último, las más recientes.',
  'translation.field.body': 'Cuerpo del texto',
  'translation.field.blockAlt': 'Bloque {n}: texto alternativo de la imagen',
  'translation.field.blockCaption': 'Bloque {n}: pie de foto',
  'translation.guard.unreviewed':
    'Esta versión aún no puede publicarse: nadie ha revisado estos campos: {fields}. Márquelos como revisados en la vista de traducción.',
  'translation.guard.language':
    'Esta versión aún no puede publicarse: el campo «{field}» parece estar en {detected}, no en {expected}. Corríjalo o publique desde la vista de traducción indicando un motivo.',
  'translation.publishPending': 'Publicar los cambios retenidos',
  'translation.pendingNote':
    'Esta versión está publicada: los cambios hechos aquí quedan retenidos y salen cuando todos los campos estén revisados.',
};
