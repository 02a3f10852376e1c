import type { DataEdge, DataNode, Dataset, RelationshipType } from '../domain';
import {
  FUNCTION_TERMS,
  KIND_TERMS,
  NODE_TYPE_TERMS,
  REGION_TERMS,
  RELATIONSHIP_TERMS,
  RELATIONSHIP_TYPES,
  formatDate,
} from '../domain';
import { describeLifecycle } from '../model';
import { nodeColour } from '../scene/networkScene';

export interface DetailsPanelProps {
  dataset: Dataset;
  node: DataNode;
  hops: number | null;
  onSelect(id: string): void;
  onClose(): void;
  onHops(hops: number | null): void;
  onConnect(): void;
  connecting: boolean;
}

/** Inverse wording, for ties that point at the selected node. */
const INCOMING: Record<RelationshipType, string> = {
  'member-of': 'Members',
  'part-of': 'Bodies within it',
  'established-by': 'Established by it',
  'adopted-by': 'Adopted it (instruments)',
  mandates: 'Mandated by',
  'party-to': 'Parties',
  'signatory-of': 'Signatories (not yet parties)',
  supplements: 'Supplemented by',
  supersedes: 'Superseded by',
  'builds-on': 'Built on by',
  implements: 'Implemented by',
  'cooperates-with': 'Cooperates with',
};

interface Group {
  key: string;
  title: string;
  items: { edge: DataEdge; other: DataNode }[];
}

export function groupConnections(dataset: Dataset, nodeId: string): Group[] {
  const groups = new Map<string, Group>();
  for (const edge of dataset.edgesByNode.get(nodeId) ?? []) {
    const outgoing = edge.source === nodeId;
    const undirected = edge.type === 'cooperates-with';
    const key = undirected ? edge.type : `${edge.type}:${outgoing ? 'out' : 'in'}`;
    const title =
      outgoing || undirected ? RELATIONSHIP_TERMS[edge.type].label : INCOMING[edge.type];
    const other = dataset.nodeById.get(outgoing ? edge.target : edge.source)!;
    const group = groups.get(key) ?? groups.set(key, { key, title, items: [] }).get(key)!;
    group.items.push({ edge, other });
  }
  const order = (k: string) =>
    RELATIONSHIP_TYPES.indexOf(k.split(':')[0] as RelationshipType) * 2 +
    (k.endsWith(':in') ? 1 : 0);
  return [...groups.values()]
    .sort((a, b) => order(a.key) - order(b.key))
    .map((g) => ({
      ...g,
      items: g.items.sort((a, b) =>
        (a.other.shortName ?? a.other.name).localeCompare(b.other.shortName ?? b.other.name),
      ),
    }));
}

function Dates({ node }: { node: DataNode }) {
  const rows: [string, string][] = [];
  const startLabel =
    node.type === 'organization'
      ? 'Founded'
      : node.kind === 'treaty' || node.kind === 'protocol'
        ? 'Opened for signature'
        : 'Adopted';
  if (node.start)
    rows.push([
      startLabel,
      node.startNote ? `${formatDate(node.start)} (${node.startNote})` : formatDate(node.start),
    ]);
  if (node.inForce) rows.push(['In force', formatDate(node.inForce)]);
  if (node.end)
    rows.push([
      node.type === 'organization' ? 'Ended' : 'Ended or superseded',
      formatDate(node.end),
    ]);
  if (rows.length === 0) return null;
  return (
    <>
      {rows.map(([k, v]) => (
        <div className="fact" key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </>
  );
}

export function DetailsPanel({
  dataset,
  node,
  hops,
  onSelect,
  onClose,
  onHops,
  onConnect,
  connecting,
}: DetailsPanelProps) {
  const groups = groupConnections(dataset, node.id);
  const undated = groups.reduce((n, g) => n + g.items.filter(({ edge }) => !edge.start).length, 0);
  return (
    <aside className="details" aria-label={`Details of ${node.name}`}>
      <header className="details-head">
        <span className="swatch" style={{ background: nodeColour(node) }} aria-hidden />
        <div>
          <h2>{node.shortName && node.shortName !== node.name ? node.shortName : node.name}</h2>
          {node.shortName && node.shortName !== node.name && (
            <p className="fullname">{node.name}</p>
          )}
          <p className="kind">
            {NODE_TYPE_TERMS[node.type].label} · {KIND_TERMS[node.kind].label}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label="Close details"
          title="Close (Esc)"
        >
          ×
        </button>
      </header>
      {node.description && <p className="description">{node.description}</p>}
      <dl className="facts">
        <Dates node={node} />
        {node.docRef && (
          <div className="fact">
            <dt>Document</dt>
            <dd>{node.docRef}</dd>
          </div>
        )}
        {node.binding !== undefined && (
          <div className="fact">
            <dt>Legally binding</dt>
            <dd>{node.binding ? 'Yes' : 'No'}</dd>
          </div>
        )}
        {node.hq && (node.hq.city || node.hq.country) && (
          <div className="fact">
            <dt>Seat</dt>
            <dd>
              {[
                node.hq.city,
                node.hq.country && (dataset.nodeById.get(node.hq.country)?.name ?? node.hq.country),
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        )}
        {node.regions.length > 0 && (
          <div className="fact">
            <dt>{node.type === 'state' ? 'Region' : 'Scope'}</dt>
            <dd>
              {[...node.regions.map((r) => REGION_TERMS[r].label), node.subregion]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
        {node.functions.length > 0 && (
          <div className="fact">
            <dt>Functions</dt>
            <dd>{node.functions.map((f) => FUNCTION_TERMS[f].label).join(', ')}</dd>
          </div>
        )}
        {node.url && (
          <div className="fact">
            <dt>Official page</dt>
            <dd>
              <a href={node.url} target="_blank" rel="noreferrer noopener">
                {new URL(node.url).hostname}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <div className="details-actions">
        <label>
          Neighbourhood{' '}
          <select
            value={hops ?? ''}
            onChange={(e) => onHops(e.target.value ? Number(e.target.value) : null)}
            aria-label="Show only the neighbourhood"
          >
            <option value="">whole network</option>
            <option value="1">1 step</option>
            <option value="2">2 steps</option>
            <option value="3">3 steps</option>
          </select>
        </label>
        <button
          type="button"
          onClick={onConnect}
          aria-pressed={connecting}
          title="Then click another node to highlight the shortest path"
        >
          {connecting ? 'Pick a second node…' : 'Connect…'}
        </button>
      </div>
      <section className="sources" aria-label="Sources">
        <h3>Sources</h3>
        <ol>
          {node.sources.map((s) => (
            <li key={s.url + s.title}>
              <a href={s.url} target="_blank" rel="noreferrer noopener">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </section>
      <section className="connections" aria-label="Connections">
        <h3>Connections ({groups.reduce((n, g) => n + g.items.length, 0)})</h3>
        {undated > 0 && (
          <p className="undated-note">
            <span className="undated-swatch" aria-hidden="true" />
            {undated} {undated === 1 ? 'tie has' : 'ties have'} no known date. With a period set{' '}
            {undated === 1 ? 'it is' : 'they are'} drawn dotted, as of unknown date, never as if{' '}
            {undated === 1 ? 'it had' : 'they had'} always existed.
          </p>
        )}
        {groups.map((g) => (
          <details key={g.key} open={g.items.length <= 12}>
            <summary>
              {g.title} <span className="count">{g.items.length}</span>
            </summary>
            <ul>
              {g.items.map(({ edge, other }) => (
                <li key={edge.id}>
                  <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                    {other.shortName ?? other.name}
                  </button>
                  <span className="lifecycle">
                    {describeLifecycle(edge).map((s) => (
                      <span key={s.stage + s.text} className={s.dated ? 'muted' : 'unknown-date'}>
                        {' · '}
                        {s.text}
                      </span>
                    ))}
                  </span>
                  {edge.note && <span className="note"> — {edge.note}</span>}{' '}
                  {edge.sources.map((s, i) => (
                    <a
                      key={i}
                      className="cite"
                      href={s.url}
                      target="_blank"
                      rel="noreferrer noopener"
                      title={s.title}
                    >
                      [source]
                    </a>
                  ))}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </aside>
  );
}
