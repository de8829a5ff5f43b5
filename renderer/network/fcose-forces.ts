/** The organic layout's forces: the same on the UI thread and in the layout worker. */
export const FCOSE_FORCES = {
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90,
} as const;

/**
 * Above this many nodes fcose is not used: its force-directed refinement grows much
 * faster than linearly on dense scenes (minutes for 2,000 nodes with random cross
 * links on this machine) and its spectral draft alone piles nodes on each other.
 * Large scenes get large-layout.ts instead.
 */
export const REFINE_UP_TO = 1_000;

/** Room per node in a large scene's picture: its disc holds one node per LARGE_SPACING². */
export const LARGE_SPACING = 70;

/**
 * ForceAtlas2 iterations for a scene above REFINE_UP_TO (see large-layout.ts): from
 * its structured seed the picture hardly changes after these (compared by eye on
 * the 2,000-node benchmark scene at 20, 40, 60 and 200: hubs, their people around
 * them and the outliers sit alike from 20 on), and each costs ~10-15 ms there in a
 * freshly started worker.
 */
export const LARGE_ITERATIONS = 20;

/** How many steps (progress reports) the worker's layout of a scene takes. */
export function layoutSteps(nodes: number, randomize: boolean): number {
  return randomize && nodes <= REFINE_UP_TO ? 2 : 1;
}
