import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, visit } from 'yaml';
import { computeLineStarts } from './lines.js';
import { parseFrontmatter } from './frontmatter.js';

/** What the YAML library makes of the text between the fences, plain scalars as written: the reference. */
function yamlJs(yamlText: string) {
  const doc = parseDocument(yamlText, { uniqueKeys: true, strict: true });
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'PLAIN' && node.value !== null) node.value = node.source;
    },
  });
  return { errors: doc.errors, value: doc.toJS() as unknown };
}
function byYaml(yamlText: string): unknown {
  return yamlJs(yamlText).value ?? {};
}

function parse(yamlText: string): unknown {
  const text = `---\n${yamlText}---\n# Title\n`;
  return parseFrontmatter('a.md', text, computeLineStarts(text))!.data;
}

describe('frontmatter', () => {
  it('reads simple key: value lines keeping the source text of plain scalars; only a null stays null', () => {
    const data = parse('id: 0.1\ntitle: Orders (v2), draft\nowner: team-7\ncount: 12\nhex: 0x1F\noct: 0o17\nexp: 1e3\ninf: .inf\nok: true\nno: FALSE\nnothing: null\ndate: 2024-01-31\n');
    expect(data).toEqual({ id: '0.1', title: 'Orders (v2), draft', owner: 'team-7', count: '12', hex: '0x1F', oct: '0o17', exp: '1e3', inf: '.inf', ok: 'true', no: 'FALSE', nothing: null, date: '2024-01-31' });
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
          const doc = yamlJs(yamlText);
          if (doc.errors.length > 0) throw new Error('invalid');
          expected = doc.value ?? {};
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

  it('keeps 6.10 and 1.0 as written, on the fast path and through the YAML parser alike', () => {
    expect(parse('id: 6.10\n')).toEqual({ id: '6.10' });
    expect(parse('id: 6.10 # roadmap item\nversion: 1.0\ntags: [2.10, x]\n')).toEqual({ id: '6.10', version: '1.0', tags: ['2.10', 'x'] });
  });
});
