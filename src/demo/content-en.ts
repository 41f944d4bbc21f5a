/**
 * The demo newsroom's English articles, oldest first. Fictional news: the people quoted and
 * the figures are invented; institutions and links are real.
 */
import { type DemoArticle, h2, img, more, ol, p, quote, ul } from './build.js';

export const EN_ARTICLES: DemoArticle[] = [
  {
    key: 'glacier',
    language: 'en',
    section: 'science',
    kicker: 'Climate',
    headline: 'Swiss glaciers shrink for the fifth year running',
    lead: 'The country’s glaciers lost about 2.9% of their remaining volume this year, according to the annual Alpine Ice Survey. A snowy spring was not enough to make up for a long, hot summer.',
    dateline: 'Zurich',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'glacier',
      alt: 'A glacier tongue between dark rock walls, ending in a milky turquoise lake',
      caption: 'The glacier retreats a little further every year, leaving a new lake behind it.',
      credit: 'Keystone',
    },
    body: [
      p(
        'Measurements on more than 80 glaciers show that the ice melted faster than the ten-year average in **every region of the Alps**, from the Bernese Oberland to the Engadine. The survey team, based at a university institute in Zurich, said the summer melt began almost three weeks earlier than usual.',
      ),
      p(
        'Heavy snowfalls in April had given the researchers some hope. *“By July that cushion was gone,”* said glaciologist Nina Frei, who leads the survey. A dry August and several heatwaves exposed bare ice even above 3,000 metres.',
      ),
      h2('Small glaciers are disappearing'),
      p(
        'The losses are most visible on small glaciers, which have little ice to spare. Four of them have been taken off the list of measured sites because they have broken up into separate patches of dead ice.',
      ),
      ul([
        '**2.9%** of the remaining ice volume lost this year',
        '**Four** small glaciers taken off the monitoring list',
        '**Three weeks**: how much earlier the summer melt began',
      ]),
      p(
        'Long-term temperature and snow records are published by the [Federal Office of Meteorology and Climatology](https://www.meteoswiss.admin.ch/). The survey’s full report is due in the spring.',
      ),
    ],
  },
  {
    key: 'night-train-vote',
    language: 'en',
    section: 'politics',
    kicker: 'Referendum',
    headline: 'Voters narrowly approve a national fund for night trains',
    lead: 'A ten-year fund to expand overnight rail links to European cities won 51.8% of the vote. Most rural cantons said no, but the law needed only a majority of the people.',
    dateline: 'Bern',
    source: 'Keystone-SDA',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'night-train',
      alt: 'A night train with lit windows crossing a stone viaduct under a starry sky',
      caption:
        'Overnight trains from Swiss cities could reach more European capitals by the end of the decade.',
      credit: 'Keystone',
    },
    body: [
      p(
        'After a campaign that divided the country along **city and countryside** lines, the fund was approved with 51.8% of the vote on Sunday, according to the final results. Turnout was 46%, close to the average of recent years.',
      ),
      p(
        'The law sets aside up to CHF 60 million a year to support night-train connections from Swiss cities. Supporters argued that overnight trains are the easiest way to replace short-haul flights; opponents said the money would be better spent on regional lines.',
      ),
      h2('A country split in two'),
      ul([
        '**Yes:** 51.8% of voters and 9 cantons, among them Zurich, Basel-City and Geneva',
        '**No:** 48.2% of voters and 17 cantons, mostly rural and in central Switzerland',
        '**Turnout:** 46.0%',
      ]),
      quote(
        [
          'We heard the message from the regions. This fund must also bring better connections to the valleys, not only to Paris and Rome.',
        ],
        'Andrea Keller, co-president of the yes campaign',
      ),
      p(
        'The government is expected to present a first list of connections by the summer. The official results are published on the [federal government’s website](https://www.admin.ch/).',
      ),
    ],
  },
  {
    key: 'franc-watches',
    language: 'en',
    type: 'analysis',
    section: 'business',
    kicker: 'Strong franc',
    headline: 'Why the strong franc hurts some watchmakers far more than others',
    lead: 'A franc near record highs makes Swiss watches dearer abroad. Luxury brands shrug it off; the makers of mid-priced watches cannot.',
    dateline: 'Zurich',
    authors: ['marco-bernasconi'],
    hero: {
      image: 'city-night',
      alt: 'A city skyline at night with office windows lit, reflected in a river',
      caption: 'Zurich’s banks watch the franc closely; the watch towns of the Jura feel it first.',
      credit: 'Reuters',
    },
    body: [
      p(
        'For a company that pays its workers in francs and sells in euros, dollars and yuan, every rise of the currency eats into its margins. Over the past year the franc has gained around 6% against the euro, and **exports of watches priced below CHF 3,000 fell by 9%**, according to an industry survey.',
      ),
      h2('Luxury can raise prices, the middle cannot'),
      p(
        'Brands at the top of the market have so far passed higher costs on to customers, who buy *scarcity* rather than a price tag. Makers of mid-range watches compete with smartwatches and with rivals who produce in Asia, so they have little room to raise prices.',
      ),
      img(
        'chart',
        'Bar chart: exports of mid-priced watches falling month after month',
        'Exports of watches below CHF 3,000 have fallen in most of the past twelve months (illustration).',
        'Shortwave/Demo',
      ),
      p(
        'Some companies are buying more components in the eurozone, which turns part of their costs into euros. Others are shifting their marketing to markets where the franc has risen less, such as the Gulf states.',
      ),
      quote(
        ['A strong currency is a compliment to a country, but a tax on its exporters.'],
        'Luca Moretti, economist at a Zurich bank',
      ),
      p(
        'The [Swiss National Bank](https://www.snb.ch/) has said it is ready to intervene in the currency market if needed. For the watch towns of the Jura arc, the question is whether that will happen before the next round of job cuts.',
      ),
    ],
  },
  {
    key: 'festival-interview',
    language: 'en',
    type: 'interview',
    section: 'culture',
    kicker: 'Film',
    headline: '“A festival is a promise to a town”: Sofia Marchetti on ten summers of open-air cinema',
    lead: 'The director of the Lakeside Film Days in Lugano steps down after a decade. She talks about empty seats, streaming, and why films still belong on a big screen.',
    dateline: 'Lugano',
    authors: ['jonas-weber'],
    hero: {
      image: 'open-air-cinema',
      alt: 'An open-air cinema screen glowing by a lake at dusk, with an audience in silhouette',
      caption: 'Up to 3,000 people watch the evening screenings on the lake shore.',
      credit: 'Shortwave/Demo',
    },
    body: [
      p(
        '*Sofia Marchetti, 52, took over the small summer festival in 2016 and made it one of the best-attended open-air film events in southern Switzerland. This interview has been edited and condensed.*',
      ),
      p('**Shortwave: You screened films on a lake shore for ten summers. What did you learn?**'),
      p(
        'Sofia Marchetti: That people come for the film, but they come back for each other. A festival is a promise to a town: every August, for ten nights, you will sit next to strangers and watch the same story.',
      ),
      p('**Streaming platforms release hundreds of films a year. Why should anyone leave the sofa?**'),
      p(
        'S.M.: Because a comedy is funnier with 3,000 people, and a silence is louder. The films that did best on our screen were rarely the ones at the top of the streaming charts.',
      ),
      p('**What will you do next?**'),
      p(
        'S.M.: Watch films as a spectator, for once. And I will keep reading every review on [Letterboxd](https://letterboxd.com/ nofollow), which my successor will hate.',
      ),
    ],
  },
  {
    key: 'glacier-explainer',
    language: 'en',
    type: 'explainer',
    section: 'science',
    kicker: 'Glaciers',
    headline: 'How do scientists know how much ice a glacier has lost?',
    lead: 'Stakes, snow pits, drones and satellites: measuring a glacier is slow, cold work. Here is how the annual figures are made.',
    authors: ['chen-yu'],
    topics: ['climate'],
    hero: {
      image: 'alpine-lake',
      alt: 'Snow-capped peaks at dawn mirrored in a still mountain lake',
      caption: 'Meltwater from the glaciers feeds the lakes and rivers of the Alps.',
      credit: 'Shortwave/Demo',
    },
    body: [
      p(
        'Every autumn, survey teams publish a single number for each glacier: its **mass balance**, the difference between the snow it gained in winter and the ice it lost in summer. Behind that number lie months of fieldwork.',
      ),
      h2('Step by step'),
      ol([
        '**Spring:** teams dig snow pits and probe the snow depth at dozens of points to find out how much snow fell over the winter.',
        '**Summer:** stakes drilled up to 12 metres into the ice show how much of the surface melts; they are read again at the end of the season.',
        '**Autumn:** the point measurements are combined with weather data and a model of the glacier’s surface to calculate the total loss.',
        '**Every few years:** aerial photos, drones and satellites map the whole glacier to check the models.',
      ]),
      img(
        'ice-stake',
        'A red and white stake sticking out of glacier ice',
        'Stakes like this one show how many metres of ice melt in a summer.',
        'Shortwave/Demo',
      ),
      p(
        'The method is more than a century old in Switzerland; what has changed is the precision. Laser scans from aircraft now show changes of a few centimetres across an entire glacier.',
      ),
      more('glacier'),
      p(
        'Data from around the world are collected by the [World Glacier Monitoring Service](https://wgms.ch/) in Zurich, which compares measurements from thousands of glaciers.',
      ),
    ],
  },
  {
    key: 'opinion-democracy',
    language: 'en',
    type: 'opinion',
    section: 'politics',
    kicker: 'Direct democracy',
    headline: 'Direct democracy needs slower news, not faster',
    lead: 'Four times a year, Swiss voters decide on laws themselves. They deserve journalism that explains before it excites.',
    authors: ['lena-brunner'],
    topics: ['elections'],
    hero: {
      image: 'parliament',
      alt: 'A domed parliament building at dusk with lit windows',
      caption: 'Parliament writes the laws; the people may have the last word.',
      credit: 'Keystone',
    },
    body: [
      p(
        'The night-train vote was decided by fewer than 80,000 votes. In the last two weeks of the campaign, most of what voters saw online were **short clips, claims and counter-claims**, few of which explained what the law actually said.',
      ),
      p(
        'Direct democracy works only if people can find out, calmly, what they are deciding. That is a job for the media, and it is one we too often do in a hurry.',
      ),
      more('night-train-vote'),
      h2('What we should do differently'),
      ul([
        'Publish the explainer *first*, weeks before the vote, and update it rather than replace it.',
        'Show the text of the law, not only what the campaigns say it means.',
        'Put numbers in proportion: CHF 60 million a year is about half a percent of what the federal government spends on transport.',
      ]),
      p(
        'None of this is new: it is what [direct democracy](https://en.wikipedia.org/wiki/Direct_democracy) has always asked of citizens. It is time the news asked the same of itself.',
      ),
      p('*Opinion pieces reflect the views of their authors, not necessarily those of Shortwave.*'),
    ],
  },
  {
    key: 'alpine-solar',
    language: 'en',
    section: 'business',
    kicker: 'Energy',
    headline: 'Valais approves an alpine solar park after three years of objections',
    lead: 'The 12-megawatt plant at 2,100 metres should supply 4,000 households, much of it in winter, when Switzerland imports electricity.',
    dateline: 'Sion',
    source: 'Keystone-SDA',
    authors: ['marco-bernasconi'],
    topics: ['climate'],
    hero: {
      image: 'solar-alps',
      alt: 'Rows of solar panels on an alpine meadow below snowy mountains',
      caption:
        'Above the fog, high-altitude panels produce far more power in winter than those in the lowlands.',
      credit: 'Keystone',
    },
    body: [
      p(
        'The cantonal government granted the building permit on Wednesday, ending a dispute that went through two courts. About **20,000 bifacial panels** will be mounted on steel frames on a south-facing slope above a village in the upper Rhône valley.',
      ),
      p(
        'High-altitude panels can produce up to three times more power in winter than those in the lowlands: they sit above the fog, the thin air lets more sunlight through, and snow on the ground reflects light onto their back side.',
      ),
      h2('Conservationists remain divided'),
      p(
        'A regional conservation group had appealed against the project, arguing that it would disturb the habitat of black grouse. The operator agreed to leave two corridors free of panels and to dismantle the plant after 30 years.',
      ),
      quote(
        [
          'We want the power, but we also want the mountains to look like mountains. This compromise is as close as we could get.',
        ],
        'Marie-Claire Rey, mayor of the municipality',
      ),
      more('glacier-explainer'),
      p(
        'Construction is due to begin next summer. Switzerland’s targets for renewable power are set out by the [Swiss Federal Office of Energy](https://www.bfe.admin.ch/).',
      ),
    ],
  },
  {
    key: 'ai-geneva',
    language: 'en',
    section: 'politics',
    kicker: 'International Geneva',
    headline: 'Health ministers in Geneva agree a first draft of rules for AI in hospitals',
    lead: 'Delegations from 46 countries agreed on principles for the use of artificial intelligence in diagnosis and treatment. Governments still have to approve the text.',
    dateline: 'Geneva',
    source: 'Reuters',
    authors: ['amira-haddad'],
    topics: ['international-geneva'],
    hero: {
      image: 'geneva-lake',
      alt: 'A tall lake fountain rising from deep blue water, mountains beyond',
      caption: 'Geneva hosts hundreds of international meetings every year.',
      credit: 'Reuters',
    },
    body: [
      p(
        'After four days of talks, the delegations agreed on a draft that would require hospitals to **tell patients when an AI system has contributed to a diagnosis**, and would keep a doctor responsible for every decision.',
      ),
      p(
        'The draft also asks developers to test their systems on data from different populations before selling them, to avoid tools that work well in one country and poorly in another.',
      ),
      h2('What the draft says'),
      ul([
        'Patients must be told when AI was used in their diagnosis or treatment.',
        'A qualified health professional remains responsible for every clinical decision.',
        'Systems must be tested on diverse patient data and monitored once they are in use.',
        'Serious errors must be reported to national health authorities.',
      ]),
      quote(
        [
          'Small countries cannot test every algorithm themselves. Shared rules mean none of us has to start from zero.',
        ],
        'A delegate from a West African health ministry',
      ),
      p(
        'Several delegations wanted binding rules; others, including some with large technology industries, preferred voluntary guidelines. The compromise leaves that question open until the next round of talks in the spring.',
      ),
      p(
        'The [World Health Organization](https://www.who.int/) has published guidance on the ethics and governance of artificial intelligence for health, which several delegations cited during the talks.',
      ),
    ],
  },
];
