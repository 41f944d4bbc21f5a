/**
 * The demo newsroom's Spanish and Portuguese articles: our own versions of three English
 * stories (the glacier survey, the night-train vote, the Geneva talks on AI in hospitals),
 * linked to them so the language switcher lands on the same story. Oldest first.
 * @example creationOrder([EN_ARTICLES, ES_PT_ARTICLES])
 */
import { type DemoArticle, h2, p, quote, ul } from './build.js';

export const ES_PT_ARTICLES: DemoArticle[] = [
  {
    key: 'es-glacier',
    translationOf: 'glacier',
    language: 'es',
    section: 'science',
    kicker: 'Clima',
    headline: 'Los glaciares suizos se reducen por quinto año consecutivo',
    lead: 'Los glaciares del país perdieron este año cerca del 2,9% de su volumen restante, según el estudio anual del hielo alpino. Una primavera con mucha nieve no bastó para compensar un verano largo y caluroso.',
    dateline: 'Zúrich',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'glacier',
      alt: 'Una lengua glaciar entre paredes de roca oscura que termina en un lago de color turquesa lechoso',
      caption: 'El glaciar retrocede un poco más cada año y deja un nuevo lago tras de sí.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Las mediciones en más de 80 glaciares muestran que el hielo se derritió más deprisa que la media de los últimos diez años **en todas las regiones de los Alpes**, del Oberland bernés a la Engadina. Según el equipo del estudio, con sede en un instituto universitario de Zúrich, el deshielo estival empezó casi tres semanas antes de lo habitual.',
      ),
      p(
        'Las intensas nevadas de abril habían dado algo de esperanza a los investigadores. *«En julio esa reserva ya se había agotado»*, dice la glacióloga Nina Frei, que dirige el estudio. Un agosto seco y varias olas de calor dejaron el hielo al descubierto incluso por encima de los 3.000 metros.',
      ),
      h2('Los glaciares pequeños desaparecen'),
      p(
        'Las pérdidas se notan sobre todo en los glaciares pequeños, que apenas tienen reservas. Cuatro de ellos han salido de la lista de puntos de medición porque se han fragmentado en placas de hielo muerto.',
      ),
      ul([
        '**2,9%** del volumen de hielo restante perdido este año',
        '**Cuatro** glaciares pequeños retirados de la lista de seguimiento',
        '**Tres semanas**: el adelanto del deshielo estival',
      ]),
      p(
        'Los registros históricos de temperatura y nieve los publica la [Oficina Federal de Meteorología y Climatología](https://www.meteoswiss.admin.ch/). El informe completo del estudio se espera para la primavera.',
      ),
    ],
  },
  {
    key: 'pt-glacier',
    translationOf: 'glacier',
    language: 'pt',
    section: 'science',
    kicker: 'Clima',
    headline: 'Geleiras suíças encolhem pelo quinto ano seguido',
    lead: 'As geleiras do país perderam este ano cerca de 2,9% do volume restante, segundo o levantamento anual do gelo alpino. Uma primavera com muita neve não bastou para compensar um verão longo e quente.',
    dateline: 'Zurique',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'glacier',
      alt: 'Uma língua de geleira entre paredões de rocha escura que termina num lago turquesa leitoso',
      caption: 'A geleira recua um pouco mais a cada ano e deixa um lago novo para trás.',
      credit: 'Keystone',
    },
    body: [
      p(
        'As medições em mais de 80 geleiras mostram que o gelo derreteu mais depressa do que a média dos últimos dez anos **em todas as regiões dos Alpes**, do Oberland bernês à Engadina. Segundo a equipe do levantamento, ligada a um instituto universitário de Zurique, o degelo de verão começou quase três semanas antes do normal.',
      ),
      p(
        'As fortes nevascas de abril tinham dado alguma esperança aos pesquisadores. *“Em julho essa reserva já tinha acabado”*, diz a glaciologista Nina Frei, que coordena o levantamento. Um agosto seco e várias ondas de calor deixaram o gelo exposto mesmo acima dos 3.000 metros.',
      ),
      h2('As geleiras pequenas estão desaparecendo'),
      p(
        'As perdas são mais visíveis nas geleiras pequenas, que têm pouca reserva de gelo. Quatro delas saíram da lista de pontos de medição porque se partiram em placas isoladas de gelo morto.',
      ),
      ul([
        '**2,9%** do volume de gelo restante perdido este ano',
        '**Quatro** geleiras pequenas retiradas da lista de monitoramento',
        '**Três semanas**: a antecipação do degelo de verão',
      ]),
      p(
        'Os registros históricos de temperatura e neve são publicados pela [Serviço Federal de Meteorologia e Climatologia](https://www.meteoswiss.admin.ch/). O relatório completo deve sair na primavera.',
      ),
    ],
  },
  {
    key: 'es-night-train',
    translationOf: 'night-train-vote',
    language: 'es',
    section: 'politics',
    kicker: 'Referéndum',
    headline: 'Los votantes aprueban por poco un fondo nacional para trenes nocturnos',
    lead: 'Un fondo de diez años para ampliar las conexiones ferroviarias nocturnas con ciudades europeas obtuvo el 51,8% de los votos. La mayoría de los cantones rurales dijo no, pero la ley solo necesitaba la mayoría del pueblo.',
    dateline: 'Berna',
    source: 'Keystone-SDA',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'night-train',
      alt: 'Un tren nocturno con las ventanas iluminadas cruza un viaducto de piedra bajo un cielo estrellado',
      caption:
        'Antes de que acabe la década, los trenes nocturnos desde ciudades suizas podrían llegar a más capitales europeas.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Tras una campaña que dividió al país entre **ciudad y campo**, el fondo fue aprobado el domingo con el 51,8% de los votos, según los resultados definitivos. La participación fue del 46%, cerca de la media de los últimos años.',
      ),
      p(
        'La ley reserva hasta 60 millones de francos al año para apoyar las conexiones nocturnas desde ciudades suizas. Sus defensores sostenían que el tren nocturno es la forma más sencilla de sustituir los vuelos de corta distancia; sus detractores preferían invertir el dinero en líneas regionales.',
      ),
      h2('Un país partido en dos'),
      ul([
        '**Sí:** 51,8% de los votantes y 9 cantones, entre ellos Zúrich, Basilea-Ciudad y Ginebra',
        '**No:** 48,2% de los votantes y 17 cantones, sobre todo rurales y de Suiza central',
        '**Participación:** 46,0%',
      ]),
      quote(
        [
          'Hemos oído el mensaje de las regiones. Este fondo también debe mejorar las conexiones con los valles, no solo con París y Roma.',
        ],
        'Andrea Keller, copresidenta de la campaña del sí',
      ),
      p(
        'Se espera que el Gobierno presente una primera lista de conexiones antes del verano. Los resultados oficiales están publicados en el [sitio web del Gobierno federal](https://www.admin.ch/).',
      ),
    ],
  },
  {
    key: 'pt-night-train',
    translationOf: 'night-train-vote',
    language: 'pt',
    section: 'politics',
    kicker: 'Referendo',
    headline: 'Eleitores aprovam por pouco um fundo nacional para trens noturnos',
    lead: 'Um fundo de dez anos para ampliar as ligações ferroviárias noturnas com cidades europeias obteve 51,8% dos votos. A maioria dos cantões rurais disse não, mas a lei só precisava da maioria do povo.',
    dateline: 'Berna',
    source: 'Keystone-SDA',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'night-train',
      alt: 'Um trem noturno com as janelas acesas atravessa um viaduto de pedra sob um céu estrelado',
      caption:
        'Até o fim da década, os trens noturnos que partem de cidades suíças poderão chegar a mais capitais europeias.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Depois de uma campanha que dividiu o país entre **cidade e campo**, o fundo foi aprovado no domingo com 51,8% dos votos, segundo os resultados finais. O comparecimento foi de 46%, perto da média dos últimos anos.',
      ),
      p(
        'A lei reserva até 60 milhões de francos por ano para apoiar as ligações noturnas a partir de cidades suíças. Os defensores argumentaram que o trem noturno é a forma mais simples de substituir os voos de curta distância; os opositores preferiam investir o dinheiro em linhas regionais.',
      ),
      h2('Um país dividido ao meio'),
      ul([
        '**Sim:** 51,8% dos eleitores e 9 cantões, entre eles Zurique, Basileia-Cidade e Genebra',
        '**Não:** 48,2% dos eleitores e 17 cantões, sobretudo rurais e da Suíça central',
        '**Comparecimento:** 46,0%',
      ]),
      quote(
        [
          'Ouvimos o recado das regiões. Este fundo também precisa melhorar as ligações com os vales, não só com Paris e Roma.',
        ],
        'Andrea Keller, copresidente da campanha pelo sim',
      ),
      p(
        'O governo deve apresentar uma primeira lista de ligações até o verão. Os resultados oficiais estão publicados no [site do governo federal](https://www.admin.ch/).',
      ),
    ],
  },
  {
    key: 'es-ai-geneva',
    translationOf: 'ai-geneva',
    language: 'es',
    section: 'politics',
    kicker: 'Ginebra internacional',
    headline:
      'Los ministros de Sanidad acuerdan en Ginebra un primer borrador de normas para la IA en los hospitales',
    lead: 'Delegaciones de 46 países acordaron principios para el uso de la inteligencia artificial en el diagnóstico y el tratamiento. Los gobiernos aún deben aprobar el texto.',
    dateline: 'Ginebra',
    source: 'Reuters',
    authors: ['amira-haddad'],
    topics: ['international-geneva'],
    hero: {
      image: 'geneva-lake',
      alt: 'Un alto chorro de agua se eleva desde un lago azul oscuro, con montañas al fondo',
      caption: 'Ginebra acoge cada año cientos de reuniones internacionales.',
      credit: 'Reuters',
    },
    body: [
      p(
        'Tras cuatro días de conversaciones, las delegaciones acordaron un borrador que obligaría a los hospitales a **informar a los pacientes cuando un sistema de IA haya contribuido a un diagnóstico**, y que mantiene a un médico como responsable de cada decisión.',
      ),
      p(
        'El borrador pide además a los desarrolladores que prueben sus sistemas con datos de poblaciones diversas antes de venderlos, para evitar herramientas que funcionan bien en un país y mal en otro.',
      ),
      h2('Qué dice el borrador'),
      ul([
        'Los pacientes deben saber cuándo se usó IA en su diagnóstico o tratamiento.',
        'Un profesional sanitario cualificado sigue siendo responsable de cada decisión clínica.',
        'Los sistemas se prueban con datos diversos y se supervisan una vez en uso.',
        'Los errores graves deben comunicarse a las autoridades sanitarias nacionales.',
      ]),
      quote(
        [
          'Los países pequeños no pueden probar cada algoritmo por su cuenta. Con normas comunes, ninguno de nosotros tiene que empezar de cero.',
        ],
        'Un delegado de un ministerio de Sanidad de África Occidental',
      ),
      p(
        'Varias delegaciones querían normas vinculantes; otras, entre ellas algunos países con una gran industria tecnológica, preferían directrices voluntarias. El compromiso deja esa cuestión abierta hasta la próxima ronda de conversaciones, en primavera.',
      ),
      p(
        'La [Organización Mundial de la Salud](https://www.who.int/) ha publicado orientaciones sobre la ética y la gobernanza de la inteligencia artificial en la salud, que citaron varias delegaciones.',
      ),
    ],
  },
  {
    key: 'pt-ai-geneva',
    translationOf: 'ai-geneva',
    language: 'pt',
    section: 'politics',
    kicker: 'Genebra internacional',
    headline: 'Em Genebra, ministros da Saúde fecham um primeiro rascunho de regras para a IA nos hospitais',
    lead: 'Delegações de 46 países chegaram a um acordo sobre princípios para o uso da inteligência artificial no diagnóstico e no tratamento. O texto ainda precisa ser aprovado pelos governos.',
    dateline: 'Genebra',
    source: 'Reuters',
    authors: ['amira-haddad'],
    topics: ['international-geneva'],
    hero: {
      image: 'geneva-lake',
      alt: 'Um alto jato d’água sobe de um lago azul-escuro, com montanhas ao fundo',
      caption: 'Genebra recebe todos os anos centenas de reuniões internacionais.',
      credit: 'Reuters',
    },
    body: [
      p(
        'Depois de quatro dias de negociações, as delegações fecharam um rascunho que obrigaria os hospitais a **informar os pacientes quando um sistema de IA tiver contribuído para um diagnóstico**, mantendo um médico responsável por cada decisão.',
      ),
      p(
        'O rascunho também pede aos desenvolvedores que testem seus sistemas com dados de populações diversas antes de vendê-los, para evitar ferramentas que funcionam bem num país e mal em outro.',
      ),
      h2('O que diz o rascunho'),
      ul([
        'Os pacientes devem ser informados quando a IA for usada no seu diagnóstico ou tratamento.',
        'Um profissional de saúde qualificado continua responsável por cada decisão clínica.',
        'Os sistemas são testados com dados diversos e monitorados depois de entrarem em uso.',
        'Erros graves devem ser comunicados às autoridades nacionais de saúde.',
      ]),
      quote(
        [
          'Países pequenos não conseguem testar sozinhos cada algoritmo. Regras comuns significam que nenhum de nós precisa começar do zero.',
        ],
        'Um delegado de um ministério da Saúde da África Ocidental',
      ),
      p(
        'Várias delegações queriam regras vinculantes; outras, entre elas alguns países com grandes indústrias de tecnologia, preferiam diretrizes voluntárias. O meio-termo deixa essa questão em aberto até a próxima rodada de negociações, na primavera.',
      ),
      p(
        'A [Organização Mundial da Saúde](https://www.who.int/) publicou orientações sobre a ética e a governança da inteligência artificial na saúde, citadas por várias delegações.',
      ),
    ],
  },
];
