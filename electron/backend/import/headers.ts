import {
  IMPORT_COLLECTIONS,
  IMPORT_FIELDS,
  KEEP_AS_PROPERTY,
  type ImportCollection,
} from '../../../shared/domain/import.schema.ts';

/**
 * Column headers as they appear in real files, mapped to the fields of the
 * canonical CSV (DESIGN.md). Matching ignores case, accents, spaces and
 * punctuation, so `E-Mail`, `e_mail` and `EMAIL` are all `email`.
 */
export const COLLECTIONS = IMPORT_COLLECTIONS;
export type Collection = ImportCollection;

/** Canonical CSV header (the field in snake_case) -> field of the row record, per collection. */
export const CANONICAL_COLUMNS: Readonly<Record<Collection, Readonly<Record<string, string>>>> = {
  nodes: canonical(IMPORT_FIELDS.nodes),
  relationships: canonical(IMPORT_FIELDS.relationships),
  interactions: canonical(IMPORT_FIELDS.interactions),
};

function canonical(fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), field]),
  );
}

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

/**
 * Header (normalised) -> field, `properties.X`, `property` (kept under its own
 * name) or `ignore`: presets, mapping files and the wizard's mapping.
 */
export type HeaderOverrides = ReadonlyMap<string, string>;

/**
 * Binds each column to a field. Explicit overrides (mapping, preset) win over
 * `prop:` columns, canonical names and aliases; a field claimed twice keeps its
 * first column and the later one is kept as a property. Nothing is dropped silently.
 * A column without a header is named `column N`, and overrides may use that name.
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
    const shown = header === '' ? `column ${index + 1}` : header;
    const prefixed = header.toLowerCase().startsWith(PROPERTY_PREFIX);
    const key = normaliseHeader(shown);
    const wanted = overrides.get(key) ?? (prefixed ? KEEP_AS_PROPERTY : lookup.get(key));
    let target: ColumnTarget;
    if (wanted === 'ignore') {
      target = { ignore: true };
    } else if (wanted === KEEP_AS_PROPERTY) {
      target = { property: prefixed ? header.slice(PROPERTY_PREFIX.length) : shown };
    } else if (wanted?.startsWith('properties.')) {
      target = { property: wanted.slice('properties.'.length) };
    } else if (wanted !== undefined && !claimed.has(wanted)) {
      claimed.add(wanted);
      target = { field: wanted };
    } else {
      target = header === '' ? { ignore: true } : { property: header };
    }
    return { index, header: shown, target };
  });
}

/** Accepts a canonical header (`last_contact`), a field (`lastContact`) or an alias. */
export function fieldFor(name: string, collection: Collection): string | undefined {
  if (name === 'ignore' || name === KEEP_AS_PROPERTY || name.startsWith('properties.')) return name;
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
