import { z } from 'zod';
import { isPartialDate } from './dates';
import { FUNCTIONS, NODE_KINDS, NODE_TYPES, REGIONS, RELATIONSHIP_TYPES } from './taxonomy';
import { STAGE_TYPES } from './stages';
import { SCHEMA_VERSION } from './version';

const quoted = (value: unknown) => JSON.stringify(value);

/** An enum whose error names the offending value and what was expected. */
const vocabulary = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `missing ${what}`
        : `unknown ${what} ${quoted(issue.input)} (expected one of: ${values.join(', ')})`,
  });

const text = (what: string) =>
  z.string({
    error: (i) =>
      i.input === undefined ? `missing ${what}` : `${what} must be text, got ${quoted(i.input)}`,
  });

export const partialDateSchema = z
  .string({
    error: (i) =>
      `date must be text like "2001", "2001-11" or "2001-11-23", got ${quoted(i.input)}`,
  })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    abort: true,
    error: (i) => `not a valid date ${quoted(i.input)} (use YYYY, YYYY-MM or YYYY-MM-DD)`,
  })
  .refine(isPartialDate, {
    error: (i) => `not a valid date ${quoted(i.input)} (use YYYY, YYYY-MM or YYYY-MM-DD)`,
  })
  .describe('ISO date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD');

const idSchema = text('id')
  .min(1, 'id must not be empty')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error: (i) => `id ${quoted(i.input)} may only contain letters, digits, ".", "_" and "-"`,
  });

const urlSchema = text('url').refine((v) => /^https?:\/\/\S+$/.test(v), {
  error: (i) => `not a web address ${quoted(i.input)} (must start with http:// or https://)`,
});

export const sourceSchema = z.object({
  title: text('source title').min(1, 'source title must not be empty'),
  url: urlSchema,
});

const sourcesSchema = z
  .array(sourceSchema, { error: 'sources must be a list of { title, url }' })
  .min(1, 'needs at least one source');

export const nodeSchema = z.object({
  id: idSchema,
  type: vocabulary(NODE_TYPES, 'node type'),
  kind: vocabulary(NODE_KINDS, 'kind'),
  name: text('name').min(1, 'name must not be empty'),
  shortName: text('shortName').optional(),
  aliases: z.array(text('alias')).optional(),
  localNames: z
    .array(
      z.object({
        lang: text('localNames.lang').regex(/^[a-z]{2,3}$/, {
          error: (i) => `localNames.lang ${quoted(i.input)} is not a language code (like ru or uz)`,
        }),
        name: text('localNames.name').min(1, 'a local name must not be empty'),
        shortName: text('localNames.shortName').optional(),
        sources: sourcesSchema.optional(),
      }),
      { error: 'localNames must be a list of { lang, name, shortName?, sources? }' },
    )
    .optional()
    .describe(
      'The name in other languages (ISO 639-1 code), each with the page that states it: shown when the interface is in that language, and found by search.',
    ),
  description: text('description').optional(),
  regions: z.array(vocabulary(REGIONS, 'region')).default([]),
  subregion: text('subregion').optional(),
  functions: z.array(vocabulary(FUNCTIONS, 'function')).default([]),
  start: partialDateSchema.nullish(),
  startNote: text('startNote').optional(),
  inForce: partialDateSchema.nullish(),
  end: partialDateSchema.nullish(),
  docRef: text('docRef').optional(),
  binding: z.boolean({ error: 'binding must be true or false' }).optional(),
  hq: z
    .object({ city: text('hq.city').optional(), country: text('hq.country').optional() })
    .optional(),
  url: urlSchema.optional(),
  sources: sourcesSchema,
});

export const stageSchema = z
  .object({
    stage: vocabulary(STAGE_TYPES, 'stage'),
    date: partialDateSchema.nullish(),
    note: text('stage note').optional(),
    sources: z
      .array(sourceSchema, { error: 'sources must be a list of { title, url }' })
      .optional(),
  })
  .describe(
    'One dated step of a state tie: signature, ratification (or acceptance, approval, accession, succession, definitive-signature; "consent" when the source does not say which), in-force, denunciation, withdrawal; or joined, suspended, reinstated, left. An undated stage means it happened on a date not known.',
  );

export const edgeSchema = z.object({
  id: idSchema.optional(),
  source: text('source'),
  target: text('target'),
  type: vocabulary(RELATIONSHIP_TYPES, 'relationship type'),
  start: partialDateSchema.nullish(),
  end: partialDateSchema.nullish(),
  stages: z
    .array(stageSchema, { error: 'stages must be a list of { stage, date }' })
    .min(1, 'stages must not be empty (leave the field out instead)')
    .optional()
    .describe(
      'The lifecycle of a party-to, signatory-of or member-of tie (schemaVersion 2). start and end are derived from it: start is the earliest dated stage, end the date of leaving.',
    ),
  reservations: z
    .boolean({ error: 'reservations must be true or false' })
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
    error: (i) =>
      `unsupported schemaVersion ${quoted(i.input)} (expected ${SCHEMA_VERSION}, or 1 for older files)`,
  }),
  meta: metaSchema,
  nodes: z.array(nodeSchema, { error: 'nodes must be a list' }),
  edges: z.array(edgeSchema, { error: 'edges must be a list' }),
});

export type DatasetDocument = z.infer<typeof datasetDocumentSchema>;
export type NodeRecord = z.infer<typeof nodeSchema>;
export type EdgeRecord = z.infer<typeof edgeSchema> & { id: string };
export type Source = z.infer<typeof sourceSchema>;
export type StageRecord = z.infer<typeof stageSchema>;
export type Meta = z.infer<typeof metaSchema>;
