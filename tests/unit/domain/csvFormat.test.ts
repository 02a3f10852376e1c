import { describe, expect, it } from 'vitest';
import { edgeSchema, nodeSchema } from '../../../src/domain';
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  columnOfField,
  decodeCell,
  decodeList,
  decodeSources,
  encodeList,
  encodeSources,
  escapeCell,
  unescapeCell,
} from '../../../src/domain/csvFormat';

describe('CSV columns', () => {
  it('have a column for every field of a node and an edge, so nothing is lost on export', () => {
    const nodeColumns = Object.keys(NODE_COLUMNS);
    for (const field of Object.keys(nodeSchema.shape)) {
      if (field === 'hq')
        expect(nodeColumns).toEqual(expect.arrayContaining(['hqCity', 'hqCountry']));
      else expect(nodeColumns).toContain(field);
    }
    expect(Object.keys(EDGE_COLUMNS).sort()).toEqual(Object.keys(edgeSchema.shape).sort());
  });

  it('name the column a field is read from', () => {
    expect(columnOfField('hq.city')).toBe('hqCity');
    expect(columnOfField('hq.country')).toBe('hqCountry');
    expect(columnOfField('kind')).toBe('kind');
  });
});

describe('list cells', () => {
  it.each([
    [['europe', 'global'], 'europe;global'],
    [[], ''],
    [undefined, ''],
    [['ETS No. 185'], 'ETS No. 185'],
  ])('write %j as %j and read it back', (items, cell) => {
    expect(encodeList(items)).toBe(cell);
    expect(decodeList(cell).value).toEqual(items?.length ? items : undefined);
  });

  it('forgive spaces and empty items typed in a spreadsheet', () => {
    expect(decodeList(' europe ; global ;').value).toEqual(['europe', 'global']);
  });

  it.each([[['a; b', 'c']], [['line\nbreak']], [[' padded']], [['[draft]', 'x']]])(
    'fall back to a JSON array when %j could not be told apart',
    (items) => {
      const cell = encodeList(items);
      expect(cell.startsWith('[')).toBe(true);
      expect(decodeList(cell).value).toEqual(items);
    },
  );

  it('read a cell that merely starts with a bracket as plain text', () => {
    expect(decodeList('[draft];final').value).toEqual(['[draft]', 'final']);
  });
});

describe('sources cells', () => {
  const two = [
    { title: 'UN – History', url: 'https://www.un.org/en/about-us/history-of-the-un' },
    { title: 'A/70/174', url: 'https://undocs.org/A/70/174' },
  ];

  it('write one source a line, title then address, and read them back', () => {
    const cell = encodeSources(two);
    expect(cell).toBe(
      'UN – History https://www.un.org/en/about-us/history-of-the-un\nA/70/174 https://undocs.org/A/70/174',
    );
    expect(decodeSources(cell).value).toEqual(two);
    expect(decodeSources(cell.replace('\n', '\r\n\r\n')).value).toEqual(two);
  });

  it('keep a title with a line break exactly, as JSON', () => {
    const odd = [{ title: 'Two\nlines', url: 'https://example.org/a' }];
    expect(decodeSources(encodeSources(odd)).value).toEqual(odd);
  });

  it.each([
    ['EUR-Lex', 'source 1 "EUR-Lex" does not end with a web address'],
    ['Title https://a.org/\nNo address here', 'source 2 "No address here" does not end'],
    ['https://example.org/', 'source 1 has an address but no title'],
  ])('say which line of %j is wrong', (cell, message) => {
    expect(decodeSources(cell).problem).toContain(message);
  });
});

describe('cells', () => {
  it.each(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', "'=already quoted", '\tTab'])(
    'guard %j against being run as a formula, and read it back unchanged',
    (text) => {
      const cell = escapeCell(text);
      expect(cell.startsWith("'")).toBe(true);
      expect(unescapeCell(cell)).toBe(text);
    },
  );

  it('leave ordinary text, including a leading apostrophe, alone', () => {
    expect(escapeCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(unescapeCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
  });

  it('read booleans, codes and text', () => {
    expect(decodeCell('boolean', 'TRUE').value).toBe(true);
    expect(decodeCell('boolean', 'false').value).toBe(false);
    expect(decodeCell('boolean', '').value).toBeUndefined();
    expect(decodeCell('boolean', 'yes').problem).toMatch(/binding must be true, false or empty/);
    expect(decodeCell('code', ' europe ').value).toBe('europe');
    expect(decodeCell('text', ' kept as written ').value).toBe(' kept as written ');
    expect(decodeCell('text', '').value).toBeUndefined();
  });
});
