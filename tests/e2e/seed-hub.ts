import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { openEmbeddedStore } from '../../electron/backend/store/open-embedded-store.ts';

/**
 * A wholesaler with a large staff, written straight into a test's store: a hub
 * with more relationships than a first view shows, and a scene layouts need a while for.
 */
export async function seedHub(storePath: string, staffCount: number): Promise<void> {
  const store = await openEmbeddedStore(storePath);
  const staff = Array.from({ length: staffCount }, (_, i) => ({
    id: `staff-${i}`,
    kind: 'Contact' as const,
    name: `Außendienst ${String(i).padStart(4, '0')}`,
  }));
  await store.upsertNodes([
    { id: 'hub', kind: 'Distributor', name: 'Großhandel Nord GmbH' },
    ...staff,
  ]);
  await store.upsertRelationships(
    staff.map((s) => ({ source: s.id, target: 'hub', type: 'WORKS_FOR' as const })),
  );
  await store.close();
}

/** Clicks "Show more" until the focused hub's whole staff is on the canvas. */
export async function showAllOfHub(app: Page): Promise<void> {
  const canvas = app.getByTestId('network-canvas');
  const more = app.getByRole('button', { name: /^Show more/ });
  while (await more.isVisible()) {
    const before = Number(await canvas.getAttribute('data-node-count'));
    await more.click();
    await expect
      .poll(async () => Number(await canvas.getAttribute('data-node-count')))
      .toBeGreaterThan(before);
  }
}
