/** The controlled vocabularies of the dataset. Ids appear in the data and in URLs. */

export const NODE_TYPES = ['organization', 'instrument', 'state'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const ORGANIZATION_KINDS = [
  'intergovernmental',
  'agency',
  'process',
  'network',
  'standards-body',
  'national-agency',
  'non-governmental',
] as const;
export const INSTRUMENT_KINDS = [
  'treaty',
  'protocol',
  'resolution',
  'report',
  'regulation',
  'directive',
  'declaration',
  'strategy',
  'guidelines',
  'standard',
] as const;
export const STATE_KINDS = ['state'] as const;
export const NODE_KINDS = [...ORGANIZATION_KINDS, ...INSTRUMENT_KINDS, ...STATE_KINDS] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const KINDS_BY_TYPE: Record<NodeType, readonly NodeKind[]> = {
  organization: ORGANIZATION_KINDS,
  instrument: INSTRUMENT_KINDS,
  state: STATE_KINDS,
};

export const REGIONS = ['global', 'africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

export const FUNCTIONS = [
  'norms',
  'cybercrime',
  'capacity-building',
  'standards',
  'incident-response',
  'defence',
  'regulation',
  'research',
] as const;
export type CyberFunction = (typeof FUNCTIONS)[number];

export const RELATIONSHIP_TYPES = [
  'member-of',
  'part-of',
  'established-by',
  'adopted-by',
  'mandates',
  'party-to',
  'signatory-of',
  'supplements',
  'supersedes',
  'builds-on',
  'implements',
  'cooperates-with',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Relationships that tie a state to an organization or treaty: hidden with the states layer. */
export const STATE_RELATIONSHIPS: readonly RelationshipType[] = [
  'member-of',
  'party-to',
  'signatory-of',
];

interface Term {
  label: string;
  description: string;
}

export const NODE_TYPE_TERMS: Record<NodeType, Term & { plural: string }> = {
  organization: {
    label: 'Organization',
    plural: 'Organizations',
    description: 'An organization, body, process or network',
  },
  instrument: {
    label: 'Instrument',
    plural: 'Instruments',
    description: 'A treaty, resolution, report, act, declaration or standard',
  },
  state: {
    label: 'State',
    plural: 'States',
    description: 'A country (UN member or observer state)',
  },
};

export const KIND_TERMS: Record<NodeKind, Term> = {
  intergovernmental: {
    label: 'Intergovernmental organization',
    description: 'An organization of states (UN, EU, NATO, Council of Europe, INTERPOL…)',
  },
  agency: {
    label: 'Agency or body',
    description: 'A body or agency of a larger organization (ENISA, UNODC, CCDCOE…)',
  },
  process: {
    label: 'Process or committee',
    description: 'A negotiating or expert group (UN GGE, OEWG, T-CY)',
  },
  network: {
    label: 'Network or forum',
    description: 'A CSIRT network or a forum of experts (FIRST, APCERT, GFCE)',
  },
  'standards-body': {
    label: 'Standards body',
    description: 'An organization that writes technical standards',
  },
  'national-agency': { label: 'National agency', description: 'A government agency of one state' },
  'non-governmental': {
    label: 'Non-governmental',
    description: 'A think tank, industry or civil-society group',
  },
  treaty: { label: 'Treaty', description: 'A binding international agreement' },
  protocol: { label: 'Protocol', description: 'A binding agreement that supplements a treaty' },
  resolution: {
    label: 'Resolution',
    description: 'A resolution of a UN organ or another assembly',
  },
  report: { label: 'Report', description: 'A consensus report of an expert or working group' },
  regulation: {
    label: 'Regulation',
    description: 'A directly applicable legal act (e.g. an EU regulation)',
  },
  directive: {
    label: 'Directive',
    description: 'A legal act that states transpose into national law',
  },
  declaration: { label: 'Declaration', description: 'A declaration, communiqué, pledge or call' },
  strategy: { label: 'Strategy', description: 'A strategy or action plan' },
  guidelines: {
    label: 'Guidelines',
    description: 'Soft law: guidelines, recommendations, manuals',
  },
  standard: { label: 'Standard', description: 'A technical standard or framework' },
  state: { label: 'State', description: 'A country' },
};

export const REGION_TERMS: Record<Region, Term> = {
  global: { label: 'Global', description: 'Open to or concerning states worldwide' },
  africa: { label: 'Africa', description: 'UN M49 region Africa' },
  americas: { label: 'Americas', description: 'UN M49 region Americas' },
  asia: { label: 'Asia', description: 'UN M49 region Asia (incl. Western Asia)' },
  europe: { label: 'Europe', description: 'UN M49 region Europe' },
  oceania: { label: 'Oceania', description: 'UN M49 region Oceania' },
};

export const FUNCTION_TERMS: Record<CyberFunction, Term> = {
  norms: {
    label: 'Norms & diplomacy',
    description:
      'Norms of responsible state behaviour, international law in cyberspace, confidence-building, cyber diplomacy',
  },
  cybercrime: {
    label: 'Cybercrime',
    description: 'Criminal law, law-enforcement cooperation, electronic evidence',
  },
  'capacity-building': {
    label: 'Capacity building',
    description: 'Training, technical assistance, national strategies',
  },
  standards: { label: 'Standards', description: 'Technical standards, certification' },
  'incident-response': {
    label: 'Incident response',
    description: 'CERTs/CSIRTs, information sharing, threat intelligence, crisis coordination',
  },
  defence: { label: 'Defence', description: 'Military cyber defence, collective defence' },
  regulation: {
    label: 'Regulation',
    description:
      'Legislation and regulatory harmonization, incl. critical infrastructure and data protection',
  },
  research: { label: 'Research', description: 'Research and analysis' },
};

export const RELATIONSHIP_TERMS: Record<RelationshipType, Term & { verb: string }> = {
  'member-of': {
    label: 'Member of',
    verb: 'is a member of',
    description: 'A state or organization belongs to an organization',
  },
  'part-of': {
    label: 'Part of',
    verb: 'is part of',
    description: 'A body belongs to its parent organization',
  },
  'established-by': {
    label: 'Established by',
    verb: 'was established by',
    description: 'An organization and the instrument that created or mandates it',
  },
  'adopted-by': {
    label: 'Adopted by',
    verb: 'was adopted by',
    description: 'An instrument and the organization that adopted or drafted it',
  },
  mandates: {
    label: 'Mandates',
    verb: 'mandates',
    description: 'An instrument gives an organization tasks',
  },
  'party-to': {
    label: 'Party to',
    verb: 'is party to',
    description: 'A state has ratified or acceded to a treaty',
  },
  'signatory-of': {
    label: 'Signatory of',
    verb: 'has signed',
    description: 'A state has signed, but not ratified, a treaty',
  },
  supplements: {
    label: 'Supplements',
    verb: 'supplements',
    description: 'A protocol adds to a treaty',
  },
  supersedes: {
    label: 'Supersedes',
    verb: 'supersedes',
    description: 'An instrument replaces an older one',
  },
  'builds-on': {
    label: 'Builds on',
    verb: 'builds on',
    description: 'An instrument builds on or endorses another',
  },
  implements: {
    label: 'Implements',
    verb: 'implements',
    description: 'An organization implements or monitors an instrument',
  },
  'cooperates-with': {
    label: 'Cooperates with',
    verb: 'cooperates with',
    description: 'A formal agreement, MoU or joint declaration between organizations',
  },
};

export const isKnown = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
