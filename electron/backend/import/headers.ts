/**
 * Column headers as they appear in real files, mapped to the fields of the
 * canonical CSV (DESIGN.md). Matching ignores case, accents, spaces and
 * punctuation, so `E-Mail`, `e_mail` and `EMAIL` are all `email`.
 */
export const COLLECTIONS = ['nodes', 'relationships', 'interactions'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Canonical CSV header -> field of the row record, per collection. */
export const CANONICAL_COLUMNS: Readonly<Record<Collection, Readonly<Record<string, string>>>> = {
  nodes: {
    id: 'id',
    kind: 'kind',
    name: 'name',
    organization: 'organization',
    title: 'title',
    email: 'email',
    phone: 'phone',
    city: 'city',
    country: 'country',
    tier: 'tier',
    key_account: 'keyAccount',
    customer_value: 'customerValue',
    potential: 'potential',
    stance: 'stance',
    decision_role: 'decisionRole',
    consent: 'consent',
    consent_date: 'consentDate',
    consent_channels: 'consentChannels',
    influencer_type: 'influencerType',
    tags: 'tags',
    notes: 'notes',
    source: 'source',
    first_name: 'firstName',
    last_name: 'lastName',
  },
  relationships: {
    source: 'source',
    target: 'target',
    type: 'type',
    strength: 'strength',
    sentiment: 'sentiment',
    since: 'since',
    last_contact: 'lastContact',
    origin: 'origin',
    notes: 'notes',
  },
  interactions: {
    id: 'id',
    date: 'date',
    channel: 'channel',
    participants: 'participants',
    summary: 'summary',
    sentiment: 'sentiment',
    origin: 'origin',
  },
};

/** Other names people use, German and English; keys are already normalised. */
const ALIASES: Readonly<Record<Collection, Readonly<Record<string, readonly string[]>>>> = {
  nodes: {
    id: ['nodeid', 'stakeholderid', 'kennung'],
    kind: ['art', 'typ', 'type', 'stakeholdertyp', 'kategorie'],
    name: ['fullname', 'vollername', 'displayname', 'anzeigename', 'kontaktname'],
    firstName: ['firstname', 'givenname', 'vorname'],
    lastName: ['lastname', 'familyname', 'surname', 'nachname'],
    organization: [
      'organisation',
      'company',
      'firma',
      'unternehmen',
      'organizationname',
      'arbeitgeber',
      'employer',
      'accountname',
      'companyname',
    ],
    title: ['jobtitle', 'position', 'funktion', 'berufsbezeichnung', 'organizationtitle'],
    email: ['emailaddress', 'mail', 'emailadresse', 'mailadresse', 'email1value'],
    phone: [
      'telefon',
      'tel',
      'phonenumber',
      'telefonnummer',
      'mobile',
      'mobil',
      'mobiltelefon',
      'handy',
      'businessphone',
      'telefongeschaftlich',
      'phone1value',
    ],
    city: ['ort', 'stadt', 'businesscity', 'ortgeschaftlich'],
    country: [
      'land',
      'businesscountry',
      'businesscountryregion',
      'landregiongeschaftlich',
      'countryregion',
    ],
    tier: ['kundenklasse', 'klasse', 'abcklasse'],
    keyAccount: ['keyaccount', 'schlusselkunde', 'schluesselkunde'],
    customerValue: ['customervalue', 'kundenwert'],
    potential: ['potenzial', 'potential'],
    stance: ['haltung', 'einstellung'],
    decisionRole: ['decisionrole', 'rolle', 'role', 'buyingcenterrole', 'rolleimbuyingcenter'],
    consent: ['einwilligung', 'consentstatus'],
    consentDate: ['consentdate', 'einwilligungsdatum', 'einwilligungam'],
    consentChannels: ['consentchannels', 'einwilligungskanale', 'einwilligungskanaele'],
    influencerType: ['influencertype', 'beeinflussertyp', 'artdesbeeinflussers'],
    tags: ['schlagworte', 'schlagworter', 'labels', 'kategorien', 'categories', 'stichworte'],
    notes: ['notizen', 'bemerkungen', 'anmerkungen', 'kommentar', 'comment', 'comments'],
    source: ['quelle', 'herkunft', 'datenquelle'],
  },
  relationships: {
    source: ['quelle', 'von', 'from', 'sourceid', 'start'],
    target: ['ziel', 'nach', 'to', 'targetid', 'end'],
    type: ['typ', 'art', 'beziehung', 'relationship', 'relationshiptype', 'beziehungstyp'],
    strength: ['starke', 'staerke', 'gewicht', 'weight'],
    sentiment: ['stimmung'],
    since: ['seit', 'beginn'],
    lastContact: ['lastcontact', 'letzterkontakt', 'lastcontacted', 'zuletzt'],
    origin: ['herkunft', 'datenquelle'],
    notes: ['notizen', 'bemerkungen', 'kommentar'],
  },
  interactions: {
    date: ['datum', 'wann'],
    channel: ['kanal', 'art'],
    participants: ['teilnehmer', 'beteiligte'],
    summary: ['zusammenfassung', 'betreff', 'subject', 'inhalt'],
    sentiment: ['stimmung'],
    origin: ['quelle', 'herkunft'],
  },
};

/** Prefix of exported extra properties, so they can never collide with an alias. */
export const PROPERTY_PREFIX = 'prop:';

/** Lower case, no accents, `ß` as `ss`, letters and digits only. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

export type ColumnTarget =
  { readonly field: string } | { readonly property: string } | { readonly ignore: true };

export interface ColumnBinding {
  readonly index: number;
  readonly header: string;
  readonly target: ColumnTarget;
}

/** Header (normalised) -> field or `properties.X` or `ignore`; presets and mapping files. */
export type HeaderOverrides = ReadonlyMap<string, string>;

/**
 * Binds each column to a field. Explicit overrides (mapping file, preset) win over
 * canonical names and aliases; a field claimed twice keeps its first column and
 * the later one is kept as a property. Nothing is dropped silently.
 */
export function bindHeaders(
  headers: readonly string[],
  collection: Collection,
  overrides: HeaderOverrides = new Map(),
): ColumnBinding[] {
  const lookup = aliasLookup(collection);
  const claimed = new Set<string>();
  return headers.map((raw, index) => {
    const header = raw.trim();
    const key = normaliseHeader(header);
    const wanted = overrides.get(key) ?? lookup.get(key);
    let target: ColumnTarget;
    if (header.toLowerCase().startsWith(PROPERTY_PREFIX)) {
      target = { property: header.slice(PROPERTY_PREFIX.length) };
    } else if (wanted === 'ignore') {
      target = { ignore: true };
    } else if (wanted?.startsWith('properties.')) {
      target = { property: wanted.slice('properties.'.length) };
    } else if (wanted !== undefined && !claimed.has(wanted)) {
      claimed.add(wanted);
      target = { field: wanted };
    } else {
      target = header === '' ? { ignore: true } : { property: header };
    }
    return { index, header: header === '' ? `column ${index + 1}` : header, target };
  });
}

/** Accepts a canonical header (`last_contact`), a field (`lastContact`) or an alias. */
export function fieldFor(name: string, collection: Collection): string | undefined {
  if (name === 'ignore' || name.startsWith('properties.')) return name;
  return aliasLookup(collection).get(normaliseHeader(name));
}

/** How many headers of a line are known: used to find the header row after a preamble. */
export function knownHeaderCount(cells: readonly string[], collection: Collection): number {
  const lookup = aliasLookup(collection);
  return cells.filter((cell) => lookup.has(normaliseHeader(cell))).length;
}

const lookups = new Map<Collection, Map<string, string>>();

function aliasLookup(collection: Collection): Map<string, string> {
  const cached = lookups.get(collection);
  if (cached) return cached;
  const lookup = new Map<string, string>();
  for (const [header, field] of Object.entries(CANONICAL_COLUMNS[collection])) {
    lookup.set(normaliseHeader(header), field);
    lookup.set(normaliseHeader(field), field);
  }
  for (const [field, aliases] of Object.entries(ALIASES[collection])) {
    for (const alias of aliases) if (!lookup.has(alias)) lookup.set(alias, field);
  }
  lookups.set(collection, lookup);
  return lookup;
}
