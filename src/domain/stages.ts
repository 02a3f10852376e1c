/**
 * The lifecycle of a state's tie: the stages of its status in a treaty (signature, consent to be
 * bound, entry into force for it, leaving) or in an organization (joining, suspension, leaving).
 * Pure functions over plain records; the schema and the time rule both build on them.
 */
import { startOfDate, type PartialDate } from './dates';
import type { RelationshipType } from './taxonomy';

/** How a state consents to be bound. `consent` is "ratified or acceded", where the source does not say which. */
export const CONSENT_STAGES = [
  'ratification',
  'acceptance',
  'approval',
  'accession',
  'succession',
  'definitive-signature',
  'consent',
] as const;
export const TREATY_STAGES = [
  'signature',
  ...CONSENT_STAGES,
  'in-force',
  'denunciation',
  'withdrawal',
] as const;
export const MEMBERSHIP_STAGES = ['joined', 'suspended', 'reinstated', 'left'] as const;
export const STAGE_TYPES = [...TREATY_STAGES, ...MEMBERSHIP_STAGES] as const;

export type StageType = (typeof STAGE_TYPES)[number];
export type ConsentStage = (typeof CONSENT_STAGES)[number];

export const STAGE_TERMS: Record<StageType, { label: string; description: string }> = {
  signature: { label: 'signed', description: 'Signature' },
  ratification: { label: 'ratified', description: 'Ratification' },
  acceptance: { label: 'accepted', description: 'Acceptance' },
  approval: { label: 'approved', description: 'Approval' },
  accession: { label: 'acceded', description: 'Accession' },
  succession: { label: 'succeeded', description: 'Succession' },
  'definitive-signature': {
    label: 'signed without reservation as to ratification',
    description: 'Definitive signature (no ratification needed)',
  },
  consent: {
    label: 'ratified or acceded',
    description:
      'Consent to be bound; the source does not say whether by ratification or accession',
  },
  'in-force': { label: 'in force', description: 'Entry into force for this state' },
  denunciation: { label: 'denounced', description: 'Denunciation, effective on this date' },
  withdrawal: { label: 'withdrew', description: 'Withdrawal, effective on this date' },
  joined: { label: 'joined', description: 'Became a member' },
  suspended: { label: 'suspended', description: 'Membership suspended' },
  reinstated: { label: 'reinstated', description: 'Suspension lifted' },
  left: { label: 'left', description: 'Ceased to be a member' },
};

/** The stages each relationship type may carry; other types carry none. */
export const STAGES_BY_RELATIONSHIP: Partial<Record<RelationshipType, readonly StageType[]>> = {
  'party-to': TREATY_STAGES,
  'signatory-of': ['signature', 'withdrawal'],
  'member-of': MEMBERSHIP_STAGES,
};

/** Position of each stage in the lifecycle; stages of one rank are alternatives. */
/** Lifecycle order of the stages (shared with the checks in ./stageProblems). */
export const RANK: Record<StageType, number> = {
  signature: 0,
  ratification: 1,
  acceptance: 1,
  approval: 1,
  accession: 1,
  succession: 1,
  'definitive-signature': 1,
  consent: 1,
  'in-force': 2,
  denunciation: 3,
  withdrawal: 3,
  joined: 0,
  suspended: 1,
  reinstated: 2,
  left: 3,
};
/** Suspension and reinstatement may repeat; every other stage happens at most once. */
export const REPEATABLE: ReadonlySet<StageType> = new Set(['suspended', 'reinstated']);
const ENDING: ReadonlySet<StageType> = new Set(['denunciation', 'withdrawal', 'left']);

export interface StageLike {
  stage: StageType;
  date?: PartialDate | null;
  note?: string;
  sources?: { title: string; url: string }[];
}

export const isConsent = (s: StageType): s is ConsentStage =>
  (CONSENT_STAGES as readonly string[]).includes(s);
export const isEnding = (s: StageType): boolean => ENDING.has(s);

/**
 * The stages a tie written without them stands for (the form of schema version 1, and any tie
 * given only `start`/`end`): what `start` and `end` meant for its type. Undated ties keep an
 * undated stage, so "a party, date unknown" stays distinguishable from "not a party".
 */
export function stagesFromDates(
  type: RelationshipType,
  start: PartialDate | null | undefined,
  end: PartialDate | null | undefined,
): StageLike[] | undefined {
  const at = (stage: StageType, date: PartialDate | null | undefined): StageLike =>
    date ? { stage, date } : { stage };
  switch (type) {
    case 'party-to':
      return [at('consent', start), ...(end ? [at('withdrawal', end)] : [])];
    case 'signatory-of':
      return [at('signature', start), ...(end ? [at('withdrawal', end)] : [])];
    case 'member-of':
      return [at('joined', start), ...(end ? [at('left', end)] : [])];
    default:
      return undefined;
  }
}

/** Stages that show the tie existed from their date on. */
const OPENING: ReadonlySet<StageType> = new Set([
  'signature',
  ...CONSENT_STAGES,
  'in-force',
  'joined',
]);

/**
 * `start` = the earliest dated stage that opens the tie (signature, consent, entry into force,
 * joining): from then on the tie is known to exist; `end` = the date the tie ended, if it did.
 */
export function datesFromStages(stages: readonly StageLike[]): {
  start?: PartialDate;
  end?: PartialDate;
} {
  let start: PartialDate | undefined;
  let end: PartialDate | undefined;
  for (const s of stages) {
    if (!s.date) continue;
    if (OPENING.has(s.stage) && (start === undefined || startOfDate(s.date) < startOfDate(start)))
      start = s.date;
    if (isEnding(s.stage)) end = s.date;
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** Stages in lifecycle order (dated before undated within a rank, then by date). */
export function orderedStages<S extends StageLike>(stages: readonly S[]): S[] {
  return [...stages].sort((a, b) => {
    const byRank = RANK[a.stage] - RANK[b.stage];
    if (byRank !== 0) return byRank;
    if (a.date && b.date) return startOfDate(a.date) - startOfDate(b.date);
    return a.date ? -1 : b.date ? 1 : 0;
  });
}
