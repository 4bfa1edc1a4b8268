import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { computeLineStarts } from './lines.js';
import { parseFrontmatter } from './frontmatter.js';

/** What the YAML library makes of the text between the fences: the reference. */
function byYaml(yamlText: string): unknown {
  return parseDocument(yamlText, { uniqueKeys: true, strict: true }).toJS() ?? {};
}

function parse(yamlText: string): unknown {
  const text = `---\n${yamlText}---\n# Title\n`;
  return parseFrontmatter('a.md', text, computeLineStarts(text))!.data;
}

describe('frontmatter', () => {
  it('reads simple key: value lines with the types YAML gives them', () => {
    const data = parse('id: 0.1\ntitle: Orders (v2), draft\nowner: team-7\ncount: 12\nhex: 0x1F\noct: 0o17\nexp: 1e3\ninf: .inf\nok: true\nno: FALSE\nnothing: null\ndate: 2024-01-31\n');
    expect(data).toEqual({ id: 0.1, title: 'Orders (v2), draft', owner: 'team-7', count: 12, hex: 31, oct: 15, exp: 1000, inf: Infinity, ok: true, no: false, nothing: null, date: '2024-01-31' });
    expect(data).toEqual(byYaml('id: 0.1\ntitle: Orders (v2), draft\nowner: team-7\ncount: 12\nhex: 0x1F\noct: 0o17\nexp: 1e3\ninf: .inf\nok: true\nno: FALSE\nnothing: null\ndate: 2024-01-31\n'));
  });

  it('gives what the YAML library gives for any mix of plain, quoted, commented and nested entries', () => {
    const key = fc.constantFrom('id', 'title', 'owner', 'status', 'true', 'null', 'No', 'x-1', 'a_b', 'Titre', '名前');
    const value = fc.oneof(
      fc.constantFrom('0.1', '1.', '.5', '-5', '+3', '007', '1e3', '1E-2', '0x1F', '0o17', '.inf', '-.Inf', '.NaN', 'true', 'True', 'TRUE', 'false', 'null', 'Null', '~', '2024-01-31', '1.2.3', '2.1.1.1'),
      fc.constantFrom('Orders', 'Gestión de pedidos', '订单管理', 'a, b', 'x (y)', 'a/b', 'team-7', 'a_b', 'v2 ', 'a  b', 'x: y', 'x #c', '"quoted"', "'single'", '[a, b]', '{a: 1}', '- item', '| block', '&anchor x', '*alias', '!tag x', '@at', '`tick`', 'a\tb', '😀'),
      fc.string({ maxLength: 12 }),
    );
    const entry = fc.tuple(key, fc.constantFrom(': ', ':  ', ':'), value, fc.constantFrom('', '\r', ' # note'));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), fc.boolean(), (entries, indentLast) => {
        const lines = entries.map(([k, sep, v, end], i) => `${indentLast && i === entries.length - 1 && i > 0 ? '  ' : ''}${k}${sep}${v}${end}`);
        const yamlText = `${lines.join('\n')}\n`;
        let expected: unknown;
        try {
          const doc = parseDocument(yamlText, { uniqueKeys: true, strict: true });
          if (doc.errors.length > 0) throw new Error('invalid');
          expected = doc.toJS() ?? {};
          if (typeof expected !== 'object' || Array.isArray(expected)) throw new Error('not a mapping');
        } catch {
          // Invalid YAML or not a mapping: the parser must reject it too.
          expect(() => parse(yamlText)).toThrow();
          return;
        }
        expect(parse(yamlText)).toEqual(expected);
      }),
      { numRuns: 4000, seed: 11 },
    );
  });
});
