import {
  DECISION_ROLES,
  INFLUENCER_TYPES,
  type NodeInput,
  type NodeKind,
} from '../../graph-schema/index.ts';
import { asciiSlug, cityName, mediaName, organisationName, personName, TITLES } from './names.ts';
import { ZipfPicker, type Prng } from './prng.ts';

/** Share of all nodes per kind; Contacts take the rest. Shaped after a mid-sized B2B CRM. */
const KIND_SHARE: Readonly<Partial<Record<NodeKind, number>>> = {
  Colleague: 0.02,
  Influencer: 0.04,
  Journalist: 0.01,
  Customer: 0.1,
  Distributor: 0.025,
  Partner: 0.01,
  Media: 0.005,
};

export const ID_PREFIX: Readonly<Record<NodeKind, string>> = {
  OwnCompany: 'own-',
  Colleague: 'col-',
  Contact: 'con-',
  Influencer: 'inf-',
  Journalist: 'jou-',
  Customer: 'cus-',
  Distributor: 'dis-',
  Partner: 'par-',
  Media: 'med-',
};

/** The nodes plus who works where: the skeleton the relationships hang on. */
export interface NodeLayout {
  readonly nodes: NodeInput[];
  readonly byKind: Readonly<Record<NodeKind, string[]>>;
  readonly keyAccounts: string[];
  readonly persons: string[];
  /** person id -> organisation id (becomes WORKS_FOR). */
  readonly employer: Map<string, string>;
  /** organisation id -> its people. */
  readonly staff: Map<string, string[]>;
}

export function layoutNodes(nodeCount: number, rng: Prng): NodeLayout {
  const counts = kindCounts(nodeCount);
  const byKind = Object.fromEntries(
    Object.entries(counts).map(([kind, n]) => [
      kind,
      Array.from({ length: n }, (_, i) => `${ID_PREFIX[kind as NodeKind]}${i}`),
    ]),
  ) as Record<NodeKind, string[]>;
  const orgCount = ['Customer', 'Distributor', 'Partner', 'Media', 'OwnCompany'].reduce(
    (sum, kind) => sum + counts[kind as NodeKind],
    0,
  );
  // Key accounts: ~1 % of organisations (at least 3, so small networks have some).
  const keyAccounts = byKind.Customer.slice(0, Math.max(3, Math.round(orgCount * 0.01)));
  const layout: NodeLayout = {
    nodes: [],
    byKind,
    keyAccounts,
    persons: [...byKind.Contact, ...byKind.Colleague, ...byKind.Influencer, ...byKind.Journalist],
    employer: new Map(),
    staff: new Map(),
  };
  assignEmployers(layout, rng);
  const roles = buyingCentres(layout, rng);
  const keySet = new Set(keyAccounts);
  for (const [kind, ids] of Object.entries(byKind) as [NodeKind, string[]][]) {
    for (const id of ids) layout.nodes.push(makeNode(id, kind, keySet.has(id), roles.get(id), rng));
  }
  return layout;
}

function kindCounts(n: number): Record<NodeKind, number> {
  const counts = { OwnCompany: 1, Contact: 0 } as Record<NodeKind, number>;
  let rest = n - 1;
  for (const [kind, share] of Object.entries(KIND_SHARE) as [NodeKind, number][]) {
    counts[kind] = Math.max(3, Math.round(n * share));
    rest -= counts[kind];
  }
  counts.Contact = Math.max(10, rest);
  return counts;
}

function employ(layout: NodeLayout, person: string, org: string): void {
  layout.employer.set(person, org);
  const staff = layout.staff.get(org);
  if (staff) staff.push(person);
  else layout.staff.set(org, [person]);
}

/** Contacts cluster in customers (Zipf: a few big accounts), the rest in channel firms. */
function assignEmployers(layout: NodeLayout, rng: Prng): void {
  const { byKind } = layout;
  const customers = new ZipfPicker(byKind.Customer, 0.9, rng);
  const channel = new ZipfPicker([...byKind.Distributor, ...byKind.Partner], 0.8, rng);
  const contacts = byKind.Contact;
  // Every key account gets a buying centre of 8-15 people first.
  let next = 0;
  for (const account of layout.keyAccounts) {
    const size = 8 + rng.int(8);
    for (let i = 0; i < size && next < contacts.length; i++)
      employ(layout, contacts[next++]!, account);
  }
  for (; next < contacts.length; next++) {
    const roll = rng.next();
    if (roll < 0.75) employ(layout, contacts[next]!, customers.pick(rng));
    else if (roll < 0.97) employ(layout, contacts[next]!, channel.pick(rng));
  }
  for (const id of byKind.Colleague) employ(layout, id, byKind.OwnCompany[0]!);
  for (const id of byKind.Journalist)
    if (rng.chance(0.9)) employ(layout, id, rng.pick(byKind.Media));
  for (const id of byKind.Influencer)
    if (rng.chance(0.3)) employ(layout, id, rng.pick(byKind.Partner));
}

/** Decision roles: the full buying centre at key accounts, a sprinkle elsewhere. */
function buyingCentres(layout: NodeLayout, rng: Prng): Map<string, string> {
  const roles = new Map<string, string>();
  const fixed = ['decision-maker', 'buyer', 'gatekeeper', 'initiator', 'influencer'];
  for (const account of layout.keyAccounts) {
    (layout.staff.get(account) ?? []).forEach((person, i) => {
      roles.set(person, fixed[i] ?? 'user');
    });
  }
  for (const person of layout.byKind.Contact) {
    const org = layout.employer.get(person);
    if (!roles.has(person) && org?.startsWith(ID_PREFIX.Customer) && rng.chance(0.3)) {
      roles.set(person, rng.pick(DECISION_ROLES));
    }
  }
  return roles;
}

function makeNode(
  id: string,
  kind: NodeKind,
  keyAccount: boolean,
  decisionRole: string | undefined,
  rng: Prng,
): NodeInput {
  const city = rng.chance(0.7) ? { city: cityName(rng), country: 'DE' } : {};
  switch (kind) {
    case 'OwnCompany':
      return { id, kind, name: 'Vektor Systeme GmbH', ...city };
    case 'Customer':
      return { id, kind, name: organisationName(rng), ...city, ...customerFields(keyAccount, rng) };
    case 'Media':
      return { id, kind, name: mediaName(rng), ...city };
    case 'Distributor':
    case 'Partner':
      return { id, kind, name: organisationName(rng), ...city };
    default:
      return personNode(id, kind, decisionRole, rng, city);
  }
}

function customerFields(keyAccount: boolean, rng: Prng): Partial<NodeInput> {
  const tier = keyAccount ? 'A' : rng.weighted({ A: 10, B: 30, C: 60 });
  const scale = keyAccount ? 5_000_000 : tier === 'A' ? 1_000_000 : 100_000;
  return {
    tier,
    ...(keyAccount ? { keyAccount: true } : {}),
    customerValue: Math.round(scale * (0.2 + rng.next())),
  };
}

function personNode(
  id: string,
  kind: NodeKind,
  decisionRole: string | undefined,
  rng: Prng,
  city: Partial<NodeInput>,
): NodeInput {
  const name = personName(rng);
  const node: NodeInput = { id, kind, name, ...city };
  if (rng.chance(0.7)) node.title = rng.pick(TITLES);
  if (rng.chance(0.6)) node.email = `${asciiSlug(name)}.${id}@example.com`;
  if (rng.chance(0.3)) node.phone = `+49 ${100 + rng.int(900)} ${100000 + rng.int(900000)}`;
  if (rng.chance(0.6)) {
    node.stance = rng.weighted({
      champion: 5,
      supporter: 20,
      neutral: 50,
      skeptic: 15,
      opponent: 10,
    });
  }
  if (decisionRole) node.decisionRole = decisionRole as NodeInput['decisionRole'];
  const consent =
    kind === 'Colleague' ? 'granted' : rng.weighted({ granted: 55, unknown: 33, denied: 12 });
  node.consent = { status: consent };
  if (kind === 'Influencer') node.influencerType = rng.pick(INFLUENCER_TYPES);
  if (rng.chance(0.1)) node.tags = rng.chance(0.5) ? ['messe-2025'] : ['newsletter', 'event'];
  return node;
}
