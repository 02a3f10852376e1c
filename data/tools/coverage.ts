/**
 * How complete and how well sourced the dataset is: dated shares of state ties, the share of
 * citations on official pages, and each chart's counts. `npm run data` prints it; the dataset
 * tests hold it to the release's floors.
 */
import type { DataEdge, Dataset } from '../../src/domain';

/** Stages that date the start of a tie (see datesFromStages). */
const isDated = (e: DataEdge) => Boolean(e.start);

export interface Share {
  dated: number;
  total: number;
  share: number;
}
const share = (edges: readonly DataEdge[]): Share => {
  const dated = edges.filter(isDated).length;
  return { dated, total: edges.length, share: edges.length ? dated / edges.length : 1 };
};

export const stateInstrumentTies = (d: Dataset) =>
  d.edges.filter(
    (e) =>
      d.nodeById.get(e.source)?.type === 'state' && d.nodeById.get(e.target)?.type === 'instrument',
  );
export const stateMemberships = (d: Dataset) =>
  d.edges.filter((e) => e.type === 'member-of' && d.nodeById.get(e.source)?.type === 'state');

/**
 * Pages of states, intergovernmental bodies and their depositaries: government domains, the
 * `.int` domain, the UN system and the organizations in the data. Everything else (news, blogs,
 * encyclopaedias, aggregators, academic sites) counts as secondary.
 */
const OFFICIAL_HOSTS = [
  /\.int$/,
  /(^|\.)gov(\.[a-z]{2})?$/,
  /(^|\.)gouv\.[a-z]{2}$/,
  /(^|\.)go\.[a-z]{2}$/,
  /(^|\.)gob\.[a-z]{2}$/,
  /(^|\.)gc\.ca$/,
  /(^|\.)admin\.ch$/,
  /(^|\.)overheid\.nl$/,
  /(^|\.)government\.[a-z.]+$/,
  /(^|\.)mil(\.[a-z]{2})?$/,
  /(^|\.)un\.org$/,
  /(^|\.)undocs\.org$/,
  /(^|\.)unodc\.org$/,
  /(^|\.)undp\.org$/,
  /(^|\.)unidir\.org$/,
  /(^|\.)unicri\.it$/,
  /(^|\.)europa\.eu$/,
  /(^|\.)coe\.int$/,
  /(^|\.)oecd\.org$/,
  /(^|\.)osce\.org$/,
  /(^|\.)oas\.org$/,
  /(^|\.)asean\.org$/,
  /(^|\.)sectsco\.org$/,
  /(^|\.)thecommonwealth\.org$/,
  /(^|\.)ecowas\.int$/,
  /(^|\.)sadc\.int$/,
  /(^|\.)forumsec\.org$/,
  /(^|\.)oic-oci\.org$/,
  /(^|\.)apec\.org$/,
  /(^|\.)apcert\.org$/,
  /(^|\.)first\.org$/,
  /(^|\.)thegfce\.org$/,
  /(^|\.)enisa\.europa\.eu$/,
  /(^|\.)ccdcoe\.org$/,
  /(^|\.)hybridcoe\.fi$/,
  /(^|\.)iso\.org$/,
  /(^|\.)nist\.gov$/,
  /(^|\.)icrc\.org$/,
  /(^|\.)freedomonlinecoalition\.com$/,
  /(^|\.)pariscall\.international$/,
  /(^|\.)christchurchcall\.com$/,
  /(^|\.)brics\.br$/,
  /(^|\.)kremlin\.ru$/,
  /(^|\.)g7italy\.it$/,
  /(^|\.)g20\.org$/,
  /(^|\.)eac\.int$/,
  /(^|\.)comesa\.int$/,
  /(^|\.)caricom\.org$/,
  /(^|\.)ceeac-eccas\.org$/,
  /(^|\.)gcc-sg\.org$/,
  /(^|\.)lasportal\.org$/,
  /(^|\.)e-cis\.info$/,
  /(^|\.)odkb-csto\.org$/,
  /(^|\.)interpol\.int$/,
  /(^|\.)itu\.int$/,
];

export function isOfficial(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return OFFICIAL_HOSTS.some((pattern) => pattern.test(host));
}

/** URL parameters that identify a session or a campaign, not the page. */
export const TRACKING_PARAMETER = /[?&](p_auth|utm_[a-z]+|fbclid|gclid|sessionid|jsessionid|sid)=/i;

export interface Coverage {
  nodes: number;
  edges: number;
  stateInstrument: Share;
  memberships: Share;
  citations: { total: number; official: number; share: number };
}

export function coverage(d: Dataset): Coverage {
  const urls = [...d.nodes, ...d.edges].flatMap((r) => r.sources.map((s) => s.url));
  const official = urls.filter(isOfficial).length;
  return {
    nodes: d.nodes.length,
    edges: d.edges.length,
    stateInstrument: share(stateInstrumentTies(d)),
    memberships: share(stateMemberships(d)),
    citations: { total: urls.length, official, share: urls.length ? official / urls.length : 1 },
  };
}

/** Current parties, signatories (not parties) and members of one target, as the data has them. */
export function chartCounts(d: Dataset, target: string) {
  const into = d.edges.filter(
    (e) => e.target === target && !e.end && d.nodeById.get(e.source)?.type === 'state',
  );
  return {
    parties: into.filter((e) => e.type === 'party-to').length,
    signatories: into.filter((e) => e.type === 'signatory-of').length,
    members: into.filter((e) => e.type === 'member-of').length,
    dated: share(
      d.edges.filter((e) => e.target === target && d.nodeById.get(e.source)?.type === 'state'),
    ),
  };
}

export const percent = (s: { share: number }) => `${(s.share * 100).toFixed(1)} %`;
