import { LARGE_ITERATIONS, REFINE_UP_TO } from './fcose-forces.ts';
import { largeLayout } from './large-layout.ts';
import type { LayoutReply, LayoutRequest } from './layout-protocol.ts';
import type * as FcoseLayout from './fcose-layout.ts';

type FcoseModule = typeof FcoseLayout;
let fcoseModule: Promise<FcoseModule> | undefined;

/**
 * Cytoscape and fcose are most of the worker's code and only scenes up to
 * REFINE_UP_TO nodes use them: they load on their own, so a worker started for
 * a large scene answers it without parsing them first. Measured on the
 * 2,000-node scene: loading them as the worker started cost its layout 100-150
 * ms. A warmed worker loads them ahead of its first small scene (LayoutWarm).
 */
export function loadFcose(): Promise<FcoseModule> {
  fcoseModule ??= import('./fcose-layout.ts');
  return fcoseModule;
}

/**
 * The organic layout of one request: up to REFINE_UP_TO nodes fcose (a draft,
 * then the refinement, see fcose-layout.ts), larger scenes large-layout.ts in
 * one step. Runs in the worker; settles once the last reply is sent.
 */
export async function computeLayout(
  request: LayoutRequest,
  send: (reply: LayoutReply) => void,
): Promise<void> {
  const { requestId } = request;
  try {
    if (request.nodes.length > REFINE_UP_TO) {
      send({ type: 'done', requestId, positions: largeLayout(request, LARGE_ITERATIONS) });
      return;
    }
    (await loadFcose()).fcoseLayout(request, send);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'failed', requestId, message });
  }
}
