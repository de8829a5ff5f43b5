import type { DecisionRole, Tier } from '../../../graph-schema/index.ts';

/** One member of a buying centre: name, job title, role, and an optional note. */
export type BuyingCentreRow = readonly [
  name: string,
  title: string,
  role: DecisionRole,
  notes?: string,
];

export interface DemoAccount {
  /** Short key: the account's id is `cust-<key>`, its people `con-<key>-<name>`. */
  readonly key: string;
  readonly name: string;
  readonly city: string;
  readonly country: string;
  readonly tier: Tier;
  /** Revenue with us per year (EUR) and what the account could be worth. */
  readonly customerValue: number;
  readonly potential: number;
  readonly domain: string;
  readonly tags: readonly string[];
  readonly managers: readonly string[];
  readonly distributor?: string;
  /** Influencer ids that advise this account. */
  readonly advisors: readonly string[];
  /** The first row is the decision maker. */
  readonly people: readonly BuyingCentreRow[];
}

/**
 * The key accounts of Krämer Maschinenbau and their buying centres.
 * Hansa Präzisionsteile AG is the account with the textbook indirect route:
 * its account manager barely reaches the board, but the planner who designs
 * Hansa's new grinding line has the technical director's ear (see DEMO_ROUTE).
 */
export const KEY_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'hansa',
    name: 'Hansa Präzisionsteile AG',
    city: 'Hamburg',
    country: 'DE',
    tier: 'A',
    customerValue: 2_400_000,
    potential: 4_100_000,
    domain: 'hansa-praezision.de',
    tags: ['Präzisionsteile', 'Luftfahrt'],
    managers: ['col-jonas-brenner'],
    distributor: 'dist-technikhandel-nord',
    advisors: ['inf-heike-lindner'],
    people: [
      [
        'Dr. Friedrich Hansen',
        'Technischer Vorstand',
        'decision-maker',
        'Entscheidet 2027 über die neue Schleifzelle; hört vor allem auf das Ingenieurbüro Lindner.',
      ],
      ['Birgit Matthiesen', 'Leiterin Einkauf', 'buyer'],
      ['Ole Petersen', 'Fertigungsleiter', 'user'],
      ['Anke Claußen', 'Assistentin des Vorstands', 'gatekeeper'],
      ['Sven Müller', 'Leiter Instandhaltung', 'initiator'],
      ['Dr. Jana Thießen', 'Leiterin Qualitätsmanagement', 'influencer'],
      ['Malte Brodersen', 'Maschinenbediener Schleiferei', 'user'],
    ],
  },
  {
    key: 'bergmann',
    name: 'Bergmann Automotive Systems GmbH',
    city: 'Stuttgart',
    country: 'DE',
    tier: 'A',
    customerValue: 3_100_000,
    potential: 3_800_000,
    domain: 'bergmann-automotive.de',
    tags: ['Automobilzulieferer'],
    managers: ['col-katharina-woehrle', 'col-thomas-kraemer'],
    distributor: 'dist-sued-industriebedarf',
    advisors: ['inf-clemens-brandt'],
    people: [
      ['Martin Bergmann', 'Geschäftsführer', 'decision-maker'],
      ['Claudia Schäfer', 'Leiterin Einkauf', 'buyer'],
      ['Wang Fang (王芳)', 'Leiterin Qualitätssicherung Werk Taicang', 'influencer'],
      ['Jürgen Weber', 'Produktionsleiter', 'user'],
      ['Monika Rieß', 'Sekretariat der Geschäftsführung', 'gatekeeper'],
      ['Florian Maier', 'Projektleiter Industrie 4.0', 'initiator'],
      ['Andrea Müller', 'Strategische Einkäuferin', 'buyer'],
    ],
  },
  {
    key: 'rheintal',
    name: 'Rheintal Verpackungstechnik GmbH',
    city: 'Bingen am Rhein',
    country: 'DE',
    tier: 'B',
    customerValue: 850_000,
    potential: 1_600_000,
    domain: 'rheintal-verpackung.de',
    tags: ['Verpackung'],
    managers: ['col-petra-schulze'],
    advisors: ['inf-tobias-roth'],
    people: [
      ['Dr. Andreas Köhler', 'Technischer Geschäftsführer', 'decision-maker'],
      ['Susanne Becker', 'Einkäuferin', 'buyer'],
      ['Kai Neumann', 'Schichtleiter Verpackung', 'user'],
      ['Gabriele Hartmann', 'Assistenz der Geschäftsführung', 'gatekeeper'],
      ['Michael Schmitt', 'Leiter Produktionsplanung', 'initiator'],
      ['Ursula Lang', 'Leiterin Controlling', 'influencer'],
    ],
  },
  {
    key: 'schwarzwald',
    name: 'Schwarzwald Medizintechnik GmbH & Co. KG',
    city: 'Tuttlingen',
    country: 'DE',
    tier: 'A',
    customerValue: 1_900_000,
    potential: 2_500_000,
    domain: 'schwarzwald-medtech.de',
    tags: ['Medizintechnik', 'Reinraum'],
    managers: ['col-katharina-woehrle'],
    distributor: 'dist-sued-industriebedarf',
    advisors: ['inf-sabine-keller', 'inf-anja-grossmann'],
    people: [
      ['Dr. Eva Straub', 'Geschäftsführerin', 'decision-maker'],
      ['Wolfgang Hölzle', 'Leiter Einkauf und Logistik', 'buyer'],
      ['Melanie Fritz', 'Leiterin Reinraumfertigung', 'user'],
      ['Herbert Kienzle', 'Betriebsleiter', 'influencer'],
      ['Sabine Faißt', 'Teamleiterin Lieferantenmanagement', 'gatekeeper'],
      ['Tim Duffner', 'Prozessingenieur', 'initiator'],
    ],
  },
  {
    key: 'nordjysk',
    name: 'Nordjysk Vindkraft A/S',
    city: 'Aalborg',
    country: 'DK',
    tier: 'B',
    customerValue: 1_200_000,
    potential: 3_000_000,
    domain: 'nordjysk-vind.dk',
    tags: ['Windenergie', 'Export'],
    managers: ['col-jonas-brenner'],
    distributor: 'dist-nordic-machinery',
    advisors: ['inf-pieter-jansen'],
    people: [
      ['Søren Østergaard', 'Produktionsdirektør', 'decision-maker'],
      ['Mette Kjærgaard', 'Indkøbschef', 'buyer'],
      ['Rasmus Holm', 'Vedligeholdelseschef', 'user'],
      ['Louise Dahl', 'Direktionsassistent', 'gatekeeper'],
      ['Anders Bech', 'Projektleder', 'initiator'],
      ['Karen Lund', 'Kvalitetschef', 'influencer'],
    ],
  },
  {
    key: 'alpina',
    name: 'Alpina Lebensmitteltechnik AG',
    city: 'Luzern',
    country: 'CH',
    tier: 'B',
    customerValue: 700_000,
    potential: 1_400_000,
    domain: 'alpina-lt.ch',
    tags: ['Lebensmittel', 'Export'],
    managers: ['col-katharina-woehrle'],
    advisors: ['inf-frank-ostermann'],
    people: [
      ['Reto Amstutz', 'CEO', 'decision-maker'],
      ['Corinne Zürcher', 'Leiterin Beschaffung', 'buyer'],
      ['Beat Gisler', 'Leiter Technik', 'user'],
      ['Nadine Bürgi', 'Assistentin der Geschäftsleitung', 'gatekeeper'],
      ['Lukas Imhof', 'Leiter Qualität', 'influencer'],
      ['Simon Kälin', 'Projektingenieur', 'initiator'],
    ],
  },
  {
    key: 'weiss',
    name: 'Gießerei Weiß GmbH',
    city: 'Amberg',
    country: 'DE',
    tier: 'C',
    customerValue: 420_000,
    potential: 600_000,
    domain: 'giesserei-weiss.de',
    tags: ['Gießerei'],
    managers: ['col-sandra-lehmann'],
    distributor: 'dist-sued-industriebedarf',
    advisors: ['inf-anja-grossmann'],
    people: [
      ['Hans-Peter Weiß', 'Geschäftsführender Gesellschafter', 'decision-maker'],
      ['Renate Grötsch', 'Einkauf', 'buyer'],
      ['Alois Schmid', 'Gießereimeister', 'user'],
      ['Stefan Bauer', 'Leiter Arbeitssicherheit', 'influencer'],
      ['Christine Weiß', 'Prokuristin', 'gatekeeper'],
      ['Markus Strobl', 'Leiter Gussputzerei', 'initiator'],
    ],
  },
  {
    key: 'anadolu',
    name: 'Anadolu Makina Sanayi A.Ş.',
    city: 'Bursa',
    country: 'TR',
    tier: 'B',
    customerValue: 950_000,
    potential: 2_200_000,
    domain: 'anadolu-makina.com.tr',
    tags: ['Export', 'Landmaschinen'],
    managers: ['col-mehmet-aydin'],
    distributor: 'dist-ege-endustri',
    advisors: [],
    people: [
      ['Kemal Işık', 'Genel Müdür', 'decision-maker'],
      ['Ayşe Yıldız', 'Satın Alma Müdürü', 'buyer'],
      ['Burak Demir', 'Üretim Müdürü', 'user'],
      ['Elif Kılıç', 'Yönetici Asistanı', 'gatekeeper'],
      ['Can Öztürk', 'Proje Mühendisi', 'initiator'],
      ['Zeynep Aydoğan', 'Kalite Müdürü', 'influencer'],
    ],
  },
  {
    key: 'saechsische',
    name: 'Sächsische Kunststoffwerke GmbH',
    city: 'Chemnitz',
    country: 'DE',
    tier: 'B',
    customerValue: 1_050_000,
    potential: 1_900_000,
    domain: 'saechsische-kunststoff.de',
    tags: ['Kunststoff', 'Spritzguss'],
    managers: ['col-sandra-lehmann'],
    advisors: ['inf-tobias-roth', 'inf-clemens-brandt'],
    people: [
      ['Ronny Uhlig', 'Werkleiter', 'decision-maker'],
      ['Kerstin Mende', 'Leiterin Einkauf', 'buyer'],
      ['Denise Schubert', 'Leiterin Spritzguss', 'user'],
      ['Doreen Möbius', 'Assistentin der Werkleitung', 'gatekeeper'],
      ['Uwe Lorenz', 'Leiter Instandhaltung', 'initiator'],
      ['Dr. Matthias Göbel', 'Leiter Technologie', 'influencer'],
    ],
  },
  {
    key: 'lombarda',
    name: 'Lombarda Componenti S.p.A.',
    city: 'Brescia',
    country: 'IT',
    tier: 'C',
    customerValue: 380_000,
    potential: 900_000,
    domain: 'lombarda-componenti.it',
    tags: ['Export', 'Hydraulik'],
    managers: ['col-mehmet-aydin'],
    advisors: ['inf-pieter-jansen'],
    people: [
      ['Giulia Bernardi', 'Amministratrice Delegata', 'decision-maker'],
      ['Marco Ferraro', 'Responsabile Acquisti', 'buyer'],
      ['Luca Colombo', 'Capo Reparto Produzione', 'user'],
      ['Francesca Rinaldi', 'Assistente di Direzione', 'gatekeeper'],
      ['Paolo Gatti', 'Ingegnere di Processo', 'initiator'],
    ],
  },
];
