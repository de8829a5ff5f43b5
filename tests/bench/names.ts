import type { Prng } from './prng.ts';

/** Name parts as they occur in a German/European B2B address book, diacritics included. */
const FIRST = [
  'Anna',
  'Jürgen',
  'Stefan',
  'Katrin',
  'Thomas',
  'Sabine',
  'Michael',
  'Julia',
  'Andreas',
  'Claudia',
  'Peter',
  'Monika',
  'Frank',
  'Petra',
  'Markus',
  'Birgit',
  'Jörg',
  'Susanne',
  'Lukas',
  'Lena',
  'Björn',
  'Sören',
  'Zoë',
  'René',
  'Émilie',
  'James',
  'Sarah',
  'David',
  'Laura',
  'Marco',
  'Giulia',
  'Pierre',
  'Chloé',
  'Ahmet',
  'Elif',
  'Piotr',
  'Agnieszka',
  'Olaf',
  'Heike',
  'Uwe',
  'Ute',
  'Dirk',
  'Kerstin',
  'Maximilian',
  'Sophie',
  'Felix',
  'Marie',
] as const;

const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Weiß',
  'Jäger',
  'Groß',
  'Köhler',
  'Böhm',
  'Smith',
  'Johnson',
  'Rossi',
  'Dubois',
  'Kowalski',
  'Yılmaz',
  'Nowak',
  'Lefèvre',
  'García',
  'Öztürk',
  'Brandt',
  'Vogel',
  'Frank',
  'Lorenz',
] as const;

const ORG_STEM = [
  'Nordstern',
  'Alpen',
  'Rhein',
  'Elbe',
  'Hansa',
  'Süd',
  'Main',
  'Isar',
  'Donau',
  'Weser',
  'Baltic',
  'Atlas',
  'Vektor',
  'Kraftwerk',
  'Lumen',
  'Solaris',
  'Terra',
  'Aqua',
  'Ferrum',
  'Helix',
  'Quadrat',
  'Orbit',
  'Zenit',
  'Brücken',
  'Grün',
  'Blau',
  'Stahl',
  'Holz',
  'Glas',
] as const;

const ORG_TRADE = [
  'Bau',
  'Technik',
  'Logistik',
  'Energie',
  'Maschinen',
  'Systeme',
  'Medizintechnik',
  'Chemie',
  'Automotive',
  'Software',
  'Handel',
  'Elektro',
  'Pharma',
  'Immobilien',
] as const;

const ORG_FORM = ['GmbH', 'AG', 'GmbH & Co. KG', 'SE', 'KG', 'Ltd', 'S.A.'] as const;

const MEDIA = ['Zeitung', 'Kurier', 'Rundschau', 'Magazin', 'Report', 'Fachblatt', 'Online'];

const CITIES = [
  'München',
  'Köln',
  'Düsseldorf',
  'Hamburg',
  'Berlin',
  'Frankfurt am Main',
  'Stuttgart',
  'Nürnberg',
  'Zürich',
  'Wien',
  'Graz',
  'Leipzig',
  'Dresden',
  'Bremen',
  'Hannover',
  'Lyon',
] as const;

export const TITLES = [
  'Geschäftsführer',
  'Einkaufsleiterin',
  'Head of Procurement',
  'CTO',
  'Technischer Leiter',
  'Projektleiterin',
  'Key Account Manager',
  'Vertriebsleiter',
  'Referentin',
  'Ingenieur',
  'CFO',
  'Bereichsleiter Produktion',
  'IT-Leiterin',
  'Assistenz der Geschäftsführung',
] as const;

export function personName(rng: Prng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

export function organisationName(rng: Prng): string {
  return `${rng.pick(ORG_STEM)} ${rng.pick(ORG_TRADE)} ${rng.pick(ORG_FORM)}`;
}

export function mediaName(rng: Prng): string {
  return `${rng.pick(ORG_STEM)} ${rng.pick(MEDIA)}`;
}

export function cityName(rng: Prng): string {
  return rng.pick(CITIES);
}

/** ASCII local part for e-mail addresses (validators reject umlauts there). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}
