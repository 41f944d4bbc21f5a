/**
 * The demo newsroom's (fictional) journalists and its topics, named in their languages.
 */
import type { DemoAuthor, DemoTopic } from './build.js';

const FICTIONAL = {
  en: 'a fictional journalist of the Shortwave demo newsroom.',
  de: 'der Shortwave-Demoredaktion.',
};

export const DEMO_AUTHORS: DemoAuthor[] = [
  {
    slug: 'lena-brunner',
    languages: ['de', 'en', 'fr'],
    expertise: {
      en: ['Federal parliament', 'Direct democracy', 'Federal budget'],
      de: ['Bundesparlament', 'Direkte Demokratie', 'Bundesfinanzen'],
    },
    contactEmail: 'lena.brunner@shortwave.example',
    name: { en: 'Lena Brunner', de: 'Lena Brunner', ja: 'レナ・ブルンナー', ru: 'Лена Бруннер' },
    role: {
      en: 'Federal politics correspondent',
      de: 'Bundeshauskorrespondentin',
      fr: 'Correspondante au Palais fédéral',
      it: 'Corrispondente da Palazzo federale',
      es: 'Corresponsal de política federal',
      pt: 'Correspondente de política federal',
      ja: '連邦政治担当記者',
      ru: 'Корреспондент по федеральной политике',
    },
    bio: {
      en: `Lena Brunner reports on parliament, the government and direct democracy from Bern. She is ${FICTIONAL.en}`,
      de: `Lena Brunner berichtet aus Bern über Parlament, Regierung und direkte Demokratie. Sie ist eine fiktive Journalistin ${FICTIONAL.de}`,
    },
  },
  {
    slug: 'marco-bernasconi',
    languages: ['it', 'de', 'en'],
    expertise: {
      en: ['Trade', 'Currencies', 'Energy markets'],
      de: ['Handel', 'Währungen', 'Energiemärkte'],
    },
    contactEmail: 'marco.bernasconi@shortwave.example',
    name: { en: 'Marco Bernasconi', de: 'Marco Bernasconi' },
    role: { en: 'Business editor', de: 'Wirtschaftsredaktor' },
    bio: {
      en: `Marco Bernasconi covers trade, currencies and energy from Zurich. He is ${FICTIONAL.en}`,
      de: `Marco Bernasconi schreibt aus Zürich über Handel, Währungen und Energie. Er ist ein fiktiver Journalist ${FICTIONAL.de}`,
    },
  },
  {
    slug: 'amira-haddad',
    languages: ['ar', 'en', 'fr', 'de'],
    expertise: {
      en: ['United Nations', 'Humanitarian law', 'Middle East diplomacy'],
      de: ['Vereinte Nationen', 'Humanitäres Völkerrecht', 'Nahost-Diplomatie'],
      ar: ['الأمم المتحدة', 'القانون الإنساني', 'الدبلوماسية في الشرق الأوسط'],
      zh: ['联合国', '人道法', '中东外交'],
    },
    contactEmail: 'amira.haddad@shortwave.example',
    name: {
      en: 'Amira Haddad',
      de: 'Amira Haddad',
      ar: 'أميرة حداد',
      zh: '阿米拉·哈达德',
      ja: 'アミラ・ハッダード',
      ru: 'Амира Хаддад',
    },
    role: {
      en: 'Geneva correspondent',
      de: 'Korrespondentin in Genf',
      fr: 'Correspondante à Genève',
      it: 'Corrispondente da Ginevra',
      es: 'Corresponsal en Ginebra',
      pt: 'Correspondente em Genebra',
      ja: 'ジュネーブ特派員',
      ru: 'Корреспондент в Женеве',
      ar: 'مراسلة في جنيف',
      zh: '驻日内瓦记者',
    },
    bio: {
      en: `Amira Haddad follows the international organisations and the diplomacy of Geneva. She is ${FICTIONAL.en}`,
      de: `Amira Haddad verfolgt die internationalen Organisationen und die Diplomatie in Genf. Sie ist eine fiktive Journalistin ${FICTIONAL.de}`,
      ar: 'تتابع أميرة حداد المنظمات الدولية والدبلوماسية في جنيف. وهي صحفية خيالية في غرفة الأخبار التجريبية لموقع Shortwave.',
      zh: '阿米拉·哈达德关注日内瓦的国际组织与外交事务。她是 Shortwave 演示编辑部的虚构记者。',
    },
  },
  {
    slug: 'chen-yu',
    languages: ['zh', 'en', 'de'],
    expertise: {
      en: ['Climate', 'Glaciers', 'Research policy'],
      de: ['Klima', 'Gletscher', 'Forschungspolitik'],
      ar: ['المناخ', 'الأنهار الجليدية', 'سياسة البحث العلمي'],
      zh: ['气候', '冰川', '科研政策'],
    },
    contactEmail: 'chen.yu@shortwave.example',
    name: { en: 'Chen Yu', de: 'Chen Yu', ar: 'تشن يو', zh: '陈雨', ja: 'チェン・ユー', ru: 'Чэнь Юй' },
    role: {
      en: 'Science reporter',
      de: 'Wissenschaftsredaktorin',
      fr: 'Journaliste scientifique',
      it: 'Giornalista scientifica',
      es: 'Periodista científica',
      pt: 'Jornalista de ciência',
      ar: 'صحفية علمية',
      zh: '科学记者',
      ja: '科学担当記者',
      ru: 'Научный журналист',
    },
    bio: {
      en: `Chen Yu writes about the climate, the Alps and research in Switzerland. She is ${FICTIONAL.en}`,
      de: `Chen Yu schreibt über Klima, die Alpen und die Forschung in der Schweiz. Sie ist eine fiktive Journalistin ${FICTIONAL.de}`,
      ar: 'تكتب تشن يو عن المناخ وجبال الألب والبحث العلمي في سويسرا. وهي صحفية خيالية في غرفة الأخبار التجريبية لموقع Shortwave.',
      zh: '陈雨报道气候、阿尔卑斯山和瑞士的科学研究。她是 Shortwave 演示编辑部的虚构记者。',
    },
  },
  {
    slug: 'jonas-weber',
    languages: ['de', 'en'],
    expertise: {
      en: ['Film', 'Visual arts', 'Literature'],
      de: ['Film', 'Bildende Kunst', 'Literatur'],
    },
    contactEmail: 'jonas.weber@shortwave.example',
    name: { en: 'Jonas Weber', de: 'Jonas Weber', ru: 'Йонас Вебер' },
    role: { en: 'Culture editor', de: 'Kulturredaktor', ru: 'Редактор отдела культуры' },
    bio: {
      en: `Jonas Weber writes about film, art and literature. He is ${FICTIONAL.en}`,
      de: `Jonas Weber schreibt über Film, Kunst und Literatur. Er ist ein fiktiver Journalist ${FICTIONAL.de}`,
    },
  },
];

export const DEMO_TOPICS: DemoTopic[] = [
  {
    slug: 'climate',
    name: {
      en: 'Climate',
      de: 'Klima',
      fr: 'Climat',
      it: 'Clima',
      es: 'Clima',
      pt: 'Clima',
      ar: 'المناخ',
      zh: '气候',
      ja: '気候',
      ru: 'Климат',
    },
  },
  {
    slug: 'elections',
    name: {
      en: 'Votes and elections',
      de: 'Abstimmungen und Wahlen',
      fr: 'Votations et élections',
      it: 'Votazioni ed elezioni',
      es: 'Votaciones y elecciones',
      pt: 'Votações e eleições',
      ar: 'الاستفتاءات والانتخابات',
      zh: '公投与选举',
      ja: '国民投票と選挙',
      ru: 'Голосования и выборы',
    },
  },
  {
    slug: 'international-geneva',
    name: {
      en: 'International Geneva',
      de: 'Internationales Genf',
      fr: 'Genève internationale',
      it: 'Ginevra internazionale',
      es: 'Ginebra internacional',
      pt: 'Genebra internacional',
      ar: 'جنيف الدولية',
      zh: '国际日内瓦',
      ja: '国際都市ジュネーブ',
      ru: 'Международная Женева',
    },
  },
];
