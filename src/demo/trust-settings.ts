/**
 * The demo newsroom's transparency texts in English and German: a fictional foundation-owned
 * Swiss outlet, written as a real one would publish them. Other languages show the English
 * texts until they get their own.
 */
import type { Language } from '../domain/languages.js';
import type { TrustField } from '../domain/trust.js';

type Texts = Partial<Record<TrustField, string>>;

const EN: Texts = {
  legalName: 'Shortwave Media Foundation (a fictional foundation of the Shortwave demo)',
  address: 'Shortwave Media Foundation\nGiacomettistrasse 1\n3006 Bern\nSwitzerland',
  brands: 'Shortwave, Shortwave Audio, Shortwave Explainers',
  mission:
    'Shortwave reports on Switzerland for people abroad: its politics, its economy, its science and its culture, in ten languages.\n\nWe explain direct democracy as it happens, give the background that international readers need, and let our readers argue with us and with each other in moderated debates.',
  publicServiceMandate:
    'Under its charter, the foundation provides an independent news service about Switzerland for Swiss citizens abroad and an international audience. The charter forbids the foundation to take political positions or to endorse candidates in votes and elections.',
  ownership:
    'Shortwave is wholly owned by the Shortwave Media Foundation, a non-profit foundation under Swiss law. It has no shareholders. No person or company holds more than 5 percent of the votes on its board.\n\nThe board of trustees: Anna Keller (chair), Pierre Rochat, Giulia Bernasconi, Rahel Meier, Tenzin Dolkar. Trustees serve for four years, once renewable, and may not hold office in a political party.',
  revenueSources:
    'In 2025, 68 percent of our revenue came from a multi-year service agreement with the federal government, 21 percent from foundations and private donors (every donation above CHF 10,000 is named in our annual report), 8 percent from licensing our articles to other media and 3 percent from sponsored content, which is always labelled as such. We take no money from political parties.',
  masthead:
    'Director: Martina Frei\nEditor-in-chief: Daniel Roth\nDeputy editors-in-chief: Amira Haddad, Chen Yu\nHead of standards and corrections: Lukas Gerber\nHead of languages: Sofia Marques\n\nEach language desk has its own editor, named on its home page.',
  editorialContact:
    'Editorial desk, open every day from 6:00 to 23:00 (Swiss time): desk@shortwave.example, +41 31 000 00 00.',
  principles:
    'We are independent of government, parties, advertisers and owners in every editorial decision. We separate news from opinion and label every article with its type. We name our sources wherever we can and link to them. We give people we report on a chance to respond before we publish.\n\nOur full editorial guidelines (48 pages) are published at https://shortwave.example/guidelines and reviewed every two years.',
  ethicsPolicy:
    'Journalists may not accept gifts worth more than CHF 50, paid trips or favours from people they report on. Conflicts of interest must be declared to the editor-in-chief before work starts, and the journalist steps aside. We follow the Swiss Press Council’s Declaration of the Duties and Rights of Journalists.',
  verificationPolicy:
    'Every fact in a news article is checked by a second person before publication. Figures are checked against their primary source. Images and videos from social networks are verified for origin, place and date; when we cannot verify them, we say so or do not use them. Translations are checked by a native speaker on the language desk.',
  unnamedSourcesPolicy:
    'We use unnamed sources only when the information is important to the public, cannot be obtained on the record, and the source would risk harm if named. At least one editor knows the identity of every unnamed source, and the article explains why the source was not named.',
  correctionsPolicy:
    'When we get something wrong, we correct it on the same page, as prominently as the error, with a dated note that says what was wrong. Clarifications and updates are marked below the article. We never delete an article to hide an error: a retracted article stays at its address, with the retraction notice above the original text.\n\nEvery correction is listed in our public corrections log. Corrections made in one language are carried over into every translation of the story.',
  complaints:
    'Use the “Report an error” form at the end of every article, or write to our head of standards, Lukas Gerber: standards@shortwave.example. We answer every complaint within five working days.',
  pressCouncil:
    'If our answer does not satisfy you, you can complain to the Swiss Press Council, an independent self-regulatory body: https://presserat.ch',
  readerData:
    'We do not use third-party trackers or advertising cookies. To count “Popular Stories” we count page reads without cookies and without storing addresses. If you create a reader account, we store your email address, your display name and your comments. If you report an error and leave an email address, we use it only to answer you. We never sell or share reader data.',
  jtiCertificateUrl: 'https://jti-certificates.example/shortwave-demo',
};

const DE: Texts = {
  legalName: 'Stiftung Shortwave Media (eine fiktive Stiftung der Shortwave-Demo)',
  address: 'Stiftung Shortwave Media\nGiacomettistrasse 1\n3006 Bern\nSchweiz',
  brands: 'Shortwave, Shortwave Audio, Shortwave erklärt',
  mission:
    'Shortwave berichtet für Menschen im Ausland über die Schweiz: über Politik, Wirtschaft, Wissenschaft und Kultur, in zehn Sprachen.\n\nWir erklären die direkte Demokratie, während sie geschieht, liefern den Hintergrund, den ein internationales Publikum braucht, und diskutieren mit unseren Leserinnen und Lesern in moderierten Debatten.',
  publicServiceMandate:
    'Laut ihrer Stiftungsurkunde bietet die Stiftung Auslandschweizerinnen und Auslandschweizern sowie einem internationalen Publikum einen unabhängigen Nachrichtendienst über die Schweiz. Die Urkunde verbietet ihr, politisch Stellung zu nehmen oder bei Abstimmungen und Wahlen Empfehlungen abzugeben.',
  ownership:
    'Shortwave gehört vollständig der Stiftung Shortwave Media, einer gemeinnützigen Stiftung nach Schweizer Recht. Sie hat keine Aktionärinnen oder Aktionäre. Keine Person und kein Unternehmen hat mehr als 5 Prozent der Stimmen im Stiftungsrat.\n\nDer Stiftungsrat: Anna Keller (Präsidentin), Pierre Rochat, Giulia Bernasconi, Rahel Meier, Tenzin Dolkar. Die Amtszeit beträgt vier Jahre und kann einmal verlängert werden; Mitglieder dürfen kein Amt in einer Partei innehaben.',
  revenueSources:
    '2025 stammten 68 Prozent unserer Einnahmen aus einer mehrjährigen Leistungsvereinbarung mit dem Bund, 21 Prozent von Stiftungen und privaten Spenderinnen und Spendern (jede Spende über 10 000 Franken nennen wir im Jahresbericht), 8 Prozent aus Lizenzen für unsere Artikel und 3 Prozent aus gesponserten Inhalten, die immer als solche gekennzeichnet sind. Von Parteien nehmen wir kein Geld.',
  masthead:
    'Direktorin: Martina Frei\nChefredaktor: Daniel Roth\nStellvertretende Chefredaktorinnen: Amira Haddad, Chen Yu\nLeiter Qualität und Korrekturen: Lukas Gerber\nLeiterin Sprachen: Sofia Marques\n\nJede Sprachredaktion hat eine eigene Leitung, die auf ihrer Startseite genannt ist.',
  editorialContact:
    'Newsdesk, täglich von 6 bis 23 Uhr (Schweizer Zeit): desk@shortwave.example, +41 31 000 00 00.',
  principles:
    'Wir sind bei jedem redaktionellen Entscheid unabhängig von Regierung, Parteien, Werbekunden und Eigentümerin. Wir trennen Nachricht und Meinung und kennzeichnen jeden Artikel mit seiner Art. Wir nennen unsere Quellen, wo immer möglich, und verlinken sie. Wer von einer Berichterstattung betroffen ist, kann vor der Veröffentlichung Stellung nehmen.\n\nUnsere vollständigen publizistischen Leitlinien (48 Seiten) stehen unter https://shortwave.example/leitlinien und werden alle zwei Jahre überprüft.',
  ethicsPolicy:
    'Journalistinnen und Journalisten dürfen von Personen, über die sie berichten, keine Geschenke über 50 Franken, bezahlten Reisen oder Gefälligkeiten annehmen. Interessenkonflikte sind vor Arbeitsbeginn der Chefredaktion zu melden; die betroffene Person tritt in den Ausstand. Wir halten uns an die «Erklärung der Pflichten und Rechte der Journalistinnen und Journalisten» des Schweizer Presserats.',
  verificationPolicy:
    'Jede Tatsache in einer Nachricht wird vor der Veröffentlichung von einer zweiten Person geprüft. Zahlen prüfen wir an der Primärquelle. Bilder und Videos aus sozialen Netzwerken überprüfen wir auf Herkunft, Ort und Datum; können wir sie nicht verifizieren, sagen wir das oder verzichten darauf. Übersetzungen prüft eine Muttersprachlerin oder ein Muttersprachler der Sprachredaktion.',
  unnamedSourcesPolicy:
    'Anonyme Quellen verwenden wir nur, wenn die Information für die Öffentlichkeit wichtig ist, nicht offiziell zu erhalten ist und der Quelle bei Namensnennung Schaden droht. Mindestens eine Person der Redaktionsleitung kennt die Identität jeder anonymen Quelle, und der Artikel erklärt, weshalb sie nicht genannt wird.',
  correctionsPolicy:
    'Wenn uns ein Fehler unterläuft, korrigieren wir ihn auf derselben Seite, so gut sichtbar wie der Fehler, mit einem datierten Hinweis, was falsch war. Präzisierungen und Aktualisierungen stehen unter dem Artikel. Wir löschen nie einen Artikel, um einen Fehler zu verbergen: Ein zurückgezogener Artikel bleibt unter seiner Adresse, mit dem Hinweis auf den Rückzug über dem ursprünglichen Text.\n\nJede Korrektur steht in unserem öffentlichen Korrekturprotokoll. Korrekturen in einer Sprache übernehmen wir in alle Übersetzungen der Geschichte.',
  complaints:
    'Nutzen Sie das Formular «Fehler melden» am Ende jedes Artikels, oder schreiben Sie unserem Leiter Qualität, Lukas Gerber: standards@shortwave.example. Wir beantworten jede Beschwerde innert fünf Arbeitstagen.',
  pressCouncil:
    'Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an den Schweizer Presserat wenden, ein unabhängiges Organ der Selbstregulierung: https://presserat.ch',
  readerData:
    'Wir verwenden keine Tracker von Dritten und keine Werbe-Cookies. Für «Meistgelesen» zählen wir Seitenaufrufe ohne Cookies und ohne Adressen zu speichern. Wenn Sie ein Leserkonto eröffnen, speichern wir Ihre E-Mail-Adresse, Ihren Anzeigenamen und Ihre Kommentare. Wenn Sie einen Fehler melden und eine E-Mail-Adresse angeben, verwenden wir sie nur für die Antwort. Wir verkaufen oder teilen keine Daten unserer Leserinnen und Leser.',
};

/** The demo's transparency texts, by language. */
export const DEMO_TRUST_SETTINGS: ReadonlyArray<{ language: Language; texts: Texts }> = [
  { language: 'en', texts: EN },
  { language: 'de', texts: DE },
];
