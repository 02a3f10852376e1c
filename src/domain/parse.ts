import type { z } from 'zod';
import {
  datasetDocumentSchema,
  type DatasetDocument,
  type EdgeRecord,
  type NodeRecord,
} from './schema';
import { endOfDate, isPartialDate, startOfDate } from './dates';
import { KINDS_BY_TYPE, RELATIONSHIP_TYPES, isKnown, type NodeType } from './taxonomy';
import {
  STAGE_TYPES,
  datesFromStages,
  stagesFromDates,
  type StageLike,
} from './stages';
import { stageProblems } from './stageProblems';
import { buildDataset, type Dataset } from './dataset';
import { formatPath, type DatasetProblem } from './problems';
import { t } from './message';

export type ParseResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

const edgeIdOf = (e: { source: string; type: string; target: string }) =>
  `${e.source}--${e.type}--${e.target}`;

function schemaProblems(error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Checks a schema cannot express. It reads the raw document defensively so that it can
 * run even when the schema failed, and every problem is reported in one pass.
 */
export function integrityProblems(raw: unknown): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (!isRecord(raw)) return problems;
  const nodes = Array.isArray(raw.nodes) ? raw.nodes : [];
  const edges = Array.isArray(raw.edges) ? raw.edges : [];

  const firstIndexOfNode = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!isRecord(node)) return;
    const id = asString(node.id);
    if (id !== undefined) {
      const first = firstIndexOfNode.get(id);
      if (first !== undefined) {
        problems.push({
          path: `nodes[${i}].id`,
          message: t('problem.duplicateId', { id, other: `nodes[${first}]` }),
        });
      } else firstIndexOfNode.set(id, i);
    }
    const type = asString(node.type) as NodeType | undefined;
    const kind = asString(node.kind);
    if (type && kind && KINDS_BY_TYPE[type] && !KINDS_BY_TYPE[type].includes(kind as never)) {
      const allowed = KINDS_BY_TYPE[type].join(', ');
      problems.push({
        path: `nodes[${i}].kind`,
        message: t('problem.kindMisfit', { kind, type, allowed }),
      });
    }
    problems.push(...dateOrderProblems(node, `nodes[${i}]`, ['start', 'inForce', 'end']));
  });

  const firstIndexOfEdge = new Map<string, number>();
  edges.forEach((edge, i) => {
    if (!isRecord(edge)) return;
    for (const end of ['source', 'target'] as const) {
      const ref = asString(edge[end]);
      if (ref !== undefined && !firstIndexOfNode.has(ref)) {
        problems.push({
          path: `edges[${i}].${end}`,
          message: t('problem.unknownNode', { id: ref }),
        });
      }
    }
    const source = asString(edge.source);
    const target = asString(edge.target);
    const type = asString(edge.type);
    if (source !== undefined && source === target) {
      problems.push({ path: `edges[${i}]`, message: t('problem.selfTie', { id: source }) });
    }
    const id =
      asString(edge.id) ??
      (source && target && type ? edgeIdOf({ source, type, target }) : undefined);
    if (id !== undefined) {
      const first = firstIndexOfEdge.get(id);
      if (first !== undefined) {
        problems.push({
          path: `edges[${i}]`,
          message: t('problem.duplicateEdge', { id, other: `edges[${first}]` }),
        });
      } else firstIndexOfEdge.set(id, i);
    }
    problems.push(...dateOrderProblems(edge, `edges[${i}]`, ['start', 'end']));
    problems.push(...lifecycleProblems(edge, `edges[${i}]`, raw.schemaVersion));
  });
  return problems;
}

/** A tie's stages: fit its type, in order, and agreeing with any `start`/`end` also given. */
function lifecycleProblems(
  edge: Record<string, unknown>,
  at: string,
  schemaVersion: unknown,
): DatasetProblem[] {
  if (!Array.isArray(edge.stages)) return [];
  if (schemaVersion === 1) {
    return [{ path: `${at}.stages`, message: t('problem.stagesNeedVersion2') }];
  }
  const type = asString(edge.type);
  if (type === undefined || !isKnown(RELATIONSHIP_TYPES, type)) return [];
  const stages = edge.stages.filter(
    (s): s is StageLike =>
      isRecord(s) &&
      typeof s.stage === 'string' &&
      isKnown(STAGE_TYPES, s.stage) &&
      (s.date === undefined ||
        s.date === null ||
        (typeof s.date === 'string' && isPartialDate(s.date))),
  );
  if (stages.length !== edge.stages.length) return []; // the schema reports the malformed stage
  const problems = stageProblems(type, stages).map((p) => ({
    path: p.index === null ? `${at}.stages` : `${at}.stages[${p.index}]`,
    message: p.message,
  }));
  const derived = datesFromStages(stages);
  for (const field of ['start', 'end'] as const) {
    const given = asString(edge[field]);
    if (given !== undefined && given !== derived[field]) {
      problems.push({
        path: `${at}.${field}`,
        message: derived[field]
          ? t('problem.stagesDisagree', { field, given, derived: derived[field] })
          : t('problem.stagesDisagreeNone', { field, given }),
      });
    }
  }
  return problems;
}

/** Each date must not begin after a later one ends: start ≤ inForce ≤ end, compared as periods. */
function dateOrderProblems(
  record: Record<string, unknown>,
  at: string,
  fields: string[],
): DatasetProblem[] {
  const dated = fields
    .map((field) => ({ field, value: asString(record[field]) }))
    .filter(
      (d): d is { field: string; value: string } => d.value !== undefined && isPartialDate(d.value),
    );
  const problems: DatasetProblem[] = [];
  for (let a = 0; a < dated.length; a++) {
    for (let b = a + 1; b < dated.length; b++) {
      if (startOfDate(dated[a].value) > endOfDate(dated[b].value)) {
        problems.push({
          path: `${at}.${dated[b].field}`,
          message: t('problem.dateOrder', {
            later: dated[b].field,
            laterDate: dated[b].value,
            earlier: dated[a].field,
            earlierDate: dated[a].value,
          }),
        });
      }
    }
  }
  return problems;
}

/** A document that passed every check, with edge ids filled in: ready for buildDataset. */
export interface ValidDocument {
  meta: DatasetDocument['meta'];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export type ValidationResult =
  { ok: true; document: ValidDocument } | { ok: false; problems: DatasetProblem[] };

/**
 * Validate a raw document (already JSON-parsed) without indexing it. Kept apart from
 * parseDataset so a worker can validate and post back a plain, cloneable document.
 */
export function validateDataset(raw: unknown): ValidationResult {
  if (!isRecord(raw)) {
    return {
      ok: false,
      problems: [{ path: '', message: t('problem.notDataset') }],
    };
  }
  const parsed = datasetDocumentSchema.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : schemaProblems(parsed.error)),
    ...integrityProblems(raw),
  ];
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, document: withEdgeIds(parsed.data) };
}

/** Parse JSON text and validate it, turning a syntax error into a located problem. */
export function validateDatasetText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: t('problem.notJson', { detail }) }],
    };
  }
  return validateDataset(raw);
}

const built = (result: ValidationResult): ParseResult =>
  result.ok ? { ok: true, dataset: buildDataset(result.document) } : result;

/** Validate a raw document (already JSON-parsed) and build the indexed dataset. */
export function parseDataset(raw: unknown): ParseResult {
  return built(validateDataset(raw));
}

/** Parse JSON text, turning a syntax error into a located problem. */
export function parseDatasetText(text: string): ParseResult {
  return built(validateDatasetText(text));
}

/**
 * Edge ids filled in, and every state tie in its lifecycle form: ties written with `start`/`end`
 * only (all of schema version 1) get the stages those dates stand for; ties with stages get the
 * `start`/`end` the time rule reads. So older files open unchanged and the app sees one form.
 */
function withEdgeIds(doc: DatasetDocument): ValidDocument {
  return {
    meta: doc.meta,
    nodes: doc.nodes,
    edges: doc.edges.map((e) => {
      const id = e.id ?? edgeIdOf(e);
      if (e.stages) {
        const { start, end, ...rest } = e;
        void start;
        void end;
        return { ...rest, ...datesFromStages(e.stages), id };
      }
      const stages = stagesFromDates(e.type, e.start, e.end);
      return { ...e, ...(stages ? { stages } : {}), id };
    }),
  };
}
