import type { DemoBuilder } from './demo-builder.ts';
import {
  COLLEAGUES,
  DISTRIBUTORS,
  MEDIA,
  OTHER_CUSTOMERS,
  OWN_COMPANY,
  PARTNERS,
  type DemoOrganisation,
  type DemoPerson,
} from './demo-ecosystem.ts';
import { OTHER_PEOPLE } from './demo-people.ts';
import { DEMO_ROUTE } from './demo-route.ts';

type Tie = readonly [a: string, b: string, min: number, max: number];

/** Our own people: who works with whom every day. */
const COLLEAGUE_TIES: readonly Tie[] = [
  ['col-thomas-kraemer', 'col-petra-schulze', 0.85, 0.95],
  ['col-petra-schulze', 'col-jonas-brenner', 0.7, 0.9],
  ['col-petra-schulze', 'col-katharina-woehrle', 0.7, 0.9],
  ['col-petra-schulze', 'col-sandra-lehmann', 0.7, 0.9],
  ['col-petra-schulze', 'col-mehmet-aydin', 0.7, 0.9],
  ['col-petra-schulze', 'col-lukas-fuchs', 0.6, 0.8],
  ['col-petra-schulze', 'col-laura-pohl', 0.6, 0.8],
  ['col-stefan-huebner', 'col-jonas-brenner', 0.5, 0.7],
  ['col-stefan-huebner', 'col-katharina-woehrle', 0.6, 0.8],
  ['col-stefan-huebner', 'col-sandra-lehmann', 0.5, 0.7],
  ['col-nina-hoffmann', 'col-jan-wiebe', 0.8, 0.95],
  ['col-nina-hoffmann', 'col-stefan-huebner', 0.6, 0.8],
  ['col-thomas-kraemer', 'col-stefan-huebner', 0.6, 0.8],
  ['col-lukas-fuchs', 'col-mehmet-aydin', 0.5, 0.7],
  ['col-jonas-brenner', 'col-sandra-lehmann', 0.4, 0.6],
  ['col-katharina-woehrle', 'col-mehmet-aydin', 0.4, 0.6],
];

/** Where our people reach distributors, planners, consultants, the association and the press. */
const OUTSIDE_TIES: readonly Tie[] = [
  ['col-jonas-brenner', 'con-thn-dirk-juergensen', 0.7, 0.9],
  ['col-jonas-brenner', 'con-nmt-jens-moelgaard', 0.6, 0.8],
  ['col-katharina-woehrle', 'con-sib-georg-maier', 0.7, 0.9],
  ['col-sandra-lehmann', 'con-sib-verena-strauss', 0.4, 0.6],
  ['col-mehmet-aydin', 'con-ege-hakan-celik', 0.7, 0.9],
  ['col-lukas-fuchs', 'con-thn-maren-lueders', 0.5, 0.7],
  ['col-lukas-fuchs', 'con-nmt-freja-noergaard', 0.4, 0.6],
  ['col-stefan-huebner', DEMO_ROUTE.planner, 0.45, 0.5],
  ['col-stefan-huebner', 'inf-markus-engel', 0.6, 0.8],
  ['col-stefan-huebner', 'inf-rainer-vogel', 0.7, 0.9],
  ['col-sandra-lehmann', 'inf-tobias-roth', 0.6, 0.85],
  ['col-katharina-woehrle', 'inf-clemens-brandt', 0.5, 0.7],
  ['col-katharina-woehrle', 'inf-sabine-keller', 0.6, 0.8],
  ['col-katharina-woehrle', 'inf-frank-ostermann', 0.5, 0.7],
  ['col-sandra-lehmann', 'inf-anja-grossmann', 0.5, 0.75],
  ['col-mehmet-aydin', 'inf-pieter-jansen', 0.55, 0.75],
  ['col-thomas-kraemer', 'inf-ulrike-sommer', 0.8, 0.95],
  ['col-thomas-kraemer', 'inf-clemens-brandt', 0.6, 0.8],
  ['col-petra-schulze', 'inf-klaus-dietrich', 0.5, 0.7],
  ['col-petra-schulze', 'inf-lena-hofer', 0.4, 0.6],
  ['col-laura-pohl', 'jour-julia-brueckner', 0.6, 0.8],
  ['col-laura-pohl', 'jour-oliver-hass', 0.5, 0.7],
  ['col-petra-schulze', 'jour-katrin-vossberg', 0.3, 0.5],
  ['col-sandra-lehmann', 'inf-henrik-voss', 0.4, 0.6],
  ['col-nina-hoffmann', 'inf-henrik-voss', 0.5, 0.7],
  ['col-thomas-kraemer', 'jour-bernd-kuehn', 0.6, 0.8],
  ['col-jonas-brenner', 'jour-ingrid-soerensen', 0.3, 0.5],
  ['inf-heike-lindner', 'inf-markus-engel', 0.85, 0.95],
  ['inf-clemens-brandt', 'inf-sabine-keller', 0.8, 0.95],
  ['inf-ulrike-sommer', 'inf-klaus-dietrich', 0.8, 0.9],
  ['inf-ulrike-sommer', 'inf-rainer-vogel', 0.6, 0.8],
  ['inf-ulrike-sommer', 'jour-bernd-kuehn', 0.5, 0.7],
  ['inf-lena-hofer', 'jour-patrick-roloff', 0.5, 0.7],
  ['con-thn-dirk-juergensen', 'con-thn-maren-lueders', 0.8, 0.9],
  ['con-sib-georg-maier', 'con-sib-verena-strauss', 0.8, 0.9],
  ['con-nmt-jens-moelgaard', 'con-nmt-freja-noergaard', 0.8, 0.9],
  ['con-ege-hakan-celik', 'con-ege-derya-korkmaz', 0.8, 0.9],
];

const PARTNERSHIPS: readonly Tie[] = [
  [OWN_COMPANY.id, 'partner-fachverband', 0.7, 0.8],
  [OWN_COMPANY.id, 'partner-albrecht', 0.7, 0.9],
  [OWN_COMPANY.id, 'partner-dataforge', 0.5, 0.7],
  [OWN_COMPANY.id, 'partner-hif', 0.5, 0.6],
  [OWN_COMPANY.id, 'partner-ift', 0.5, 0.7],
  ['partner-lindner', 'partner-albrecht', 0.4, 0.6],
  ['partner-brandt', 'partner-dataforge', 0.4, 0.6],
  ...DISTRIBUTORS.map((d): Tie => [OWN_COMPANY.id, d.id, 0.6, 0.85]),
];

/** Who writes about whom in the trade press. */
const COVERAGE: readonly (readonly [string, string])[] = [
  ['media-antrieb', OWN_COMPANY.id],
  ['media-antrieb', 'cust-bergmann'],
  ['media-produktion', OWN_COMPANY.id],
  ['media-produktion', 'cust-schwarzwald'],
  ['media-nir', 'cust-nordjysk'],
  ['jour-bernd-kuehn', 'col-thomas-kraemer'],
  ['jour-julia-brueckner', OWN_COMPANY.id],
  ['jour-julia-brueckner', 'partner-fachverband'],
  ['jour-oliver-hass', 'cust-saechsische'],
  ['jour-oliver-hass', 'cust-hansa'],
  ['jour-patrick-roloff', 'cust-weiss'],
  ['jour-katrin-vossberg', 'col-thomas-kraemer'],
  ['jour-katrin-vossberg', 'cust-hansa'],
  ['jour-ingrid-soerensen', 'con-nordjysk-soeren-oestergaard'],
  ['jour-ingrid-soerensen', 'cust-nordjysk'],
];

/** The long tail: which distributor looks after which smaller customer. */
const TAIL_SUPPLY: readonly (readonly [string, string])[] = [
  ['dist-technikhandel-nord', 'cust-kessler'],
  ['dist-sued-industriebedarf', 'cust-fischer'],
  ['dist-sued-industriebedarf', 'cust-wolff'],
  ['dist-technikhandel-nord', 'cust-dueben'],
  ['dist-nordic-machinery', 'cust-odense'],
  ['dist-ege-endustri', 'cust-izmir'],
  ['dist-sued-industriebedarf', 'cust-graz'],
];

export function wireEcosystem(b: DemoBuilder): void {
  const organisations = [OWN_COMPANY, ...OTHER_CUSTOMERS, ...DISTRIBUTORS, ...PARTNERS, ...MEDIA];
  for (const org of organisations) addOrganisation(b, org);
  const countries = new Map(organisations.map((org) => [org.id, org]));
  for (const person of [...COLLEAGUES, ...OTHER_PEOPLE]) addPerson(b, person, countries);
  b.knows(DEMO_ROUTE.colleague, DEMO_ROUTE.planner, [0.9, 0.9], '2026-10-14');
  for (const [a, c, min, max] of [...COLLEAGUE_TIES, ...OUTSIDE_TIES]) b.knows(a, c, [min, max]);
  for (const [a, c, min, max] of PARTNERSHIPS) {
    b.relate('PARTNERS_WITH', a, c, { strength: b.random.between(min, max), since: b.since() });
  }
  for (const [source, target] of COVERAGE) {
    b.relate('REPORTS_ON', source, target, {
      strength: b.random.between(0.2, 0.45),
      lastContact: b.lastContact(0.3),
    });
  }
  for (const [distributor, customer] of TAIL_SUPPLY) {
    b.relate('SUPPLIES', distributor, customer, {
      strength: b.random.between(0.6, 0.9),
      since: b.since(),
    });
  }
  wireTail(b);
  b.relate('SUPPLIES', 'partner-albrecht', 'cust-bergmann', {
    strength: 0.55,
    since: '2021-02-01',
  });
  b.relate('SUPPLIES', 'partner-dataforge', 'cust-saechsische', {
    strength: 0.5,
    since: '2023-07-01',
  });
  b.relate('ADVISES', 'partner-hif', 'cust-anadolu', {
    strength: 0.5,
    notes: 'Finanziert die Linie 2 per Leasing.',
  });
  b.relate('ADVISES', 'inf-ulrike-sommer', OWN_COMPANY.id, { strength: 0.6 });
  b.relate('INFLUENCES', 'inf-lena-hofer', 'con-bergmann-martin-bergmann', { strength: 0.45 });
  b.relate('ADVISES', 'inf-henrik-voss', 'cust-weiss', {
    strength: 0.55,
    notes: 'Gutachten zur Ofenanlage 2026.',
  });
  b.relate('INFLUENCES', 'inf-rainer-vogel', 'con-saechsische-matthias-goebel', { strength: 0.7 });
}

function addOrganisation(b: DemoBuilder, org: DemoOrganisation): void {
  const customer = org.kind === 'Customer';
  b.node({
    id: org.id,
    kind: org.kind,
    name: org.name,
    city: org.city,
    country: org.country,
    tags: [...org.tags],
    ...(customer && {
      keyAccount: false,
      tier: 'C' as const,
      customerValue: b.random.int(4, 25) * 10_000,
      potential: b.random.int(10, 60) * 10_000,
    }),
  });
}

function addPerson(
  b: DemoBuilder,
  person: DemoPerson,
  orgs: ReadonlyMap<string, DemoOrganisation>,
) {
  const org = person.org ? orgs.get(person.org) : undefined;
  const domain = person.domain ?? org?.domain ?? OWN_COMPANY.domain;
  const spec = { ...person, country: org?.country ?? 'DE', domain };
  const overrides =
    person.id === DEMO_ROUTE.planner
      ? { consent: { status: 'granted' as const, date: '2023-01-20' } }
      : {};
  b.person(spec, {
    ...overrides,
    ...(person.id === DEMO_ROUTE.planner && { stance: 'champion' as const }),
  });
  if (person.org)
    b.relate('WORKS_FOR', person.id, person.org, {
      strength: b.random.between(0.75, 0.95),
      since: b.since(),
    });
}

/** Small customers: their people know each other, and our back office or the distributor knows them. */
function wireTail(b: DemoBuilder): void {
  const byOrg = new Map<string, string[]>();
  for (const person of OTHER_PEOPLE) {
    if (person.org?.startsWith('cust-'))
      byOrg.set(person.org, [...(byOrg.get(person.org) ?? []), person.id]);
  }
  for (const [org, people] of byOrg) {
    const [first, second] = people;
    for (const colleague of people.slice(1)) if (first) b.knows(first, colleague, [0.6, 0.9]);
    const supplier = TAIL_SUPPLY.find(([, customer]) => customer === org)?.[0];
    const rep = OTHER_PEOPLE.filter((person) => person.org === supplier).at(-1);
    if (rep && first) b.knows(rep.id, first, [0.5, 0.85]);
    if (second) b.knows('col-lukas-fuchs', second, [0.3, 0.6], b.lastContact(0.5));
  }
}
