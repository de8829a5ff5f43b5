import type { DecisionRole } from '../../../graph-schema/index.ts';
import type { DemoAccount } from './demo-accounts.ts';
import { slugify, type DemoBuilder } from './demo-builder.ts';
import { OTHER_PEOPLE } from './demo-people.ts';
import { DEMO_ROUTE } from './demo-route.ts';

interface Member {
  readonly id: string;
  readonly role: DecisionRole;
}

/** A key account, its buying centre, and who of ours (and of theirs) reaches it. */
export function wireKeyAccount(b: DemoBuilder, account: DemoAccount): void {
  const customer = `cust-${account.key}`;
  b.node({
    id: customer,
    kind: 'Customer',
    name: account.name,
    city: account.city,
    country: account.country,
    keyAccount: true,
    tier: account.tier,
    customerValue: account.customerValue,
    potential: account.potential,
    tags: ['Key Account', ...account.tags],
  });
  const members = account.people.map(([name, title, role, notes]): Member => {
    const id = `con-${account.key}-${slugify(name)}`;
    const spec = { id, kind: 'Contact' as const, name, title, decisionRole: role };
    const where = { country: account.country, domain: account.domain };
    b.person(
      { ...spec, ...where, ...(notes && { notes }) },
      { city: account.city, ...routeOverrides(id) },
    );
    b.relate('WORKS_FOR', id, customer, {
      strength: b.random.between(0.7, 0.95),
      since: b.since(),
    });
    return { id, role };
  });
  wireBuyingCentre(b, members);
  wireOurSide(b, account, customer, members);
  wireThirdParties(b, account, customer, members);
}

/** The people on the route must be reachable: they agreed to be contacted. */
function routeOverrides(id: string) {
  return id === DEMO_ROUTE.decisionMaker
    ? { consent: { status: 'granted' as const, date: '2024-03-12' }, stance: 'neutral' as const }
    : {};
}

function wireBuyingCentre(b: DemoBuilder, members: readonly Member[]): void {
  const [decisionMaker, ...others] = members;
  if (!decisionMaker) return;
  for (const member of others) {
    const strength =
      member.role === 'gatekeeper' ? ([0.85, 0.95] as const) : ([0.45, 0.85] as const);
    b.knows(member.id, decisionMaker.id, strength);
  }
  const buyer = find(members, 'buyer');
  const user = find(members, 'user');
  const initiator = find(members, 'initiator');
  const influencer = find(members, 'influencer');
  if (buyer && user) b.knows(buyer, user, [0.4, 0.7]);
  if (initiator && user) b.knows(initiator, user, [0.6, 0.9]);
  if (initiator)
    b.relate('INFLUENCES', initiator, decisionMaker.id, { strength: b.random.between(0.5, 0.8) });
  if (influencer)
    b.relate('INFLUENCES', influencer, decisionMaker.id, { strength: b.random.between(0.4, 0.75) });
  if (user && buyer) b.relate('INFLUENCES', user, buyer, { strength: b.random.between(0.3, 0.6) });
}

/** Account managers, the boss for the big ones, application engineering and service. */
function wireOurSide(
  b: DemoBuilder,
  account: DemoAccount,
  customer: string,
  members: readonly Member[],
) {
  const weak = account.key === DEMO_ROUTE.accountKey;
  const [primary, secondary] = account.managers;
  if (primary) {
    b.relate('MANAGES', primary, customer, {
      strength: weak ? 0.45 : b.random.between(0.8, 0.95),
      since: weak ? '2025-04-01' : b.since(),
      lastContact: weak ? '2025-06-12' : b.lastContact(0.1),
    });
    const reach = weak ? ([0.3, 0.55] as const) : ([0.55, 0.9] as const);
    for (const role of ['buyer', 'gatekeeper', 'initiator'] as const) {
      const id = find(members, role);
      if (id) b.knows(primary, id, reach);
    }
    const decisionMaker = members[0]?.id;
    if (decisionMaker && !weak) b.knows(primary, decisionMaker, [0.5, 0.85]);
  }
  if (secondary) {
    b.relate('MANAGES', secondary, customer, { strength: 0.6, lastContact: b.lastContact() });
    if (members[0]) b.knows(secondary, members[0].id, [0.65, 0.85]);
  }
  const user = find(members, 'user');
  if (user) b.knows('col-stefan-huebner', user, [0.5, 0.8]);
  const buyer = find(members, 'buyer');
  if (buyer) b.knows('col-lukas-fuchs', buyer, [0.4, 0.7]);
  const initiator = find(members, 'initiator');
  if (initiator && b.random.chance(0.6)) b.knows('col-nina-hoffmann', initiator, [0.4, 0.75]);
}

/** Distributors who supply the account and the planners and consultants who advise it. */
function wireThirdParties(
  b: DemoBuilder,
  account: DemoAccount,
  customer: string,
  members: readonly Member[],
) {
  const decisionMaker = members[0]?.id;
  if (account.distributor) {
    b.relate('SUPPLIES', account.distributor, customer, {
      strength: b.random.between(0.5, 0.8),
      since: b.since(),
    });
    const rep = OTHER_PEOPLE.filter((person) => person.org === account.distributor).at(-1);
    const buyer = find(members, 'buyer');
    if (rep && buyer) b.knows(rep.id, buyer, [0.5, 0.85]);
  }
  for (const advisor of account.advisors) {
    b.relate('ADVISES', advisor, customer, {
      strength: b.random.between(0.55, 0.8),
      lastContact: b.lastContact(),
    });
    if (
      decisionMaker &&
      advisor === DEMO_ROUTE.planner &&
      decisionMaker === DEMO_ROUTE.decisionMaker
    ) {
      b.relate('ADVISES', advisor, decisionMaker, {
        strength: 0.92,
        sentiment: 0.7,
        since: '2018-09-01',
        lastContact: '2026-10-08',
        notes: 'Plant die neue Schleifzelle; Hansen folgt ihren Empfehlungen fast immer.',
      });
    } else if (decisionMaker) {
      b.relate('ADVISES', advisor, decisionMaker, {
        strength: b.random.between(0.55, 0.85),
        lastContact: b.lastContact(),
      });
    }
    const initiator = find(members, 'initiator');
    if (initiator) b.knows(advisor, initiator, [0.45, 0.7]);
  }
}

function find(members: readonly Member[], role: DecisionRole): string | undefined {
  return members.find((member) => member.role === role)?.id;
}
