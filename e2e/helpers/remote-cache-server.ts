import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CacheRequest {
  method: string;
  hash: string;
  status: number;
  authorized: boolean;
}

export interface RemoteCacheServer {
  url: string;
  token: string;
  /** Every request, in order, with the status it got. */
  requests: CacheRequest[];
  entries: Map<string, Buffer>;
  close(): Promise<void>;
}

function body(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * A minimal server for Nx's self-hosted remote cache API (`GET`/`PUT /v1/cache/{hash}`, bearer token), in memory,
 * on 127.0.0.1 and a free port. Answers as the spec says: 401 without the token, 404 for a miss, 409 when a record
 * exists, 202 when stored.
 * @param token the bearer token clients must send
 */
export async function startRemoteCacheServer(token: string): Promise<RemoteCacheServer> {
  const entries = new Map<string, Buffer>();
  const requests: CacheRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const match = /^\/v1\/cache\/([A-Za-z0-9_-]+)$/.exec(request.url ?? '');
    const authorized = request.headers.authorization === `Bearer ${token}`;
    const hash = match?.[1] ?? '';
    const answer = (status: number, payload?: Buffer) => {
      requests.push({ method: request.method ?? '', hash, status, authorized });
      response.statusCode = status;
      if (payload) response.setHeader('Content-Type', 'application/octet-stream');
      response.end(payload);
    };
    if (!match) return answer(404);
    if (!authorized) return answer(401);
    if (request.method === 'GET') {
      const entry = entries.get(hash);
      return entry ? answer(200, entry) : answer(404);
    }
    if (request.method === 'PUT') {
      const data = await body(request);
      if (entries.has(hash)) return answer(409);
      entries.set(hash, data);
      return answer(202);
    }
    return answer(405);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    entries,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
