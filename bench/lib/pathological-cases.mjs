// Pathological Markdown generators shared by bench/pathological.mjs and src/pathological.test.ts.

export const CASES = {
  'nested list items': (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 40)}- item ${i} \`GET /api/items/i${i}\``).join('\n'),
  'single long line': (n) => `# One line\n\n${'word /api/x `/y` must '.repeat(n)}`,
  'table rows': (n) => `## Endpoints\n\n| Method | Path |\n|---|---|\n${Array.from({ length: n }, (_, i) => `| GET | /api/r${i}/{id} |`).join('\n')}\n`,
  'headings in fences': (n) => `# Doc\n\n\`\`\`md\n${Array.from({ length: n }, (_, i) => `${'#'.repeat((i % 6) + 1)} heading ${i}`).join('\n')}\n\`\`\`\n`,
  'unclosed fence': (n) => `# Doc\n\n\`\`\`\n${'GET /api/x\n'.repeat(n)}`,
  'deep blockquotes': (n) => `## API\n\n${Array.from({ length: n }, (_, i) => `${'>'.repeat(1 + (i % 30))} GET /api/q${i}`).join('\n')}\n`,
  'html blocks (remark)': (n) => `## API\n\n${Array.from({ length: n }, (_, i) => `<div>\n\nGET /api/h${i}\n\n</div>`).join('\n')}\n`,
};

export const SIZES = {
  'nested list items': [12_500, 25_000, 50_000, 100_000],
  'single long line': [62_500, 125_000, 250_000, 500_000],
  'table rows': [6_250, 12_500, 25_000, 50_000],
  'headings in fences': [125, 250, 500, 1_000],
  'unclosed fence': [25_000, 50_000, 100_000, 200_000],
  'deep blockquotes': [1_000, 2_000, 4_000, 8_000],
  'html blocks (remark)': [1_000, 2_000, 4_000, 8_000],
};

