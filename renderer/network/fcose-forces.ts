/** The organic layout's forces: the same on the UI thread and in the layout worker. */
export const FCOSE_FORCES = {
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90,
} as const;

/**
 * Above this many nodes the spectral draft is the final picture: the force-directed
 * refinement grows much faster than linearly on dense scenes (minutes for 2,000
 * nodes with random cross links on this machine), the draft stays in seconds.
 */
export const REFINE_UP_TO = 1_000;
