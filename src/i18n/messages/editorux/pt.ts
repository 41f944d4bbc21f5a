import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'editorux.slash.label': 'Inserir um bloco',
  'editorux.slash.none':
    'Nenhum tipo de bloco corresponde a «{query}». Esc mantém o texto como foi digitado.',
  'editorux.slash.help': 'Digite para filtrar, setas para escolher, Enter para inserir, Esc para fechar.',
  'editorux.bubble.label': 'Formatar o texto selecionado',
  'editorux.link.label': 'Link',
  'editorux.link.edit': 'Editar link',
  'editorux.link.remove': 'Remover link',
  'editorux.link.open': 'Abrir o link em uma nova aba',
  'editorux.insight.title': 'Extensão e prévias',
  'editorux.insight.words': '{count, plural, one {# palavra} many {# de palavras} other {# palavras}}',
  'editorux.insight.characters':
    '{count, plural, one {# caractere} many {# de caracteres} other {# caracteres}}',
  'editorux.insight.reading':
    '{count, plural, one {# minuto de leitura} many {# de minutos de leitura} other {# minutos de leitura}}',
  'editorux.teaser.title': 'Como será publicado',
  'editorux.teaser.hint': 'A chamada na página inicial e nas listas de editoria, no idioma do artigo.',
  'editorux.social.title': 'Ao compartilhar',
  'editorux.social.hint':
    'O cartão que redes sociais e aplicativos de mensagens mostram para um link compartilhado (Open Graph).',
  'editorux.preview.noHeadline': 'Ainda sem título',
  'editorux.preview.noImage': 'Sem imagem principal: os leitores veem a chamada sem foto.',
  'editorux.camera': 'Tirar uma foto',
};
