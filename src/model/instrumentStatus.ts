import { REGIONS, startOfDate, type DataNode, type Dataset, type Region } from '../domain';
import { statusOf } from './profile';

export interface InstrumentStatus {
  /** States bound now (party, or member for an organization), by name. */
  parties: DataNode[];
  /** States that signed and have not (yet) become parties: the gap. */
  signedOnly: DataNode[];
  /** States that left. */
  former: DataNode[];
  /** Years from signature to consent, for the parties whose chart gives both (median). */
  medianYearsToConsent: number | null;
  /** How many parties whose two dates are known the median stands on. */
  timedParties: number;
  /** Per region: parties, signatories only, and the region's states in the dataset. */
  byRegion: { region: Region; parties: number; signedOnly: number; states: number }[];
}

const YEAR = 365.2425 * 24 * 3600 * 1000;

/**
 * Where an instrument (or organization) stands with the states: who is bound, who signed but
 * never ratified, how long ratification took, and how each region is covered.
 */
export function instrumentStatus(dataset: Dataset, id: string): InstrumentStatus | null {
  const ties = (dataset.edgesByNode.get(id) ?? []).filter(
    (e) => e.target === id && dataset.nodeById.get(e.source)?.type === 'state',
  );
  if (ties.length === 0) return null;
  const parties: DataNode[] = [];
  const signedOnly: DataNode[] = [];
  const former: DataNode[] = [];
  const years: number[] = [];
  for (const e of ties) {
    const state = dataset.nodeById.get(e.source)!;
    const status = statusOf(e);
    if (status === 'party' || status === 'member') parties.push(state);
    else if (status === 'signatory') signedOnly.push(state);
    else if (status === 'former') former.push(state);
    const signed = e.stages?.find((s) => s.stage === 'signature')?.date;
    const consent = e.stages?.find((s) =>
      ['ratification', 'acceptance', 'approval', 'accession', 'consent'].includes(s.stage),
    )?.date;
    // Only full dates: a year alone would make the span up.
    if (signed && consent && signed.length === 10 && consent.length === 10)
      years.push((startOfDate(consent) - startOfDate(signed)) / YEAR);
  }
  const byName = (a: DataNode, b: DataNode) => a.name.localeCompare(b.name);
  years.sort((a, b) => a - b);
  const median =
    years.length === 0
      ? null
      : years.length % 2
        ? years[(years.length - 1) / 2]
        : (years[years.length / 2 - 1] + years[years.length / 2]) / 2;
  const states = dataset.nodes.filter((n) => n.type === 'state');
  const byRegion = REGIONS.filter((r) => r !== 'global')
    .map((region) => ({
      region,
      parties: parties.filter((s) => s.regions.includes(region)).length,
      signedOnly: signedOnly.filter((s) => s.regions.includes(region)).length,
      states: states.filter((s) => s.regions.includes(region)).length,
    }))
    .filter((r) => r.parties + r.signedOnly > 0);
  return {
    parties: parties.sort(byName),
    signedOnly: signedOnly.sort(byName),
    former: former.sort(byName),
    medianYearsToConsent: median,
    timedParties: years.length,
    byRegion,
  };
}
