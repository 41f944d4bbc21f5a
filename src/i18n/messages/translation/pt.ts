/** Portuguese texts of the translation area. */
import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'translation.title': 'Tradução',
  'translation.intro':
    'O original à esquerda, esta versão à direita, parágrafo a parágrafo. Marque cada campo como revisto depois de o verificar; uma versão com campos por rever não pode ser publicada.',
  'translation.mtOff':
    'A tradução automática está desligada: as novas versões recebem o texto original, para traduzir à mão.',
  'translation.mtOn': 'Tradução automática: {provider}',
  'translation.translateInto': 'Traduzir para',
  'translation.translateAll': 'Todas as línguas',
  'translation.translateButton': 'Criar os rascunhos',
  'translation.original': 'Original',
  'translation.version': 'Esta versão',
  'translation.reviewed': 'Revisto',
  'translation.unreviewed': 'Por rever',
  'translation.markReviewed': 'Marcar como revisto',
  'translation.saveReviewed': 'Guardar e marcar como revisto',
  'translation.nextShortcut': 'Alt+Shift+R marca o próximo campo por rever',
  'translation.sourceUpdated': 'O original foi alterado depois de esta versão ter sido criada.',
  'translation.sourceWas': 'Antes',
  'translation.sourceNow': 'Agora',
  'translation.deskTitle': 'Mesa de tradução',
  'translation.deskIntro':
    'Histórias publicadas noutras línguas e ainda não nesta, as mais recentes primeiro, e o estado de cada versão.',
  'translation.deskEmpty': 'Todas as histórias publicadas já têm uma versão nesta língua.',
  'translation.deskMissing': 'Ainda não nesta língua',
  'translation.deskVersions': 'Versões nesta língua',
  'translation.deskLanguage': 'Língua',
  'translation.openTranslator': 'Abrir a tradução',
  'translation.allReviewed': 'Todos os campos estão revistos.',
  'translation.state.machine': 'tradução automática, por rever',
  'translation.state.manual': 'copiado, para traduzir à mão',
  'translation.made': 'Rascunhos criados: {languages}',
  'translation.field.headline': 'Título',
  'translation.field.lead': 'Entrada',
  'translation.field.kicker': 'Antetítulo',
  'translation.field.heroAlt': 'Texto alternativo da imagem',
  'translation.field.heroCaption': 'Legenda da imagem',
  'translation.retranslate': 'Traduzir de novo as partes alteradas',
  'translation.publish': 'Publicar esta versão',
  'translation.overrideLabel':
    'Motivo para publicar apesar da dúvida da verificação de língua (edição; fica nas notas)',
  'translation.overrideHint':
    'Deixe vazio, exceto se a verificação estiver errada, por exemplo numa citação noutra língua.',
  'translation.field.block': 'Parágrafo {n}',
};
