import { FUNCTIONS, type CyberFunction, type DataEdge, type DataNode, type Dataset } from '../domain';

/** Where a state stands with a body: what its tie says, and whether it has left. */
export type TieStatus = 'member' | 'party' | 'signatory' | 'former';

const STATUS_OF: Partial<Record<DataEdge['type'], TieStatus>> = {
  'member-of': 'member',
  'party-to': 'party',
  'signatory-of': 'signatory',
};

export const statusOf = (edge: DataEdge): TieStatus | null => {
  const status = STATUS_OF[edge.type];
  if (!status) return null;
  return edge.end ? 'former' : status;
};

export interface ProfileItem {
  body: DataNode;
  edge: DataEdge;
  status: TieStatus;
  /** Of the states of the same region, how many have a present tie of the same kind. */
  peers: { tied: number; of: number };
}

export interface StateProfile {
  state: DataNode;
  /** The state's region (its first), against which `peers` counts. */
  region: string | null;
  /** Items grouped by the body's main function, in the taxonomy's order; then bodies with none. */
  byFunction: { fn: CyberFunction | null; items: ProfileItem[] }[];
  counts: Record<TieStatus, number>;
  /** Dated starts, oldest first: the small timeline of joining. */
  joined: { date: string; id: string; status: TieStatus }[];
}

const STATUS_ORDER: Record<TieStatus, number> = { member: 0, party: 1, signatory: 2, former: 3 };

/**
 * A state's profile: every organization it belongs to and instrument it signed or joined, with
 * the tie (and so its dated stages), grouped by function and counted against its region.
 */
export function stateProfile(dataset: Dataset, stateId: string): StateProfile | null {
  const state = dataset.nodeById.get(stateId);
  if (!state || state.type !== 'state') return null;
  const region = state.regions[0] ?? null;
  const peers = dataset.nodes.filter(
    (n) => n.type === 'state' && region !== null && n.regions.includes(region as never),
  );
  const peerIds = new Set(peers.map((n) => n.id));

  // For each body, how many of the region's states hold a present tie of each status.
  const tiedPeers = (bodyId: string, status: TieStatus) =>
    (dataset.edgesByNode.get(bodyId) ?? []).filter(
      (e) => e.target === bodyId && peerIds.has(e.source) && statusOf(e) === status,
    ).length;

  const items: ProfileItem[] = [];
  for (const edge of dataset.edgesByNode.get(stateId) ?? []) {
    if (edge.source !== stateId) continue;
    const status = statusOf(edge);
    const body = dataset.nodeById.get(edge.target);
    if (!status || !body || body.type === 'state') continue;
    items.push({ body, edge, status, peers: { tied: tiedPeers(body.id, status), of: peers.length } });
  }
  items.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.edge.start ?? '9999').localeCompare(b.edge.start ?? '9999') ||
      a.body.name.localeCompare(b.body.name),
  );

  const byFunction = [...FUNCTIONS, null].flatMap((fn) => {
    const group = items.filter((i) => (i.body.functions[0] ?? null) === fn);
    return group.length > 0 ? [{ fn, items: group }] : [];
  });
  const counts: Record<TieStatus, number> = { member: 0, party: 0, signatory: 0, former: 0 };
  for (const i of items) counts[i.status] += 1;
  const joined = items
    .filter((i) => i.edge.start)
    .map((i) => ({ date: i.edge.start!, id: i.body.id, status: i.status }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { state, region, byFunction, counts, joined };
}
