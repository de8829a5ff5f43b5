import { foldText } from '../../shared/search/fold-text.ts';
import type { NodeInput, NodeKind, StakeholderNode } from '../../graph-schema/index.ts';
import { toConsent, type ConsentDraft } from './consent-form.ts';
import { toNode, type NodeDraft } from './node-form.ts';

/** Short, readable id prefixes per kind: `contact-jana-ortmann`, `customer-keller-anlagenbau`. */
const PREFIX: Readonly<Record<NodeKind, string>> = {
  Customer: 'customer',
  Distributor: 'distributor',
  Partner: 'partner',
  Media: 'media',
  OwnCompany: 'own',
  Contact: 'contact',
  Influencer: 'influencer',
  Journalist: 'journalist',
  Colleague: 'colleague',
};

const MAX_SLUG = 60;
const UMLAUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * An id people can read in CSV exports and URLs: the kind and the name folded to
 * ASCII, German style (`Jürgen Weiß` → `contact-juergen-weiss`).
 */
export function baseId(kind: NodeKind, name: string): string {
  const german = name.replace(/[äöüÄÖÜ]/g, (c) => `${UMLAUT[c.toLowerCase()] ?? c}`);
  const slug = foldText(german)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return `${PREFIX[kind]}-${slug === '' ? 'new' : slug}`;
}

/** The base id, or with `-2`, `-3`… when a stakeholder already has it. */
export async function freeId(
  kind: NodeKind,
  name: string,
  exists: (id: string) => Promise<boolean>,
): Promise<string> {
  const base = baseId(kind, name);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
}

/** The empty record a new stakeholder starts from; the form's fields are laid over it. */
export function blankNode(kind: NodeKind, id: string): StakeholderNode {
  return { id, kind, name: '', tags: [] };
}

/** The record to create: kind and id plus the form's fields (and consent for people). */
export function toNewNode(
  kind: NodeKind,
  id: string,
  draft: NodeDraft,
  consent?: ConsentDraft,
): NodeInput {
  const node = toNode(blankNode(kind, id), draft, consent);
  if (consent && toConsent(consent) === undefined) delete (node as { consent?: unknown }).consent;
  return node;
}

export const EMPTY_DRAFT: NodeDraft = {
  name: '',
  title: '',
  email: '',
  phone: '',
  city: '',
  country: '',
  keyAccount: '',
  tier: '',
  customerValue: '',
  stance: '',
  decisionRole: '',
  influencerType: '',
  tags: '',
  notes: '',
};
