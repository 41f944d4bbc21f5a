/** Portuguese texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const pt: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'Correção',
  'newsroomdesk.correct.actionFor': 'Adicionar uma correção a «{headline}»',
  'newsroomdesk.correct.title': 'Adicionar uma correção',
  'newsroomdesk.correct.intro':
    'A nota é publicada de imediato, com data, em cada versão linguística escolhida e aparece no registo de correções.',
  'newsroomdesk.correct.languages': 'Versões linguísticas abrangidas',
  'newsroomdesk.correct.unpublished': 'não publicada',
  'newsroomdesk.correct.done': 'A nota está publicada em: {languages}.',
  'newsroomdesk.correct.back': 'Voltar ao artigo no editor',
  'newsroomdesk.correct.error.kind': 'Escolha o tipo de nota.',
  'newsroomdesk.correct.error.text': 'Escreva o texto que os leitores vão ver.',
  'newsroomdesk.correct.error.textLong':
    'O texto pode ter no máximo {max, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.',
  'newsroomdesk.correct.error.languages': 'Escolha pelo menos uma versão linguística.',
  'newsroomdesk.correct.error.unpublished':
    'Só se pode corrigir uma versão linguística que os leitores já tenham visto.',
  'newsroomdesk.correct.error.changed': 'O artigo foi alterado no mesmo momento. Envie o formulário de novo.',
  'newsroomdesk.count.articles': '{count, plural, one {# artigo} many {# de artigos} other {# artigos}}',
  'newsroomdesk.count.comments':
    '{count, plural, one {# comentário} many {# de comentários} other {# comentários}}',
  'newsroomdesk.count.images': '{count, plural, one {# imagem} many {# de imagens} other {# imagens}}',
  'newsroomdesk.publish.heading': 'Antes de publicar',
  'newsroomdesk.publish.heroAlt':
    'A imagem principal precisa de texto alternativo antes de o artigo poder ser publicado.',
  'newsroomdesk.publish.heroCredit':
    'A imagem principal precisa de um crédito antes de o artigo poder ser publicado.',
  'newsroomdesk.publish.bodyAlt':
    'A imagem {n} do texto ({label}) precisa de texto alternativo antes de o artigo poder ser publicado.',
  'newsroomdesk.publish.bodyCredit':
    'A imagem {n} do texto ({label}) precisa de um crédito antes de o artigo poder ser publicado.',
  'newsroomdesk.nav.menu': 'Menu',
};
