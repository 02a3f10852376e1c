/**
 * State ties as curated: one file per organization or treaty in data/curated/ties/, each a
 * membership list or a chart of signatures and ratifications, turned into edges whose stages
 * carry the lifecycle (see data/README.md for the format).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Json = Record<string, unknown>;
export interface SourceRef {
  title: string;
  url: string;
}

/** Each page cited once, in the order given. */
export const uniqueByUrl = (sources: SourceRef[]) =>
  sources.filter((s, i) => sources.findIndex((o) => o.url === s.url) === i);

export interface TieMember {
  state: string;
  note?: string;
  sources?: SourceRef[];
  // member-of
  start?: string;
  end?: string;
  suspended?: { from?: string; to?: string }[];
  // treaty
  status?: 'party' | 'signatory';
  signature?: string;
  consent?: string;
  consentType?: string;
  inForce?: string;
  withdrawal?: string;
  withdrawalType?: 'denunciation' | 'withdrawal';
  reservations?: boolean;
}
/** A membership list or a treaty chart: the states tied to one organization or instrument. */
export interface TieGroup {
  target: string;
  type: 'member-of' | 'treaty';
  asOf?: string;
  note?: string;
  /** The official count at `asOf`, with the page that states it. */
  count?: { value?: number; parties?: number; signatories?: number; source: SourceRef };
  sources: SourceRef[];
  members: TieMember[];
}

const stage = (name: string, date: string | undefined) =>
  date ? { stage: name, date } : { stage: name };

/** The dated stages of one state's tie, in lifecycle order. */
export function memberStages(type: TieGroup['type'], m: TieMember): Json[] {
  if (type === 'member-of') {
    return [
      stage('joined', m.start),
      ...(m.suspended ?? []).flatMap((s) => [
        stage('suspended', s.from),
        ...(s.to ? [stage('reinstated', s.to)] : []),
      ]),
      ...(m.end ? [stage('left', m.end)] : []),
    ];
  }
  const consented = Boolean(m.consent) || m.status === 'party' || Boolean(m.inForce);
  return [
    ...(m.signature || !consented ? [stage('signature', m.signature)] : []),
    ...(consented ? [stage(m.consentType ?? 'consent', m.consent)] : []),
    ...(m.inForce ? [stage('in-force', m.inForce)] : []),
    ...(m.withdrawal ? [stage(m.withdrawalType ?? 'withdrawal', m.withdrawal)] : []),
  ];
}

export function tieEdges(groups: TieGroup[]): Json[] {
  return groups.flatMap((g) =>
    g.members.map((m) => {
      const party = Boolean(m.consent) || m.status === 'party' || Boolean(m.inForce);
      return {
        source: m.state,
        target: g.target,
        type: g.type === 'member-of' ? 'member-of' : party ? 'party-to' : 'signatory-of',
        stages: memberStages(g.type, m),
        ...(m.reservations ? { reservations: true } : {}),
        ...(m.note ? { note: m.note } : {}),
        sources: uniqueByUrl([...(m.sources ?? []), ...g.sources]).slice(0, 3),
      };
    }),
  );
}

/** Every list in data/curated/ties/, in file order. `dataDir` is the data/ folder. */
export function readTieGroups(dataDir: string): TieGroup[] {
  const folder = join(dataDir, 'curated/ties');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap(
      (f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { groups: TieGroup[] }).groups,
    );
}
