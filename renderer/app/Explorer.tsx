import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { useRelationships } from '../details/use-relationships.ts';
import { CreateNode } from '../editing/CreateNode.tsx';
import { UndoBar } from '../editing/UndoBar.tsx';
import { useUndo } from '../editing/use-undo.ts';
import { applyFilters, NO_FILTERS, type Filters } from '../filters/apply-filters.ts';
import { FiltersPanel } from '../filters/FiltersPanel.tsx';
import { boundScene, elementCount, SCENE_LIMIT } from '../network/bound-scene.ts';
import type { LayoutName } from '../network/canvas-layout.ts';
import type { MenuAction } from '../network/NodeMenu.tsx';
import { webglFor } from '../network/renderer-choice.ts';
import { neighbourhoodScene } from '../network/to-elements.ts';
import { useNeighbourhood } from '../network/use-neighbourhood.ts';
import { useSceneGrowth } from '../network/use-scene-growth.ts';
import { mergeScenes } from '../paths/path-scene.ts';
import { PathsPanel } from '../paths/PathsPanel.tsx';
import { usePathFocus } from '../paths/use-path-focus.ts';
import { shortcutModifier } from '../search/use-focus-shortcut.ts';
import { ScopeNote } from './ScopeNote.tsx';
import { SidePanel, type Tab } from './SidePanel.tsx';

// Cytoscape is the heaviest part of the bundle; the shell paints without it.
const NetworkCanvas = lazy(async () => ({
  default: (await import('../network/NetworkCanvas.tsx')).NetworkCanvas,
}));

interface Props {
  readonly selectedId: string | null;
  readonly version: number;
  readonly onSelect: (id: string) => void;
  readonly onError: (error: unknown) => void;
}

/** The working area of a non-empty store: the network canvas and the side panel. */
export function Explorer({ selectedId, version, onSelect, onError }: Props) {
  const { t } = useTranslation();
  const hood = useNeighbourhood(selectedId, version, onError);
  const relationships = useRelationships(selectedId, version, onError);
  const data = hood.status === 'ready' ? hood.data : null;
  const growth = useSceneGrowth(data, onError);
  const paths = usePathFocus(version, onError);
  const undo = useUndo(onError);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [layout, setLayout] = useState<LayoutName>('fcose');
  const [layoutRun, setLayoutRun] = useState(0);
  const [tab, setTab] = useState<Tab>('details');
  const [unbounded, setUnbounded] = useState(false);
  const [newRelationshipFor, setNewRelationshipFor] = useState<string | null>(null);
  const createNode = (
    <CreateNode
      onCreated={(entry, id) => {
        undo.record(entry);
        setTab('details');
        onSelect(id);
      }}
      onError={onError}
    />
  );

  const full = useMemo(
    () => mergeScenes(paths.scene, ...growth.scenes, ...(data ? [neighbourhoodScene(data)] : [])),
    [paths.scene, growth.scenes, data],
  );
  const keep = useMemo(() => {
    const ids = new Set<string>(data ? [data.node.id] : []);
    for (const id of paths.highlight?.nodes ?? []) ids.add(id);
    for (const id of paths.highlight?.edges ?? []) ids.add(id);
    return ids;
  }, [data, paths.highlight]);
  const bounded = useMemo(
    () => boundScene(full, unbounded ? Number.POSITIVE_INFINITY : SCENE_LIMIT, keep),
    [full, unbounded, keep],
  );
  const filtered = useMemo(
    () => applyFilters(bounded.scene, filters, keep),
    [bounded, filters, keep],
  );

  const findPathsTo = (id: string) => {
    const node = full.nodes.find((candidate) => candidate.id === id);
    if (!node) return;
    paths.findPathsTo(node);
    setTab('paths');
  };
  const onMenu = (action: MenuAction, id: string) => {
    if (action === 'expand') growth.expandNode(id);
    else if (action === 'focus') onSelect(id);
    else if (action === 'newRelationship') {
      onSelect(id);
      setTab('details');
      setNewRelationshipFor(id);
    } else findPathsTo(id);
  };

  if (!data) {
    return (
      <div className="explorer">
        <section className="canvas canvas--empty" data-testid="canvas-empty">
          {hood.status === 'loading' ? (
            <p className="canvas__empty muted" role="status">
              {t('canvas.loading')}
            </p>
          ) : (
            <div className="canvas__empty">
              <h2>{t('canvas.emptyTitle')}</h2>
              <p className="muted">{t('canvas.emptyHint', { key: shortcutModifier() })}</p>
            </div>
          )}
        </section>
        <aside className="details details--empty" aria-label={t('details.label')}>
          <p className="muted">{t('details.empty')}</p>
          {createNode}
          <UndoBar undo={undo} />
        </aside>
      </div>
    );
  }
  const webgl = webglFor(elementCount(filtered.scene));
  const candidates = full.nodes
    .filter((node) => node.kind === 'Colleague' || node.id === data.node.id)
    .filter((node) => node.id !== paths.query?.to)
    .map((node) => ({ id: node.id, name: node.name }));
  const note = (
    <ScopeNote
      shown={growth.shown}
      total={data.total}
      remaining={growth.remaining}
      leftOut={bounded.leftOut}
      wanted={bounded.wanted}
      depth={growth.depth}
      onShowMore={growth.showMore}
      onShowAll={() => setUnbounded(true)}
      onDepth={(depth) => void growth.setDepth(depth)}
    />
  );
  return (
    <div className="explorer">
      <Suspense
        fallback={
          <section className="canvas canvas--empty">
            <p className="canvas__empty muted">{t('canvas.loading')}</p>
          </section>
        }
      >
        <NetworkCanvas
          key={webgl ? 'webgl' : 'canvas'}
          webgl={webgl}
          scene={filtered.scene}
          focusId={data.node.id}
          focusName={data.node.name}
          highlight={paths.highlight}
          layout={layout}
          layoutRun={layoutRun}
          note={note}
          onSelect={onSelect}
          onLayout={(next) => {
            setLayout(next);
            setLayoutRun((run) => run + 1);
          }}
          onMenu={onMenu}
          onError={onError}
        />
      </Suspense>
      <SidePanel tab={tab} onTab={setTab}>
        {tab === 'details' && createNode}
        <UndoBar undo={undo} />
        {tab === 'details' && (
          <DetailsPanel
            node={data.node}
            neighbours={data.neighbours}
            relationships={relationships}
            onSelect={onSelect}
            onFindPaths={() => findPathsTo(data.node.id)}
            onError={onError}
            onEdited={undo.record}
            openNewRelationship={newRelationshipFor === data.node.id}
            onOpenedNewRelationship={() => setNewRelationshipFor(null)}
          />
        )}
        {tab === 'filters' && (
          <FiltersPanel
            filters={filters}
            hiddenNodes={filtered.hiddenNodes}
            hiddenRelationships={filtered.hiddenRelationships}
            onChange={setFilters}
          />
        )}
        {tab === 'paths' && (
          <PathsPanel
            query={paths.query}
            targetName={paths.target}
            state={paths.state}
            candidates={candidates}
            chosen={paths.chosen}
            onChoose={paths.setChosen}
            onQuery={paths.ask}
            onError={onError}
            focusName={data.node.name}
            onFindFocus={() => findPathsTo(data.node.id)}
          />
        )}
      </SidePanel>
    </div>
  );
}
