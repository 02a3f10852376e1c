import { STAGE_TERMS, formatDate, orderedStages, type DataEdge } from '../domain';

/** One step of a tie's lifecycle, in words: "ratified 7 April 2005", "joined (date unknown)". */
export interface StageText {
  stage: string;
  text: string;
  dated: boolean;
}

/**
 * A state tie's stages in lifecycle order, each with its date or "date unknown", and a closing
 * "reservations or declarations" when the state made any. Ties without stages: their start and end.
 */
export function describeLifecycle(edge: DataEdge): StageText[] {
  if (!edge.stages) {
    const out: StageText[] = [];
    out.push(
      edge.start
        ? { stage: 'start', text: `since ${formatDate(edge.start)}`, dated: true }
        : { stage: 'start', text: 'date unknown', dated: false },
    );
    if (edge.end) out.push({ stage: 'end', text: `until ${formatDate(edge.end)}`, dated: true });
    return out;
  }
  const out: StageText[] = orderedStages(edge.stages).map((s) => ({
    stage: s.stage,
    text: `${STAGE_TERMS[s.stage].label} ${s.date ? formatDate(s.date) : '(date unknown)'}`,
    dated: Boolean(s.date),
  }));
  if (edge.reservations)
    out.push({ stage: 'reservations', text: 'with reservations or declarations', dated: true });
  return out;
}
