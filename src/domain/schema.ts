import { z } from 'zod';
import { isPartialDate } from './dates';
import { FUNCTIONS, NODE_KINDS, NODE_TYPES, REGIONS, RELATIONSHIP_TYPES } from './taxonomy';
import { STAGE_TYPES } from './stages';
import { SCHEMA_VERSION } from './version';
import { t } from './message';

const quoted = (value: unknown) => JSON.stringify(value);

/*
 * Messages are functions, so they are written in the language active when a file is checked.
 * `field` is the field's name as written in the file.
 */
const message = (id: string, values?: Record<string, unknown>) => () => t(id, values);

/** An enum whose error names the offending value and what was expected. */
const vocabulary = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? t('problem.missing', { field })
        : t('problem.unknownValue', {
            field,
            value: quoted(issue.input),
            allowed: values.join(', '),
          }),
  });

const text = (field: string) =>
  z.string({
    error: (i) =>
      i.input === undefined
        ? t('problem.missing', { field })
        : t('problem.notText', { field, value: quoted(i.input) }),
  });

const nonEmptyText = (field: string) =>
  text(field).min(1, { error: message('problem.empty', { field }) });

const sourcesList = () => z.array(sourceSchema, { error: message('problem.sourcesList') });

const yesNo = (field: string) => z.boolean({ error: message('problem.notBoolean', { field }) });

export const partialDateSchema = z
  .string({
    error: (i) => t('problem.dateNotText', { value: quoted(i.input) }),
  })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    abort: true,
    error: (i) => t('problem.badDate', { value: quoted(i.input) }),
  })
  .refine(isPartialDate, {
    error: (i) => t('problem.badDate', { value: quoted(i.input) }),
  })
  .describe('ISO date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD');

const idSchema = nonEmptyText('id').regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: (i) => t('problem.badId', { value: quoted(i.input) }),
});

const urlSchema = text('url').refine((v) => /^https?:\/\/\S+$/.test(v), {
  error: (i) => t('problem.badUrl', { value: quoted(i.input) }),
});

export const sourceSchema = z.object({
  title: nonEmptyText('title'),
  url: urlSchema,
});

const sourcesSchema = sourcesList().min(1, { error: message('problem.noSource') });

export const nodeSchema = z.object({
  id: idSchema,
  type: vocabulary(NODE_TYPES, 'type'),
  kind: vocabulary(NODE_KINDS, 'kind'),
  name: nonEmptyText('name'),
  shortName: text('shortName').optional(),
  aliases: z.array(text('alias')).optional(),
  localNames: z
    .array(
      z.object({
        lang: text('lang').regex(/^[a-z]{2,3}$/, {
          error: (i) => t('problem.badLang', { value: quoted(i.input) }),
        }),
        name: nonEmptyText('name'),
        shortName: text('shortName').optional(),
        sources: sourcesSchema.optional(),
      }),
      { error: message('problem.localNamesList') },
    )
    .optional()
    .describe(
      'The name in other languages (ISO 639-1 code), each with the page that states it: shown when the interface is in that language, and found by search.',
    ),
  description: text('description').optional(),
  regions: z.array(vocabulary(REGIONS, 'regions')).default([]),
  subregion: text('subregion').optional(),
  functions: z.array(vocabulary(FUNCTIONS, 'functions')).default([]),
  start: partialDateSchema.nullish(),
  startNote: text('startNote').optional(),
  inForce: partialDateSchema.nullish(),
  end: partialDateSchema.nullish(),
  docRef: text('docRef').optional(),
  binding: yesNo('binding').optional(),
  hq: z.object({ city: text('city').optional(), country: text('country').optional() }).optional(),
  url: urlSchema.optional(),
  sources: sourcesSchema,
});

export const stageSchema = z
  .object({
    stage: vocabulary(STAGE_TYPES, 'stage'),
    date: partialDateSchema.nullish(),
    note: text('note').optional(),
    sources: sourcesList().optional(),
  })
  .describe(
    'One dated step of a state tie: signature, ratification (or acceptance, approval, accession, succession, definitive-signature; "consent" when the source does not say which), in-force, denunciation, withdrawal; or joined, suspended, reinstated, left. An undated stage means it happened on a date not known.',
  );

export const edgeSchema = z.object({
  id: idSchema.optional(),
  source: text('source'),
  target: text('target'),
  type: vocabulary(RELATIONSHIP_TYPES, 'type'),
  start: partialDateSchema.nullish(),
  end: partialDateSchema.nullish(),
  stages: z
    .array(stageSchema, { error: message('problem.stagesList') })
    .min(1, { error: message('problem.stagesEmpty') })
    .optional()
    .describe(
      'The lifecycle of a party-to, signatory-of or member-of tie (schemaVersion 2). start and end are derived from it: start is the earliest dated stage, end the date of leaving.',
    ),
  reservations: yesNo('reservations')
    .optional()
    .describe('true when the state made reservations or declarations to the treaty'),
  note: text('note').optional(),
  sources: sourcesSchema,
});

export const metaSchema = z.object({
  title: text('title'),
  version: text('version').optional(),
  updated: partialDateSchema.optional(),
  license: text('license').optional(),
  description: text('description').optional(),
  attribution: text('attribution').optional(),
});

export const datasetDocumentSchema = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(SCHEMA_VERSION)], {
    error: (i) => t('problem.schemaVersion', { value: quoted(i.input), expected: SCHEMA_VERSION }),
  }),
  meta: metaSchema,
  nodes: z.array(nodeSchema, { error: message('problem.notList', { field: 'nodes' }) }),
  edges: z.array(edgeSchema, { error: message('problem.notList', { field: 'edges' }) }),
});

export type DatasetDocument = z.infer<typeof datasetDocumentSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema> & { id: string };
export type Source = z.infer<typeof sourceSchema>;
export type StageRecord = z.infer<typeof stageSchema>;
export type Meta = z.infer<typeof metaSchema>;
