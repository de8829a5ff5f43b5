import type { ReportData } from '../../shared/report/report-data.schema.ts';
import {
  bestRank,
  layoutMap,
  RING_STRETCH,
  type MapLabel,
  type MapLayout,
  type PlacedNode,
} from './map-layout.ts';
import {
  ACCOUNT_COLOUR,
  GROUP_COLOURS,
  kindGroup,
  routeColour,
  stanceColour,
} from './report-format.ts';

interface Props {
  readonly map: ReportData['map'];
  readonly label: string;
}

/**
 * The network map as plain SVG: vector shapes and real text, so it stays crisp
 * in the PDF at any zoom and its names can be searched and copied.
 */
export function NetworkMap({ map, label }: Props) {
  const layout = layoutMap(map);
  const edges = [...map.edges].sort((a, b) => bestRank(b) - bestRank(a));
  const ranks = [...new Set(map.edges.flatMap((edge) => edge.paths))].sort((a, b) => a - b);
  return (
    <svg
      className="network-map"
      viewBox={layout.viewBox.join(' ')}
      role="img"
      aria-label={label}
      xmlns="http://www.w3.org/2000/svg"
    >
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="#8a94a3" />
        </marker>
        {ranks.map((rank) => (
          <marker
            key={rank}
            id={`arrow-${rank}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="3.5"
            markerHeight="3.5"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={routeColour(rank)} />
          </marker>
        ))}
      </defs>
      <Rings layout={layout} />
      <g>
        {edges.map((edge) => (
          <Edge key={edge.id} edge={edge} layout={layout} />
        ))}
      </g>
      <g>
        {[...layout.nodes.values()].map((placed) => (
          <Node key={placed.node.id} placed={placed} />
        ))}
      </g>
      <g>
        {[...layout.nodes.values()].map(
          (placed) =>
            placed.label && (
              <Label key={placed.node.id} name={placed.node.name} label={placed.label} />
            ),
        )}
      </g>
    </svg>
  );
}

function Rings({ layout }: { readonly layout: MapLayout }) {
  return (
    <g fill="none" stroke="#e3e7ed" strokeWidth="1" strokeDasharray="4 5">
      {layout.rings.slice(1).map((r) => (
        <ellipse key={r} cx={layout.centre.x} cy={layout.centre.y} rx={r} ry={r * RING_STRETCH} />
      ))}
    </g>
  );
}

function Edge({ edge, layout }: { edge: ReportData['map']['edges'][number]; layout: MapLayout }) {
  const from = layout.nodes.get(edge.source);
  const to = layout.nodes.get(edge.target);
  if (!from || !to) return null;
  const rank = edge.paths.length > 0 ? Math.min(...edge.paths) : undefined;
  // Stop short of the target's disc so arrowheads stay visible.
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const end = edge.directed ? to.radius + 2 : 0;
  const x2 = to.x - (dx / length) * end;
  const y2 = to.y - (dy / length) * end;
  if (rank === undefined) {
    return (
      <line
        x1={from.x}
        y1={from.y}
        x2={x2}
        y2={y2}
        stroke="#c3cad4"
        strokeWidth={0.6 + edge.strength}
        markerEnd={edge.directed ? 'url(#arrow)' : undefined}
      />
    );
  }
  const midX = (from.x + to.x) / 2;
  const midY = (from.y + to.y) / 2;
  return (
    <g>
      <line
        x1={from.x}
        y1={from.y}
        x2={x2}
        y2={y2}
        stroke={routeColour(rank)}
        strokeWidth={rank === 1 ? 6 : 3.5}
        strokeLinecap="round"
        markerEnd={edge.directed ? `url(#arrow-${rank})` : undefined}
      />
      <circle cx={midX} cy={midY} r="9" fill="#fff" stroke={routeColour(rank)} strokeWidth="2" />
      <text
        x={midX}
        y={midY}
        dy="4"
        textAnchor="middle"
        fontSize="11"
        fontWeight="700"
        fill={routeColour(rank)}
      >
        {[...edge.paths].sort((a, b) => a - b).join(',')}
      </text>
    </g>
  );
}

function Node({ placed }: { readonly placed: PlacedNode }) {
  const { node } = placed;
  const fill = node.hops === 0 ? ACCOUNT_COLOUR : GROUP_COLOURS[kindGroup(node.kind)];
  const ring = stanceColour(node.stance);
  return (
    <circle
      cx={placed.x}
      cy={placed.y}
      r={placed.radius}
      fill={fill}
      stroke={ring ?? '#ffffff'}
      strokeWidth={ring ? 3 : 1.5}
    >
      <title>{node.name}</title>
    </circle>
  );
}

function Label({ name, label }: { readonly name: string; readonly label: MapLabel }) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={label.size}
      fontWeight={label.bold ? 700 : 400}
      fill={label.size > 14 ? '#17324d' : '#1f2430'}
      stroke="#ffffff"
      strokeWidth="3.5"
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {name}
    </text>
  );
}
