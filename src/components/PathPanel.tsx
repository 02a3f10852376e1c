import type { Dataset } from '../domain';
import { RELATIONSHIP_TERMS } from '../domain';
import type { GraphPath } from '../model';
import { atlasStore } from '../store';
import type { PathHighlight } from '../views/network/usePath';

const nameOf = (dataset: Dataset, id: string) => {
  const n = dataset.nodeById.get(id);
  return n ? (n.shortName ?? n.name) : id;
};

/** One path spelled out in words: "ENISA is part of EU, which cooperates with NATO". */
export function describePath(dataset: Dataset, path: GraphPath): string {
  const steps = path.edges.map((edge, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    const forward = edge.source === from;
    const verb = RELATIONSHIP_TERMS[edge.type].verb;
    return forward || edge.type === 'cooperates-with'
      ? `${nameOf(dataset, from)} ${verb} ${nameOf(dataset, to)}`
      : `${nameOf(dataset, to)} ${verb} ${nameOf(dataset, from)}`;
  });
  return steps.join('; ');
}

export function PathPanel({
  dataset,
  path,
  ends,
  connectFrom,
}: {
  dataset: Dataset;
  path: PathHighlight;
  ends: [string, string] | null;
  connectFrom: string | null;
}) {
  return (
    <div className="path-panel" role="region" aria-label="Path">
      {connectFrom && !ends && (
        <p>Click a second node to connect it with {nameOf(dataset, connectFrom)}. Esc cancels.</p>
      )}
      {ends && path.paths.length === 0 && (
        <p>
          No path between {nameOf(dataset, ends[0])} and {nameOf(dataset, ends[1])} in the current
          view.
        </p>
      )}
      {ends && path.paths.length > 0 && (
        <>
          <p>
            <strong>
              {path.paths.length === 1 ? 'Shortest path' : `${path.paths.length} shortest paths`} (
              {path.paths[0].edges.length} step
              {path.paths[0].edges.length === 1 ? '' : 's'})
            </strong>
          </p>
          <ol>
            {path.paths.map((p, i) => (
              <li key={i}>{describePath(dataset, p)}.</li>
            ))}
          </ol>
        </>
      )}
      <button type="button" onClick={() => atlasStore.getState().clearPath()}>
        Clear path
      </button>
    </div>
  );
}
