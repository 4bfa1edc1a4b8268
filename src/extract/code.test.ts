import { describe, expect, it } from 'vitest';
import { parsePrd } from '../prd/parse.js';
import { extractTasks } from './extract.js';

const fence = '```';

/** One OpenAPI document, read once for both its schemas (models) and its paths (APIs). */
const OPENAPI = `# Sensors

## 1. API

${fence}yaml
openapi: 3.0.0
paths:
  /sensors:
    get:
      summary: List
  /sensors/{sensorId}:
    get:
      summary: One
    delete:
      deprecated: true
components:
  schemas:
    Sensor:
      required: [id]
      properties:
        id: { type: string }
        readings: { type: array, items: { $ref: '#/components/schemas/Reading' } }
    Reading:
      properties:
        value: { type: number }
${fence}
`;

describe('code blocks', () => {
  it('an OpenAPI block yields its schemas as models and its paths as APIs, each at its own line', () => {
    const tasks = extractTasks(parsePrd(OPENAPI, 'sensors.md'));
    const summary = tasks.map((t) => [t.kind, t.kind === 'api' ? `${t.methods.join(',')} ${t.path}` : t.kind === 'model' ? `${t.name} ${t.fields.map((f) => `${f.name}${f.optional ? '?' : ''}:${f.type}`).join(' ')}` : '', t.sources[0]!.line]);
    expect(summary).toEqual([
      ['model', 'Sensor id:string readings?:Reading[]', 18],
      ['model', 'Reading value?:number', 23],
      ['api', 'GET /sensors', 8],
      ['api', 'GET /sensors/:sensorId', 11],
    ]);
  });

  it('a YAML block in a data section is read for models', () => {
    const tasks = extractTasks(parsePrd(`# Shop\n\n## Data model\n\n${fence}yaml\nOrder:\n  id: uuid\n  total?: decimal\n${fence}\n`, 'shop.md'));
    expect(tasks.map((t) => (t.kind === 'model' ? [t.name, t.fields.map((f) => `${f.name}${f.optional ? '?' : ''}:${f.type}`), t.sources[0]!.line] : t.kind))).toEqual([['Order', ['id:string', 'total?:number'], 6]]);
  });
});
