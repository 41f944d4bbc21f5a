/**
 * The demo newsroom's German articles, oldest first: translations of English stories and
 * German-only ones. Fictional news in Swiss Standard German (no ß, «» quotes).
 */
import { type DemoArticle, h2, img, more, ol, p, quote, ul } from './build.js';

export const DE_ARTICLES: DemoArticle[] = [
  {
    key: 'de-glacier',
    translationOf: 'glacier',
    language: 'de',
    section: 'science',
    kicker: 'Klima',
    headline: 'Schweizer Gletscher schrumpfen das fünfte Jahr in Folge',
    lead: 'Die Gletscher des Landes haben in diesem Jahr rund 2,9 Prozent ihres verbliebenen Volumens verloren, wie die jährliche Alpine Eiserhebung zeigt. Der schneereiche Frühling konnte den langen, heissen Sommer nicht wettmachen.',
    dateline: 'Zürich',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'glacier',
      alt: 'Gletscherzunge zwischen dunklen Felswänden, die in einem milchig-türkisen See endet',
      caption: 'Der Gletscher zieht sich jedes Jahr weiter zurück und hinterlässt einen neuen See.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Messungen an mehr als 80 Gletschern zeigen, dass das Eis in **allen Regionen der Alpen** schneller geschmolzen ist als im Mittel der letzten zehn Jahre, vom Berner Oberland bis ins Engadin. Die Sommerschmelze begann laut dem Messteam eines Zürcher Hochschulinstituts fast drei Wochen früher als üblich.',
      ),
      p(
        'Die starken Schneefälle im April hatten den Forschenden zunächst Hoffnung gemacht. *«Im Juli war dieses Polster aufgebraucht»*, sagt die Glaziologin Nina Frei, die die Erhebung leitet. Ein trockener August und mehrere Hitzewellen legten selbst oberhalb von 3000 Metern blankes Eis frei.',
      ),
      h2('Kleine Gletscher verschwinden'),
      p(
        'Am deutlichsten sind die Verluste bei kleinen Gletschern, die kaum Reserven haben. Vier von ihnen wurden von der Liste der Messstellen gestrichen, weil sie in einzelne Toteisfelder zerfallen sind.',
      ),
      ul([
        '**2,9 Prozent** des verbliebenen Eisvolumens gingen in diesem Jahr verloren',
        '**Vier** kleine Gletscher werden nicht mehr gemessen',
        '**Drei Wochen** früher als üblich begann die Sommerschmelze',
      ]),
      p(
        'Langjährige Temperatur- und Schneedaten veröffentlicht das [Bundesamt für Meteorologie und Klimatologie](https://www.meteoswiss.admin.ch/). Der vollständige Bericht der Erhebung erscheint im Frühling.',
      ),
    ],
  },
  {
    key: 'de-night-train',
    translationOf: 'night-train-vote',
    language: 'de',
    section: 'politics',
    kicker: 'Abstimmung',
    headline: 'Knappes Ja zum Nachtzug-Fonds',
    lead: '51,8 Prozent der Stimmenden haben einem Fonds für neue Nachtzugverbindungen in europäische Städte zugestimmt. Die meisten ländlichen Kantone sagten Nein – doch für das Gesetz zählte nur das Volksmehr.',
    dateline: 'Bern',
    source: 'Keystone-SDA',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'night-train',
      alt: 'Ein Nachtzug mit erleuchteten Fenstern fährt unter dem Sternenhimmel über einen Steinviadukt',
      caption:
        'Nachtzüge ab Schweizer Städten sollen bis Ende des Jahrzehnts mehr europäische Hauptstädte erreichen.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Nach einem Abstimmungskampf, der das Land entlang des **Stadt-Land-Grabens** spaltete, wurde der Fonds am Sonntag mit 51,8 Prozent Ja-Stimmen angenommen. Die Stimmbeteiligung lag bei 46 Prozent, nahe am Durchschnitt der letzten Jahre.',
      ),
      p(
        'Das Gesetz sieht während zehn Jahren bis zu 60 Millionen Franken jährlich vor, um Nachtzüge ab Schweizer Städten zu fördern. Die Befürworter sehen darin den einfachsten Weg, Kurzstreckenflüge zu ersetzen; die Gegner hätten das Geld lieber in den Regionalverkehr gesteckt.',
      ),
      h2('Ein geteiltes Land'),
      ul([
        '**Ja:** 51,8 Prozent der Stimmenden und 9 Kantone, darunter Zürich, Basel-Stadt und Genf',
        '**Nein:** 48,2 Prozent und 17 Kantone, vor allem ländliche und in der Innerschweiz',
        '**Stimmbeteiligung:** 46,0 Prozent',
      ]),
      quote(
        [
          'Wir haben die Botschaft aus den Regionen gehört. Dieser Fonds muss auch die Täler besser anbinden, nicht nur Paris und Rom.',
        ],
        'Andrea Keller, Co-Präsidentin des Ja-Komitees',
      ),
      p(
        'Die Regierung will bis im Sommer eine erste Liste von Verbindungen vorlegen. Die amtlichen Resultate sind auf der [Website des Bundes](https://www.admin.ch/) abrufbar.',
      ),
    ],
  },
  {
    key: 'de-repair',
    language: 'de',
    section: 'business',
    kicker: 'Recht auf Reparatur',
    headline: 'Schweizer Gerätehersteller stellen sich auf neue EU-Regeln ein',
    lead: 'Wer Waschmaschinen oder Staubsauger in die EU verkauft, muss sie künftig länger reparierbar halten. Für Schweizer Hersteller ist das Pflicht und Chance zugleich.',
    dateline: 'Brüssel',
    source: 'Keystone-SDA',
    authors: ['marco-bernasconi'],
    hero: {
      image: 'power-lines',
      alt: 'Hochspannungsmasten und Leitungen über Feldern im Abendlicht',
      caption: 'Langlebige Geräte sparen Ressourcen und Strom – so jedenfalls die Hoffnung der EU.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Die neuen Regeln der Europäischen Union verpflichten Hersteller bestimmter Haushaltsgeräte, diese auch nach Ablauf der Garantie zu reparieren und Ersatzteile zu angemessenen Preisen anzubieten. Weil die EU der wichtigste Absatzmarkt ist, gelten die Vorgaben **faktisch auch für Schweizer Firmen**.',
      ),
      p(
        'Ein mittelgrosser Hersteller von Küchengeräten aus dem Kanton St. Gallen hat bereits reagiert: Er baut ein Ersatzteillager auf, das zehn Jahre Lieferbarkeit garantieren soll, und schult Servicetechniker in Deutschland und Österreich.',
      ),
      h2('Was sich für die Kundschaft ändert'),
      ul([
        'Ersatzteile müssen über Jahre verfügbar sein.',
        'Reparaturen dürfen nicht durch Software oder Spezialschrauben verhindert werden.',
        'Eine Online-Plattform soll helfen, Reparaturbetriebe in der Nähe zu finden.',
      ]),
      quote(
        [
          'Ein Gerät, das man reparieren kann, ist ein Argument im Verkaufsgespräch – gerade für eine Marke, die mit Qualität wirbt.',
        ],
        'Thomas Ammann, Geschäftsführer eines Ostschweizer Geräteherstellers',
      ),
      p(
        'Die Regeln sind im [Amtsblatt der Europäischen Union](https://eur-lex.europa.eu/) veröffentlicht. Ob die Schweiz ähnliche Vorschriften übernimmt, ist offen; Konsumentenorganisationen fordern es seit Jahren.',
      ),
    ],
  },
  {
    key: 'de-posters',
    language: 'de',
    section: 'culture',
    kicker: 'Ausstellung',
    headline: 'Kühne Formen, klare Botschaft: Basel zeigt vergessene Plakatkunst',
    lead: 'Die Kunsthalle am Rhein zeigt 120 Plakate aus den Fünfziger- und Sechzigerjahren. Viele davon lagen jahrzehntelang in einem Estrich.',
    dateline: 'Basel',
    authors: ['jonas-weber'],
    hero: {
      image: 'posters',
      alt: 'Eine Wand mit geometrischen Plakaten in kräftigen Grundfarben',
      caption: 'Raster, Kreise, Diagonalen: Die Plakate von Hanna Vogt kommen ohne Schnörkel aus.',
      credit: 'Shortwave/Demo',
    },
    body: [
      p(
        'Als eine Basler Familie vor zwei Jahren das Haus ihrer Grossmutter räumte, fand sie im Estrich mehrere Kartonrollen. Darin: Plakate für Konzerte, Ausstellungen und Schokolade, gestaltet von einer Grafikerin, deren Namen heute kaum jemand kennt – **Hanna Vogt**.',
      ),
      p(
        'Die Kunsthalle am Rhein zeigt nun 120 dieser Arbeiten. Sie stehen für den *Schweizer Stil*, der in jenen Jahren weltweit bekannt wurde: strenge Raster, serifenlose Schrift, kräftige Grundfarben.',
      ),
      img(
        'gallery',
        'Ausstellungsraum mit drei farbigen, gerahmten Bildern und einer Sitzbank',
        'Blick in die Ausstellung: Die Plakate hängen in der Reihenfolge ihrer Entstehung.',
        'Shortwave/Demo',
      ),
      h2('Eine Frau in einer Männerdomäne'),
      p(
        'Vogt arbeitete meist unter dem Namen ihres Ateliers, nicht unter ihrem eigenen. Die Kuratorin Lea Schmid hat in Archiven Rechnungen und Briefe gefunden, die belegen, dass Vogt mehrere bekannte Plakate allein entworfen hat.',
      ),
      quote(
        ['Man kannte ihre Arbeiten, nur ihren Namen nicht. Diese Ausstellung gibt ihn ihr zurück.'],
        'Lea Schmid, Kuratorin',
      ),
      p(
        'Die Ausstellung dauert bis Ende März. Weitere Werke der Schweizer Grafik zeigt die Sammlung des [Museums für Gestaltung Zürich](https://museum-gestaltung.ch/).',
      ),
    ],
  },
  {
    key: 'de-avalanche',
    language: 'de',
    section: 'science',
    kicker: 'Forschung',
    headline: 'Ein Sensor, der Lawinen früher erkennen soll',
    lead: 'Forschende in Davos haben ein Messgerät entwickelt, das Veränderungen in der Schneedecke Stunden vor einem Abgang erkennen soll. Diesen Winter wird es an zwölf Hängen getestet.',
    dateline: 'Davos',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'snow-slope',
      alt: 'Steiler Schneehang mit einem kleinen Messmast und Solarpanel unterhalb eines Grats',
      caption: 'Der Sensor sendet alle zehn Minuten Daten ins Tal, den ganzen Winter lang.',
      credit: 'Shortwave/Demo',
    },
    body: [
      p(
        'Das Gerät misst mit einem Radar, wie sich **Wassergehalt und Schichtung** der Schneedecke verändern. Eine kleine Solarzelle liefert den Strom, die Daten gehen per Funk an einen Server im Tal.',
      ),
      p(
        'Bisher stützen sich Lawinenwarnungen vor allem auf Wetterdaten, Beobachtungen im Gelände und Schneeprofile, die von Hand gegraben werden. Der Sensor soll diese Arbeit nicht ersetzen, sondern ergänzen: *Er misst dort, wo niemand graben kann.*',
      ),
      h2('So läuft der Test ab'),
      ol([
        'Zwölf Sensoren werden vor dem ersten Schnee an steilen Hängen im Kanton Graubünden montiert.',
        'Sie senden den ganzen Winter über alle zehn Minuten Messwerte.',
        'Im Frühling vergleichen die Forschenden die Daten mit den tatsächlich beobachteten Lawinen.',
      ]),
      more('de-glacier'),
      p(
        'Weil wärmere Winter mehr Nassschneelawinen bringen, wird die Frage wichtiger, wann eine Schneedecke instabil wird. Aktuelle Lawinenbulletins veröffentlicht das [WSL-Institut für Schnee- und Lawinenforschung SLF](https://www.slf.ch/).',
      ),
    ],
  },
  {
    key: 'de-double-majority',
    language: 'de',
    type: 'explainer',
    section: 'politics',
    kicker: 'Direkte Demokratie',
    headline: 'Volksmehr und Ständemehr: Wann zählen die Kantone?',
    lead: 'Beim Nachtzug-Fonds genügte eine Mehrheit der Stimmenden. Bei anderen Vorlagen braucht es zusätzlich eine Mehrheit der Kantone. Wir erklären den Unterschied.',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'mosaic',
      alt: 'Mosaik aus roten, weissen und grauen Vielecken, wie eine stilisierte Karte vieler Regionen',
      caption:
        'Jeder Kanton zählt: Beim Ständemehr entscheidet nicht die Zahl der Stimmen, sondern die Zahl der Kantone.',
      credit: 'Shortwave/Demo',
    },
    body: [
      p(
        'In der Schweiz entscheiden die Stimmberechtigten mehrmals im Jahr über Sachfragen. Wie viele Mehrheiten es für ein Ja braucht, hängt davon ab, **was zur Abstimmung steht**.',
      ),
      h2('Wo das Volksmehr genügt'),
      p(
        'Bei einem fakultativen Referendum gegen ein Gesetz entscheidet allein das *Volksmehr*, also die Mehrheit der gültigen Stimmen im ganzen Land. So war es beim Nachtzug-Fonds.',
      ),
      h2('Wo es beide Mehrheiten braucht'),
      ol([
        '**Verfassungsänderungen**, die das Parlament beschlossen hat (obligatorisches Referendum).',
        '**Volksinitiativen**, die eine Änderung der Bundesverfassung verlangen.',
        '**Beitritte** zu Organisationen für kollektive Sicherheit oder zu supranationalen Gemeinschaften.',
      ]),
      p(
        'Für das *Ständemehr* zählt das Resultat jedes Kantons. Sechs Kantone, etwa Basel-Stadt und Basel-Landschaft, haben nur eine halbe Standesstimme; insgesamt sind es deshalb 23 Stimmen. Für ein Ja braucht es mindestens 12 davon.',
      ),
      more('de-night-train'),
      p(
        'Die rechtlichen Grundlagen stehen in der [Bundesverfassung](https://www.fedlex.admin.ch/), Artikel 140 bis 142.',
      ),
    ],
  },
  {
    key: 'de-ai-geneva',
    translationOf: 'ai-geneva',
    language: 'de',
    section: 'politics',
    kicker: 'Internationales Genf',
    headline: 'KI im Spital: Gesundheitsminister einigen sich in Genf auf erste Regeln',
    lead: 'Delegationen aus 46 Ländern haben Grundsätze für den Einsatz künstlicher Intelligenz bei Diagnose und Behandlung beschlossen. Die Regierungen müssen den Text noch genehmigen.',
    dateline: 'Genf',
    source: 'Reuters',
    authors: ['amira-haddad'],
    topics: ['international-geneva'],
    hero: {
      image: 'geneva-lake',
      alt: 'Eine hohe Wasserfontäne steigt aus dem tiefblauen See, dahinter Berge',
      caption: 'Genf ist jedes Jahr Gastgeberin Hunderter internationaler Konferenzen.',
      credit: 'Reuters',
    },
    body: [
      p(
        'Nach vier Verhandlungstagen einigten sich die Delegationen auf einen Entwurf, der Spitäler verpflichten würde, **Patientinnen und Patienten zu informieren, wenn ein KI-System zu einer Diagnose beigetragen hat**. Die Verantwortung für jeden Entscheid soll bei einer Ärztin oder einem Arzt bleiben.',
      ),
      p(
        'Zudem sollen Entwickler ihre Systeme vor dem Verkauf mit Daten aus unterschiedlichen Bevölkerungsgruppen testen. So will man verhindern, dass ein Werkzeug in einem Land gut funktioniert und in einem anderen schlecht.',
      ),
      h2('Was der Entwurf vorsieht'),
      ul([
        'Patientinnen und Patienten erfahren, wenn KI bei Diagnose oder Behandlung eingesetzt wurde.',
        'Eine qualifizierte Fachperson bleibt für jeden klinischen Entscheid verantwortlich.',
        'Systeme werden mit vielfältigen Daten getestet und nach der Einführung überwacht.',
        'Schwere Fehler müssen den nationalen Gesundheitsbehörden gemeldet werden.',
      ]),
      quote(
        [
          'Kleine Länder können nicht jeden Algorithmus selbst prüfen. Gemeinsame Regeln heissen, dass niemand bei null anfangen muss.',
        ],
        'Ein Delegierter eines westafrikanischen Gesundheitsministeriums',
      ),
      p(
        'Mehrere Delegationen wollten verbindliche Regeln, andere – darunter einige mit grosser Technologiebranche – bevorzugten freiwillige Leitlinien. Der Kompromiss lässt diese Frage bis zur nächsten Verhandlungsrunde im Frühling offen.',
      ),
      p(
        'Die [Weltgesundheitsorganisation](https://www.who.int/) hat Leitlinien zu Ethik und Governance künstlicher Intelligenz im Gesundheitswesen veröffentlicht, auf die sich mehrere Delegationen beriefen.',
      ),
    ],
  },
];
