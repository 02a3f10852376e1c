/**
 * What is wrong with a tie's stages. Apart from the lifecycle itself (./stages), which the time
 * rule reads on every view, because only the parser needs these checks and their messages.
 */
import { endOfDate, startOfDate } from './dates';
import type { RelationshipType } from './taxonomy';
import {
  RANK,
  REPEATABLE,
  STAGES_BY_RELATIONSHIP,
  isConsent,
  type StageLike,
  type StageType,
} from './stages';
import { t } from './message';

export interface StageProblem {
  /** Index of the stage the problem is about, or null for the list as a whole. */
  index: number | null;
  message: string;
}

/** Stages that do not fit the relationship, repeat, or come out of order. */
export function stageProblems(
  type: RelationshipType,
  stages: readonly StageLike[],
): StageProblem[] {
  const problems: StageProblem[] = [];
  const allowed = STAGES_BY_RELATIONSHIP[type];
  if (!allowed) {
    return [
      {
        index: null,
        message: t('problem.noStages', { type }),
      },
    ];
  }
  const seen = new Map<StageType, number>();
  let consentAt: number | null = null;
  stages.forEach((s, i) => {
    if (!allowed.includes(s.stage)) {
      problems.push({
        index: i,
        message: t('problem.stageMisfit', { stage: s.stage, type, allowed: allowed.join(', ') }),
      });
    }
    if (isConsent(s.stage)) {
      if (consentAt !== null)
        problems.push({
          index: i,
          message: t('problem.secondConsent', { other: `stages[${consentAt}]` }),
        });
      else consentAt = i;
    } else if (!REPEATABLE.has(s.stage)) {
      const first = seen.get(s.stage);
      if (first !== undefined)
        problems.push({
          index: i,
          message: t('problem.stageTwice', { stage: s.stage, other: `stages[${first}]` }),
        });
      else seen.set(s.stage, i);
    }
  });
  if (type === 'party-to' && consentAt === null && !seen.has('in-force')) {
    problems.push({
      index: null,
      message: t('problem.partyNeedsConsent'),
    });
  }
  if (type === 'signatory-of' && !seen.has('signature')) {
    problems.push({ index: null, message: t('problem.signatoryNeedsSignature') });
  }
  if (type === 'member-of' && !seen.has('joined')) {
    problems.push({ index: null, message: t('problem.memberNeedsJoined') });
  }
  // Order: a later stage may not begin after an earlier-ranked one ends, and suspensions alternate.
  const dated = stages
    .map((s, i) => ({ ...s, i }))
    .filter((s): s is StageLike & { date: string; i: number } => Boolean(s.date));
  for (const a of dated) {
    for (const b of dated) {
      if (REPEATABLE.has(a.stage) && REPEATABLE.has(b.stage)) continue;
      if (RANK[a.stage] < RANK[b.stage] && startOfDate(a.date) > endOfDate(b.date)) {
        problems.push({
          index: b.i,
          message: t('problem.dateOrder', {
            later: b.stage,
            laterDate: b.date,
            earlier: a.stage,
            earlierDate: a.date,
          }),
        });
      }
    }
  }
  return problems;
}
