/** Writes data/network.schema.json (JSON Schema) from the zod schema, for people who edit the data. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { datasetDocumentSchema } from '../../src/domain/schema';

const out = fileURLToPath(new URL('../network.schema.json', import.meta.url));
const schema = {
  ...z.toJSONSchema(datasetDocumentSchema, { io: 'input', unrepresentable: 'any' }),
  $id: 'https://cyber-cooperation-atlas/network.schema.json',
  title: 'Cyber Cooperation Atlas dataset',
};
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${out}`);
