import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, type Dataset } from '../../src/domain';

export function loadFixture(name = 'small'): Dataset {
  const raw = JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures', `${name}.json`), 'utf8'),
  );
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
}

export function rawFixture(name = 'small'): Record<string, any> {
  return JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures', `${name}.json`), 'utf8'));
}
