/**
 * Messages between the canvas and the layout worker. The worker gets plain data
 * (ids, sizes, current positions), never Cytoscape objects, and answers with
 * positions: first a rough draft the canvas may show, then the final picture.
 */
export interface LayoutNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** How strongly the large-scene layout pulls the ends together (default 1). */
  readonly weight?: number;
}

export interface LayoutRequest {
  readonly type: 'run';
  readonly requestId: number;
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
  /** false = start from the given positions (new nodes were placed beside their neighbours). */
  readonly randomize: boolean;
}

/**
 * Sent to a worker started ahead of its first scene (layout-client.ts `warm`):
 * scenes near the worker's size are laid out by fcose, whose code is loaded now.
 * A worker started by a large scene's request never gets it: parsing that code
 * would delay the large layout it is there for.
 */
export interface LayoutWarm {
  readonly type: 'warm';
}

export type LayoutMessage = LayoutRequest | LayoutWarm;

/** Positions as one flat array, [x0, y0, x1, y1, …] in the order of the request's nodes. */
export type PositionArray = Float64Array;

export type LayoutReply =
  | {
      readonly type: 'progress';
      readonly requestId: number;
      /** The step just finished, of `steps`. */
      readonly step: number;
      readonly steps: number;
      /** The draft picture after this step, when there is one worth showing. */
      readonly positions?: PositionArray;
    }
  | { readonly type: 'done'; readonly requestId: number; readonly positions: PositionArray }
  | { readonly type: 'failed'; readonly requestId: number; readonly message: string };
