/**
 * The demo newsroom's French and Italian articles: our own versions of three English
 * stories (the glacier survey, the night-train vote, the Geneva talks on AI in hospitals),
 * linked to them so the language switcher lands on the same story. Oldest first.
 * @example creationOrder([EN_ARTICLES, FR_IT_ARTICLES])
 */
import { type DemoArticle, h2, p, quote, ul } from './build.js';

export const FR_IT_ARTICLES: DemoArticle[] = [
  {
    key: 'fr-glacier',
    translationOf: 'glacier',
    language: 'fr',
    section: 'science',
    kicker: 'Climat',
    headline: 'Les glaciers suisses reculent pour la cinquième année consécutive',
    lead: 'Les glaciers du pays ont perdu cette année environ 2,9% de leur volume restant, selon le relevé annuel des glaces alpines. Un printemps enneigé n’a pas suffi à compenser un été long et chaud.',
    dateline: 'Zurich',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'glacier',
      alt: 'Une langue glaciaire entre des parois rocheuses sombres, qui se termine dans un lac turquoise laiteux',
      caption: 'Le glacier recule un peu plus chaque année et laisse un nouveau lac derrière lui.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Les mesures effectuées sur plus de 80 glaciers montrent que la glace a fondu plus vite que la moyenne des dix dernières années **dans toutes les régions des Alpes**, de l’Oberland bernois à l’Engadine. Selon l’équipe du relevé, rattachée à un institut universitaire zurichois, la fonte estivale a commencé près de trois semaines plus tôt que d’habitude.',
      ),
      p(
        'Les fortes chutes de neige d’avril avaient redonné un peu d’espoir aux chercheurs. *«En juillet, cette réserve avait disparu»*, explique la glaciologue Nina Frei, qui dirige le relevé. Un mois d’août sec et plusieurs canicules ont mis la glace à nu même au-dessus de 3000 mètres.',
      ),
      h2('Les petits glaciers disparaissent'),
      p(
        'Les pertes sont les plus visibles sur les petits glaciers, qui n’ont guère de réserves. Quatre d’entre eux ont été retirés de la liste des sites mesurés, car ils se sont morcelés en plaques de glace morte.',
      ),
      ul([
        '**2,9%** du volume de glace restant perdu cette année',
        '**Quatre** petits glaciers retirés de la liste de surveillance',
        '**Trois semaines**: l’avance de la fonte estivale',
      ]),
      p(
        'Les séries de températures et d’enneigement sont publiées par l’[Office fédéral de météorologie et de climatologie](https://www.meteoswiss.admin.ch/). Le rapport complet du relevé est attendu au printemps.',
      ),
    ],
  },
  {
    key: 'it-glacier',
    translationOf: 'glacier',
    language: 'it',
    section: 'science',
    kicker: 'Clima',
    headline: 'I ghiacciai svizzeri si ritirano per il quinto anno consecutivo',
    lead: 'Quest’anno i ghiacciai del Paese hanno perso circa il 2,9% del volume rimasto, secondo il rilevamento annuale dei ghiacci alpini. Una primavera nevosa non è bastata a compensare un’estate lunga e calda.',
    dateline: 'Zurigo',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'glacier',
      alt: 'Una lingua glaciale tra pareti di roccia scura che termina in un lago turchese lattiginoso',
      caption: 'Il ghiacciaio arretra un po’ di più ogni anno e si lascia alle spalle un nuovo lago.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Le misurazioni su oltre 80 ghiacciai mostrano che il ghiaccio si è sciolto più in fretta della media degli ultimi dieci anni **in tutte le regioni delle Alpi**, dall’Oberland bernese all’Engadina. Secondo il gruppo di ricerca, con sede in un istituto universitario di Zurigo, lo scioglimento estivo è cominciato quasi tre settimane prima del solito.',
      ),
      p(
        'Le abbondanti nevicate di aprile avevano dato qualche speranza ai ricercatori. *«A luglio quella riserva era già finita»*, dice la glaciologa Nina Frei, che dirige il rilevamento. Un agosto secco e diverse ondate di calore hanno lasciato il ghiaccio scoperto anche oltre i 3000 metri.',
      ),
      h2('I piccoli ghiacciai scompaiono'),
      p(
        'Le perdite sono più evidenti sui piccoli ghiacciai, che hanno poche riserve. Quattro di loro sono stati tolti dall’elenco dei siti misurati perché si sono frammentati in placche di ghiaccio morto.',
      ),
      ul([
        '**2,9%** del volume di ghiaccio rimasto perso quest’anno',
        '**Quattro** piccoli ghiacciai tolti dall’elenco di monitoraggio',
        '**Tre settimane**: l’anticipo dello scioglimento estivo',
      ]),
      p(
        'Le serie storiche di temperatura e neve sono pubblicate dall’[Ufficio federale di meteorologia e climatologia](https://www.meteoswiss.admin.ch/). Il rapporto completo è atteso in primavera.',
      ),
    ],
  },
  {
    key: 'fr-night-train',
    translationOf: 'night-train-vote',
    language: 'fr',
    section: 'politics',
    kicker: 'Votation',
    headline: 'Les votants acceptent de justesse un fonds national pour les trains de nuit',
    lead: 'Un fonds de dix ans destiné à développer les liaisons ferroviaires de nuit vers les villes européennes a obtenu 51,8% des voix. La plupart des cantons ruraux ont dit non, mais la loi n’avait besoin que de la majorité du peuple.',
    dateline: 'Berne',
    source: 'Keystone-ATS',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'night-train',
      alt: 'Un train de nuit aux fenêtres éclairées traverse un viaduc en pierre sous un ciel étoilé',
      caption:
        'D’ici la fin de la décennie, les trains de nuit au départ des villes suisses pourraient desservir davantage de capitales européennes.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Au terme d’une campagne qui a divisé le pays entre **villes et campagnes**, le fonds a été accepté dimanche par 51,8% des votants, selon les résultats définitifs. La participation a atteint 46%, proche de la moyenne de ces dernières années.',
      ),
      p(
        'La loi prévoit jusqu’à 60 millions de francs par an pour soutenir les liaisons de nuit au départ des villes suisses. Les partisans y voient le moyen le plus simple de remplacer les vols court-courriers; les opposants auraient préféré investir cet argent dans les lignes régionales.',
      ),
      h2('Un pays coupé en deux'),
      ul([
        '**Oui:** 51,8% des votants et 9 cantons, dont Zurich, Bâle-Ville et Genève',
        '**Non:** 48,2% des votants et 17 cantons, surtout ruraux et de Suisse centrale',
        '**Participation:** 46,0%',
      ]),
      quote(
        [
          'Nous avons entendu le message des régions. Ce fonds doit aussi améliorer les liaisons vers les vallées, pas seulement vers Paris et Rome.',
        ],
        'Andrea Keller, coprésidente de la campagne du oui',
      ),
      p(
        'Le gouvernement devrait présenter une première liste de liaisons d’ici l’été. Les résultats officiels sont publiés sur le [site de la Confédération](https://www.admin.ch/).',
      ),
    ],
  },
  {
    key: 'it-night-train',
    translationOf: 'night-train-vote',
    language: 'it',
    section: 'politics',
    kicker: 'Votazione',
    headline: 'Sì di misura a un fondo nazionale per i treni notturni',
    lead: 'Un fondo decennale per ampliare i collegamenti ferroviari notturni verso le città europee ha ottenuto il 51,8% dei voti. La maggior parte dei cantoni rurali ha detto no, ma alla legge bastava la maggioranza del popolo.',
    dateline: 'Berna',
    source: 'Keystone-ATS',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'night-train',
      alt: 'Un treno notturno con i finestrini illuminati attraversa un viadotto di pietra sotto un cielo stellato',
      caption:
        'Entro la fine del decennio i treni notturni dalle città svizzere potrebbero raggiungere più capitali europee.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Dopo una campagna che ha diviso il Paese tra **città e campagna**, domenica il fondo è stato approvato con il 51,8% dei voti, secondo i risultati definitivi. L’affluenza è stata del 46%, vicina alla media degli ultimi anni.',
      ),
      p(
        'La legge stanzia fino a 60 milioni di franchi l’anno per sostenere i collegamenti notturni dalle città svizzere. I favorevoli sostenevano che il treno notturno fosse il modo più semplice per sostituire i voli a corto raggio; i contrari avrebbero preferito investire il denaro nelle linee regionali.',
      ),
      h2('Un Paese spaccato in due'),
      ul([
        '**Sì:** 51,8% dei votanti e 9 cantoni, tra cui Zurigo, Basilea Città e Ginevra',
        '**No:** 48,2% dei votanti e 17 cantoni, soprattutto rurali e della Svizzera centrale',
        '**Affluenza:** 46,0%',
      ]),
      quote(
        [
          'Abbiamo sentito il messaggio delle regioni. Questo fondo deve migliorare anche i collegamenti con le valli, non solo con Parigi e Roma.',
        ],
        'Andrea Keller, copresidente del comitato per il sì',
      ),
      p(
        'Il governo dovrebbe presentare un primo elenco di collegamenti entro l’estate. I risultati ufficiali sono pubblicati sul [sito della Confederazione](https://www.admin.ch/).',
      ),
    ],
  },
  {
    key: 'fr-ai-geneva',
    translationOf: 'ai-geneva',
    language: 'fr',
    section: 'politics',
    kicker: 'Genève internationale',
    headline:
      'À Genève, les ministres de la santé s’accordent sur un premier projet de règles pour l’IA à l’hôpital',
    lead: 'Des délégations de 46 pays se sont entendues sur des principes d’utilisation de l’intelligence artificielle dans le diagnostic et les soins. Les gouvernements doivent encore approuver le texte.',
    dateline: 'Genève',
    source: 'Reuters',
    authors: ['amira-haddad'],
    topics: ['international-geneva'],
    hero: {
      image: 'geneva-lake',
      alt: 'Un haut jet d’eau s’élève d’un lac bleu profond, avec des montagnes à l’arrière-plan',
      caption: 'Genève accueille chaque année des centaines de réunions internationales.',
      credit: 'Reuters',
    },
    body: [
      p(
        'Après quatre jours de discussions, les délégations ont adopté un projet qui obligerait les hôpitaux à **informer les patients lorsqu’un système d’IA a contribué à un diagnostic**, et qui laisse à un médecin la responsabilité de chaque décision.',
      ),
      p(
        'Le projet demande aussi aux développeurs de tester leurs systèmes sur des données de populations diverses avant de les vendre, pour éviter des outils qui fonctionnent bien dans un pays et mal dans un autre.',
      ),
      h2('Ce que prévoit le projet'),
      ul([
        'Les patients sont informés lorsque l’IA a servi à leur diagnostic ou à leur traitement.',
        'Un professionnel de santé qualifié reste responsable de chaque décision clinique.',
        'Les systèmes sont testés sur des données variées et surveillés une fois en service.',
        'Les erreurs graves doivent être signalées aux autorités sanitaires nationales.',
      ]),
      quote(
        [
          'Les petits pays ne peuvent pas tester eux-mêmes chaque algorithme. Des règles communes nous évitent de repartir de zéro.',
        ],
        'Un délégué d’un ministère de la santé d’Afrique de l’Ouest',
      ),
      p(
        'Plusieurs délégations voulaient des règles contraignantes; d’autres, dont certains pays dotés d’une grande industrie technologique, préféraient des lignes directrices volontaires. Le compromis laisse cette question ouverte jusqu’à la prochaine session, au printemps.',
      ),
      p(
        'L’[Organisation mondiale de la santé](https://www.who.int/) a publié des orientations sur l’éthique et la gouvernance de l’intelligence artificielle en santé, que plusieurs délégations ont citées.',
      ),
    ],
  },
  {
    key: 'it-ai-geneva',
    translationOf: 'ai-geneva',
    language: 'it',
    section: 'politics',
    kicker: 'Ginevra internazionale',
    headline:
      'A Ginevra i ministri della sanità concordano una prima bozza di regole per l’IA negli ospedali',
    lead: 'Le delegazioni di 46 Paesi hanno trovato un accordo sui principi per l’uso dell’intelligenza artificiale nella diagnosi e nella cura. Il testo deve ancora essere approvato dai governi.',
    dateline: 'Ginevra',
    source: 'Reuters',
    authors: ['amira-haddad'],
    topics: ['international-geneva'],
    hero: {
      image: 'geneva-lake',
      alt: 'Un alto getto d’acqua si alza da un lago blu scuro, con le montagne sullo sfondo',
      caption: 'Ginevra ospita ogni anno centinaia di incontri internazionali.',
      credit: 'Reuters',
    },
    body: [
      p(
        'Dopo quattro giorni di negoziati, le delegazioni hanno concordato una bozza che obbligherebbe gli ospedali a **informare i pazienti quando un sistema di IA ha contribuito a una diagnosi**, lasciando a un medico la responsabilità di ogni decisione.',
      ),
      p(
        'La bozza chiede inoltre agli sviluppatori di testare i propri sistemi su dati di popolazioni diverse prima di venderli, per evitare strumenti che funzionano bene in un Paese e male in un altro.',
      ),
      h2('Che cosa prevede la bozza'),
      ul([
        'I pazienti devono sapere quando l’IA è stata usata per la loro diagnosi o terapia.',
        'Un professionista sanitario qualificato resta responsabile di ogni decisione clinica.',
        'I sistemi vanno testati su dati eterogenei e sorvegliati una volta in uso.',
        'Gli errori gravi vanno segnalati alle autorità sanitarie nazionali.',
      ]),
      quote(
        [
          'I Paesi piccoli non possono testare da soli ogni algoritmo. Regole comuni significano che nessuno di noi deve ripartire da zero.',
        ],
        'Un delegato di un ministero della sanità dell’Africa occidentale',
      ),
      p(
        'Diverse delegazioni volevano regole vincolanti; altre, tra cui alcuni Paesi con una grande industria tecnologica, preferivano linee guida volontarie. Il compromesso lascia aperta la questione fino al prossimo ciclo di negoziati, in primavera.',
      ),
      p(
        'L’[Organizzazione mondiale della sanità](https://www.who.int/) ha pubblicato indicazioni sull’etica e la governance dell’intelligenza artificiale in ambito sanitario, citate da diverse delegazioni.',
      ),
    ],
  },
];
