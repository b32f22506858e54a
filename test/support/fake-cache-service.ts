/**
 * A local emulation of the GitHub Actions cache service v2, enough for the real @actions/cache
 * client: the Twirp JSON endpoints under ACTIONS_RESULTS_URL and the blob storage behind the signed
 * URLs they hand out (Put Blob, Put Block + Put Block List as @azure/storage-blob uploads, GET with
 * Range as @actions/http-client downloads). Entries are scoped by (key, version) like the service.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

/** One cache entry. `createdAt` orders prefix matches (newest wins). */
export interface FakeCacheEntry {
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  sizeBytes: number;
  createdAt: number;
}

/** One request as received. `op` is the Twirp method, or `blob-put` / `blob-block` / `blob-blocklist` / `blob-get`. */
export interface CacheRequest {
  op: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  status: number;
}

export interface FakeCacheService {
  /** Base URL with a trailing `/`: set ACTIONS_RESULTS_URL to it. */
  url: string;
  /** The bearer token it accepts: set ACTIONS_RUNTIME_TOKEN to it. */
  token: string;
  entries: FakeCacheEntry[];
  blobs: Map<string, Buffer>;
  requests: CacheRequest[];
  /** The next `times` requests of `op` answer `status` (with `retry-after: 1` for 429). */
  failNext(op: string, status: number, times?: number): void;
  close(): Promise<void>;
}

/** The env vars @actions/cache reads to talk to `service` through the v2 protocol. */
export function cacheEnv(service: FakeCacheService): Record<string, string> {
  return {
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: service.url,
    ACTIONS_RUNTIME_TOKEN: service.token,
  };
}

/** Starts the emulation on 127.0.0.1 at a free port. */
export async function startFakeCacheService(): Promise<FakeCacheService> {
  const token = `fake-runtime-${randomBytes(6).toString('hex')}`;
  const sig = randomBytes(12).toString('base64url');
  const entries: FakeCacheEntry[] = [];
  const blobs = new Map<string, Buffer>();
  const blobProps = new Map<string, Record<string, string>>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const requests: CacheRequest[] = [];
  const faults: { op: string; status: number; times: number }[] = [];
  let clock = 0;
  let base = '';

  const twirp = (method: string, req: Record<string, unknown>): [number, unknown] => {
    const key = typeof req.key === 'string' ? req.key : '';
    const version = typeof req.version === 'string' ? req.version : '';
    if (method === 'CreateCacheEntry') {
      if (entries.some((e) => e.key === key && e.version === version)) {
        return [
          409,
          { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' },
        ];
      }
      const blob = `caches/${randomBytes(8).toString('hex')}`;
      entries.push({ key, version, blob, finalized: false, sizeBytes: 0, createdAt: ++clock });
      return [
        200,
        { ok: true, signed_upload_url: `${base}devstoreaccount1/${blob}?sv=2024-11-04&sig=${sig}` },
      ];
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
      const size = blobs.get(entry?.blob ?? '')?.length;
      if (entry === undefined || size === undefined)
        return [404, { code: 'not_found', msg: 'no upload to finalize' }];
      if (String(size) !== String(req.size_bytes))
        return [400, { code: 'invalid_argument', msg: 'size mismatch' }];
      Object.assign(entry, { finalized: true, sizeBytes: size, createdAt: ++clock });
      return [200, { ok: true, entry_id: String(entries.indexOf(entry) + 1) }];
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const ready = entries.filter((e) => e.finalized && e.version === version);
      const restoreKeys = Array.isArray(req.restore_keys) ? req.restore_keys.map(String) : [];
      const newest = (list: FakeCacheEntry[]): FakeCacheEntry | undefined =>
        list.sort((a, b) => b.createdAt - a.createdAt)[0];
      // The documented order: exact key, then the key and each restore key as prefixes.
      let hit = ready.find((e) => e.key === key);
      for (const prefix of [key, ...restoreKeys]) {
        hit ??= newest(ready.filter((e) => e.key.startsWith(prefix)));
      }
      if (hit === undefined) return [200, { ok: false, signed_download_url: '', matched_key: '' }];
      const url = `${base}devstoreaccount1/${hit.blob}?sv=2024-11-04&sig=${sig}`;
      return [200, { ok: true, signed_download_url: url, matched_key: hit.key }];
    }
    return [404, { code: 'bad_route', msg: `no method ${method}` }];
  };

  const blob = (
    req: IncomingMessage,
    url: URL,
    body: Buffer,
    op: string,
  ): [number, Buffer, Record<string, string>] => {
    if (url.searchParams.get('sig') !== sig) return [403, Buffer.from('AuthenticationFailed'), {}];
    const name = url.pathname.replace(/^\/devstoreaccount1\//, '');
    const stored = {
      etag: `"0x${randomBytes(8).toString('hex')}"`,
      'last-modified': new Date().toUTCString(),
    };
    if (op === 'blob-put' || op === 'blob-blocklist') blobProps.set(name, stored);
    if (op === 'blob-put') {
      blobs.set(name, body);
      return [201, Buffer.alloc(0), stored];
    }
    if (op === 'blob-block') {
      const staged = blocks.get(name) ?? new Map<string, Buffer>();
      staged.set(url.searchParams.get('blockid') ?? '', body);
      blocks.set(name, staged);
      return [201, Buffer.alloc(0), {}];
    }
    if (op === 'blob-blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)].map(
        (m) => m[1] ?? '',
      );
      const staged = blocks.get(name) ?? new Map<string, Buffer>();
      if (ids.some((id) => !staged.has(id))) return [400, Buffer.from('InvalidBlockList'), {}];
      blobs.set(name, Buffer.concat(ids.map((id) => staged.get(id) ?? Buffer.alloc(0))));
      blocks.delete(name);
      return [201, Buffer.alloc(0), stored];
    }
    const data = blobs.get(name);
    if (data === undefined) return [404, Buffer.from('BlobNotFound'), {}];
    const props = { ...blobProps.get(name), 'x-ms-blob-type': 'BlockBlob', 'accept-ranges': 'bytes' };
    const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? req.headers['x-ms-range'] ?? ''));
    if (range === null) return [200, data, { ...props, 'content-type': 'application/octet-stream' }];
    const start = Number(range[1]);
    const end = Math.min(range[2] ? Number(range[2]) : data.length - 1, data.length - 1);
    if (start > end) return [416, Buffer.alloc(0), { 'content-range': `bytes */${data.length}` }];
    return [
      206,
      data.subarray(start, end + 1),
      { ...props, 'content-range': `bytes ${start}-${end}/${data.length}` },
    ];
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer): void => {
    const url = new URL(req.url ?? '/', base);
    const isTwirp = url.pathname.startsWith(TWIRP);
    const comp = url.searchParams.get('comp');
    const op = isTwirp
      ? url.pathname.slice(TWIRP.length)
      : req.method === 'PUT'
        ? comp === 'block'
          ? 'blob-block'
          : comp === 'blocklist'
            ? 'blob-blocklist'
            : 'blob-put'
        : 'blob-get';
    let parsed: unknown = body.length > 0 && isTwirp ? safeJson(body) : body.length;
    const record: CacheRequest = {
      op,
      method: req.method ?? '',
      path: url.pathname,
      headers: req.headers,
      body: parsed,
      status: 0,
    };
    requests.push(record);
    const headers: Record<string, string> = {
      'x-ms-request-id': randomBytes(8).toString('hex'),
      'x-ms-version': '2024-11-04',
    };
    const fault = faults.find((f) => f.op === op);
    let status: number;
    let payload: Buffer;
    if (fault !== undefined) {
      if (--fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
      status = fault.status;
      if (status === 429) headers['retry-after'] = '1';
      payload = Buffer.from(
        JSON.stringify({
          code: status === 429 ? 'resource_exhausted' : 'internal',
          msg: `injected ${status}`,
        }),
      );
    } else if (isTwirp) {
      if (req.headers.authorization !== `Bearer ${token}`) {
        [status, parsed] = [401, { code: 'unauthenticated', msg: 'bad token' }];
      } else {
        [status, parsed] = twirp(
          op,
          (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>,
        );
      }
      payload = Buffer.from(JSON.stringify(parsed));
      headers['content-type'] = 'application/json';
    } else {
      let extra: Record<string, string>;
      [status, payload, extra] = blob(req, url, body, op);
      Object.assign(headers, extra);
    }
    record.status = status;
    headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url: base,
    token,
    entries,
    blobs,
    requests,
    failNext(op: string, status: number, times = 1): void {
      faults.push({ op, status, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return body.toString('utf8');
  }
}
