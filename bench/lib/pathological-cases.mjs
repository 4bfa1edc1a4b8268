// Pathological Markdown generators shared by bench/pathological.mjs and src/pathological.test.ts.

export const CASES = {
  'nested list items': (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 40)}- item ${i} \`GET /api/items/i${i}\``).join('\n'),
  'single long line': (n) => `# One line\n\n${'word /api/x `/y` must '.repeat(n)}`,
  'table rows': (n) => `## Endpoints\n\n| Method | Path |\n|---|---|\n${Array.from({ length: n }, (_, i) => `| GET | /api/r${i}/{id} |`).join('\n')}\n`,
  'headings in fences': (n) => `# Doc\n\n\`\`\`md\n${Array.from({ length: n }, (_, i) => `${'#'.repeat((i % 6) + 1)} heading ${i}`).join('\n')}\n\`\`\`\n`,
  'unclosed fence': (n) => `# Doc\n\n\`\`\`\n${'GET /api/x\n'.repeat(n)}`,
  'deep blockquotes': (n) => `## API\n\n${Array.from({ length: n }, (_, i) => `${'>'.repeat(1 + (i % 30))} GET /api/q${i}`).join('\n')}\n`,
  'html blocks (remark)': (n) => `## API\n\n${Array.from({ length: n }, (_, i) => `<div>\n\nGET /api/h${i}\n\n</div>`).join('\n')}\n`,
  // One model, its fields many: merging, splitting a field list, de-duplicating field names.
  'one model defined n times': (n) => `## Data Models\n\n${Array.from({ length: n }, (_, i) => `Model: Order — id, f${i}`).join('\n\n')}\n`,
  'field list on one line': (n) => `## Data Models\n\nModel: Big — ${Array.from({ length: n }, (_, i) => `f${i}`).join(', ')}, status (one of a, b)\n`,
  'field table rows': (n) => `## Data Models\n\n### Big\n\n| Field | Type |\n|---|---|\n${Array.from({ length: n }, (_, i) => `| f${i} | string |`).join('\n')}\n`,
  'field list items': (n) => `## Data Models\n\n### Big\n\n${Array.from({ length: n }, (_, i) => `- \`f${i}\`: string`).join('\n')}\n`,
  'one-line CREATE TABLE': (n) => `## Data Models\n\n\`\`\`sql\nCREATE TABLE big (${Array.from({ length: n }, (_, i) => `c${i} int`).join(', ')});\n\`\`\`\n`,
  'OpenAPI paths': (n) => `## API\n\n\`\`\`yaml\npaths:\n${Array.from({ length: n }, (_, i) => `  /api/r${i}:\n    get:\n      summary: x\n`).join('')}\`\`\`\n`,
};

export const SIZES = {
  'nested list items': [12_500, 25_000, 50_000, 100_000],
  'single long line': [62_500, 125_000, 250_000, 500_000],
  'table rows': [6_250, 12_500, 25_000, 50_000],
  'headings in fences': [125, 250, 500, 1_000],
  'unclosed fence': [25_000, 50_000, 100_000, 200_000],
  'deep blockquotes': [1_000, 2_000, 4_000, 8_000],
  'html blocks (remark)': [1_000, 2_000, 4_000, 8_000],
  'one model defined n times': [4_000, 8_000, 16_000, 32_000],
  'field list on one line': [8_000, 16_000, 32_000, 64_000],
  'field table rows': [4_000, 8_000, 16_000, 32_000],
  'field list items': [4_000, 8_000, 16_000, 32_000],
  'one-line CREATE TABLE': [8_000, 16_000, 32_000, 64_000],
  'OpenAPI paths': [500, 1_000, 2_000, 4_000],
};

