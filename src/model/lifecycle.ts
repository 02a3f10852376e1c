import { formatDate, orderedStages, type DataEdge } from '../domain';
import { t } from '../i18n';
import { term } from '../i18n/terms';

/** One step of a tie's lifecycle, in words: "ratified 7 April 2005", "joined (date unknown)". */
export interface StageText {
  stage: string;
  text: string;
  dated: boolean;
}

/**
 * A state tie's stages in lifecycle order, each with its date or "date unknown", and a closing
 * "reservations or declarations" when the state made any. Ties without stages: their start and end.
 * The words are the active language's, as of the call.
 */
export function describeLifecycle(edge: DataEdge): StageText[] {
  if (!edge.stages) {
    const out: StageText[] = [];
    out.push(
      edge.start
        ? {
            stage: 'start',
            text: t('lifecycle.since', { date: formatDate(edge.start) }),
            dated: true,
          }
        : { stage: 'start', text: t('lifecycle.dateUnknown'), dated: false },
    );
    if (edge.end)
      out.push({
        stage: 'end',
        text: t('lifecycle.until', { date: formatDate(edge.end) }),
        dated: true,
      });
    return out;
  }
  const out: StageText[] = orderedStages(edge.stages).map((s) => ({
    stage: s.stage,
    text: s.date
      ? t('lifecycle.stage', { stage: term('stage', s.stage), date: formatDate(s.date) })
      : t('lifecycle.stageUndated', { stage: term('stage', s.stage) }),
    dated: Boolean(s.date),
  }));
  if (edge.reservations)
    out.push({ stage: 'reservations', text: t('lifecycle.reservations'), dated: true });
  return out;
}
