/**
 * Round 20, PM templates: a sentence that puts every endpoint under a base path, before or after the
 * list and in any section that lists them ("Everything is under `/api/v1`", "All routes are mounted under
 * `/x/api`" under a spec kit's "Contracts").
 */
import { describe, expect, it } from 'vitest';
import { declaredPrefix } from './doc-scope.js';
import { apiLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');
const kiteList = ['- `GET /kites/:kiteId` – one kite', '- `POST /kites` – register a kite', '- `DELETE /kites/:kiteId`'];

describe('a sentence that puts every endpoint under a base path', () => {
  it('prefixes the list after it, in the wordings teams use', () => {
    for (const [sentence, base] of [
      ['Everything is under `/api/v2`. Auth is a session cookie.', '/api/v2'],
      ['All console endpoints sit under `/ops/api` and need a staff session.', '/ops/api'],
      ['Internal JSON API under `/api/internal`.', '/api/internal'],
      ['All under `/lending/api`, JSON both ways.', '/lending/api'],
      ['All paths start with `/v3`.', '/v3'],
      ['Alles liegt unter `/api/v1`.', '/api/v1'],
      ['Tout est sous `/api`.', '/api'],
      ['Tutti gli endpoint sono sotto `/api/v1`.', '/api/v1'],
    ] as const) {
      const md = lines('# Kiteshed', '', '## API', '', sentence, '', ...kiteList);
      expect(apiLines(md), sentence).toEqual([`DELETE ${base}/kites/:kiteId`, `GET ${base}/kites/:kiteId`, `POST ${base}/kites`]);
    }
  });

  it('prefixes the list before it when the sentence comes after', () => {
    const md = lines('# Kiteshed', '', '## Endpoints', '', ...kiteList, '', 'All of these endpoints live under `/rest`.');
    expect(apiLines(md)).toEqual(['DELETE /rest/kites/:kiteId', 'GET /rest/kites/:kiteId', 'POST /rest/kites']);
  });

  it('reads a mount sentence under a heading that is not about the API, such as a spec kit\'s contracts', () => {
    const md = lines('# Kiteshed plan', '', '## Contracts (`contracts/kites.yaml`)', '', 'All routes are mounted under `/shed/api`.', '', ...kiteList);
    expect(apiLines(md)).toEqual(['DELETE /shed/api/kites/:kiteId', 'GET /shed/api/kites/:kiteId', 'POST /shed/api/kites']);
  });

  it('takes no base from a web site, a file path, another service\'s API, a question or a legacy mount', () => {
    for (const sentence of [
      'Everything is documented under `https://docs.example.com/api`.',
      'Everything is under `/var/lib/kiteshed` on the host.',
      'The payments API is under `/v2`; we only call it.',
      'Stripe\'s API lives under `/v1`.',
      'Is everything under `/api/v2` now?',
      'All legacy endpoints were under `/old` (deprecated).',
      'Everything business-related is filed under `/finance`.',
    ]) {
      const md = lines('# Kiteshed', '', '## API', '', sentence, '', ...kiteList);
      expect(apiLines(md), sentence).toEqual(['DELETE /kites/:kiteId', 'GET /kites/:kiteId', 'POST /kites']);
    }
    expect(declaredPrefix('Uploads are stored under `/media/uploads`.')).toBeUndefined();
  });

  it('leaves the paths of code that mounts its own routes, and a URL written with its host, as written', () => {
    const md = lines(
      '# Kiteshed', '', '## API', '',
      'Everything is under `/api`:', '',
      '```python', 'app.include_router(kites, prefix="/api")', '', '@app.get("/healthz")', 'def healthz(): ...', '```', '',
      '- `GET /kites`', '',
      'Photos go straight to storage with `PUT https://kiteshed-blobs.example.net/{key}` and `PUT https://kiteshed-blobs.example.net/{key}/thumb`.',
    );
    expect(apiLines(md)).toEqual(['GET /api/kites', 'GET /healthz', 'PUT /:key', 'PUT /:key/thumb']);
  });
});
