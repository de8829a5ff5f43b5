import type { InfluencerType, NodeKind } from '../../../graph-schema/index.ts';

export interface DemoOrganisation {
  readonly id: string;
  readonly kind: Extract<NodeKind, 'OwnCompany' | 'Customer' | 'Distributor' | 'Partner' | 'Media'>;
  readonly name: string;
  readonly city: string;
  readonly country: string;
  readonly domain: string;
  readonly tags: readonly string[];
}

export interface DemoPerson {
  readonly id: string;
  readonly kind: Extract<NodeKind, 'Colleague' | 'Contact' | 'Influencer' | 'Journalist'>;
  readonly name: string;
  readonly title: string;
  /** The organisation they work for; freelancers have none (then `domain` is theirs). */
  readonly org?: string;
  readonly domain?: string;
  readonly influencerType?: InfluencerType;
}

export const OWN_COMPANY: DemoOrganisation = {
  id: 'own-kraemer',
  kind: 'OwnCompany',
  name: 'Krämer Maschinenbau GmbH',
  city: 'Gütersloh',
  country: 'DE',
  domain: 'kraemer-maschinenbau.de',
  tags: ['Schleifmaschinen', 'Automation'],
};

const own = (id: string, name: string, title: string): DemoPerson => ({
  id,
  kind: 'Colleague',
  name,
  title,
  org: OWN_COMPANY.id,
});

export const COLLEAGUES: readonly DemoPerson[] = [
  own('col-thomas-kraemer', 'Thomas Krämer', 'Geschäftsführender Gesellschafter'),
  own('col-petra-schulze', 'Petra Schulze', 'Vertriebsleiterin'),
  own('col-jonas-brenner', 'Jonas Brenner', 'Key Account Manager Nord'),
  own('col-katharina-woehrle', 'Katharina Wöhrle', 'Key Account Managerin Süd'),
  own('col-sandra-lehmann', 'Sandra Lehmann', 'Key Account Managerin Ost'),
  own('col-mehmet-aydin', 'Mehmet Aydın', 'Key Account Manager International'),
  own('col-stefan-huebner', 'Dr. Stefan Hübner', 'Leiter Anwendungstechnik'),
  own('col-nina-hoffmann', 'Nina Hoffmann', 'Leiterin Service'),
  own('col-lukas-fuchs', 'Lukas Fuchs', 'Vertriebsinnendienst'),
  own('col-laura-pohl', 'Laura Pohl', 'Marketing und Messen'),
  own('col-jan-wiebe', 'Jan Wiebe', 'Servicetechniker'),
];

const org = (
  id: string,
  kind: DemoOrganisation['kind'],
  name: string,
  place: readonly [city: string, country: string],
  domain: string,
  tags: readonly string[] = [],
): DemoOrganisation => ({ id, kind, name, city: place[0], country: place[1], domain, tags });

/** Customers that are not key accounts: the long tail a distributor looks after. */
export const OTHER_CUSTOMERS: readonly DemoOrganisation[] = [
  org(
    'cust-fischer',
    'Customer',
    'Fischer Feinmechanik GmbH',
    ['Wetzlar', 'DE'],
    'fischer-feinmechanik.de',
  ),
  org(
    'cust-kessler',
    'Customer',
    'Kessler Antriebstechnik KG',
    ['Bremen', 'DE'],
    'kessler-antriebe.de',
  ),
  org(
    'cust-wolff',
    'Customer',
    'Wolff & Söhne Werkzeugbau GmbH',
    ['Lüdenscheid', 'DE'],
    'wolff-soehne.de',
  ),
  org(
    'cust-dueben',
    'Customer',
    'Dübener Blechbearbeitung GmbH',
    ['Bad Düben', 'DE'],
    'dueben-blech.de',
  ),
  org('cust-odense', 'Customer', 'Fyns Stålindustri ApS', ['Odense', 'DK'], 'fyns-staal.dk'),
  org('cust-izmir', 'Customer', 'Körfez Döküm Ltd. Şti.', ['İzmir', 'TR'], 'korfez-dokum.com.tr'),
  org('cust-graz', 'Customer', 'Steirische Federnwerke GmbH', ['Graz', 'AT'], 'federnwerke.at'),
];

export const DISTRIBUTORS: readonly DemoOrganisation[] = [
  org(
    'dist-technikhandel-nord',
    'Distributor',
    'Technikhandel Nord GmbH',
    ['Hamburg', 'DE'],
    'technikhandel-nord.de',
  ),
  org(
    'dist-sued-industriebedarf',
    'Distributor',
    'Süd-Industriebedarf Maier KG',
    ['Augsburg', 'DE'],
    'sued-industriebedarf.de',
  ),
  org(
    'dist-nordic-machinery',
    'Distributor',
    'Nordic Machinery Trading ApS',
    ['Odense', 'DK'],
    'nordic-machinery.dk',
  ),
  org(
    'dist-ege-endustri',
    'Distributor',
    'Ege Endüstri Ticaret Ltd. Şti.',
    ['İzmir', 'TR'],
    'ege-endustri.com.tr',
  ),
];

/** Planning offices, consultancies, the association, a broker, an institute and real partners. */
export const PARTNERS: readonly DemoOrganisation[] = [
  org(
    'partner-lindner',
    'Partner',
    'Ingenieurbüro Lindner & Partner',
    ['Bielefeld', 'DE'],
    'ib-lindner.de',
    ['Planungsbüro'],
  ),
  org(
    'partner-roth',
    'Partner',
    'Fabrikplanung Roth GmbH',
    ['Dresden', 'DE'],
    'fabrikplanung-roth.de',
    ['Planungsbüro'],
  ),
  org(
    'partner-brandt',
    'Partner',
    'Brandt Industrial Consulting GmbH',
    ['Düsseldorf', 'DE'],
    'brandt-consulting.de',
    ['Beratung'],
  ),
  org(
    'partner-fachverband',
    'Partner',
    'Fachverband Werkzeugmaschinen und Automation e.V.',
    ['Frankfurt am Main', 'DE'],
    'fwa-verband.de',
    ['Verband'],
  ),
  org(
    'partner-jansen',
    'Partner',
    'Jansen Industrial Brokers B.V.',
    ['Rotterdam', 'NL'],
    'jansen-brokers.nl',
    ['Makler'],
  ),
  org(
    'partner-ift',
    'Partner',
    'Institut für Fertigungstechnik Aachen',
    ['Aachen', 'DE'],
    'ift-aachen.de',
    ['Forschung'],
  ),
  org(
    'partner-albrecht',
    'Partner',
    'Steuerungstechnik Albrecht GmbH',
    ['Paderborn', 'DE'],
    'albrecht-steuerung.de',
    ['Systemintegrator'],
  ),
  org(
    'partner-dataforge',
    'Partner',
    'DataForge Software GmbH',
    ['Karlsruhe', 'DE'],
    'dataforge.de',
    ['MES', 'Software'],
  ),
  org(
    'partner-hif',
    'Partner',
    'Hanseatische Industriefinanz GmbH',
    ['Hamburg', 'DE'],
    'hanseatische-if.de',
    ['Leasing'],
  ),
];

export const MEDIA: readonly DemoOrganisation[] = [
  org('media-antrieb', 'Media', 'Antrieb & Fertigung', ['München', 'DE'], 'antrieb-fertigung.de', [
    'Fachzeitschrift',
  ]),
  org(
    'media-produktion',
    'Media',
    'Produktion kompakt',
    ['Landsberg am Lech', 'DE'],
    'produktion-kompakt.de',
    ['Fachzeitschrift'],
  ),
  org(
    'media-nir',
    'Media',
    'Nordic Industry Review',
    ['København', 'DK'],
    'nordic-industry-review.dk',
    ['Fachzeitschrift'],
  ),
];
