/**
 * The demo's named route, for path tests and screenshots: at Hansa Präzisionsteile AG
 * the account manager's own ties are weak and stale, while the planner who designs
 * Hansa's new grinding cell knows him well and advises the technical director.
 * So the strongest way in is colleague -> planner -> decision maker.
 */
export const DEMO_ROUTE = {
  accountKey: 'hansa',
  account: 'cust-hansa',
  colleague: 'col-jonas-brenner',
  planner: 'inf-heike-lindner',
  decisionMaker: 'con-hansa-friedrich-hansen',
} as const;
