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
    'Matérias publicadas em outros idiomas e ainda não neste, as mais importantes primeiro, e o estado de cada versão.',
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
  'translation.deskOrder':
    'Ordem: primeiro as matérias fixadas numa página inicial, depois as mais lidas nos últimos sete dias, depois as que faltam em mais idiomas e, por fim, as mais recentes.',
  'translation.field.body': 'Corpo do texto',
  'translation.field.blockAlt': 'Bloco {n}: texto alternativo da imagem',
  'translation.field.blockCaption': 'Bloco {n}: legenda da imagem',
  'translation.guard.unreviewed':
    'Esta versão ainda não pode sair: ninguém revisou estes campos: {fields}. Marque-os como revisados na vista de tradução.',
  'translation.guard.language':
    'Esta versão ainda não pode sair: o campo «{field}» parece estar em {detected}, não em {expected}. Corrija-o ou publique a partir da vista de tradução com um motivo.',
  'translation.publishPending': 'Publicar as alterações retidas',
  'translation.pendingNote':
    'Esta versão está no ar: as alterações feitas aqui ficam retidas e saem quando todos os campos estiverem revisados.',
};
