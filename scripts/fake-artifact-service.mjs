#!/usr/bin/env node
/**
 * A local emulation of the GitHub Actions artifact service (v4 backend), enough for the real
 * @actions/artifact client's upload: the Twirp JSON endpoints CreateArtifact and FinalizeArtifact
 * under ACTIONS_RESULTS_URL, and the Azure block-blob API behind the signed upload URL (Put Block +
 * Put Block List, as @azure/storage-blob's uploadStream does). Plain JS so the demo can run it;
 * types are in fake-artifact-service.d.mts. The runtime token is a JWT whose
 * `scp` claim names the run and job, as the runner's is; requests for another run are refused.
 */
/* eslint-disable @typescript-eslint/explicit-module-boundary-types -- plain JS, typed by the .d.mts */
/** @typedef {import('./fake-artifact-service.d.mts').FakeArtifactService} FakeArtifactService */
import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
const RUN_ID = 'c0ffee00-0000-4000-8000-00000000run1';
const JOB_ID = 'c0ffee00-0000-4000-8000-00000000job1';
/** An unsigned JWT carrying the scope @actions/artifact reads its backend ids from. */
function makeRuntimeToken() {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const scp = `Actions.GenericRead:${RUN_ID} Actions.Results:${RUN_ID}:${JOB_ID}`;
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp, iat: 1 })}.${randomBytes(8).toString('base64url')}`;
}
/** The env vars @actions/artifact reads to talk to `service`. */
export function artifactEnv(service) {
  return { ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: service.token };
}
/** Starts the emulation on 127.0.0.1 at a free port. */
export async function startFakeArtifactService() {
  const token = makeRuntimeToken();
  const sig = randomBytes(12).toString('base64url');
  const artifacts = [];
  const requests = [];
  const blocks = new Map();
  let base = '';
  const twirp = (method, req) => {
    if (req.workflow_run_backend_id !== RUN_ID || req.workflow_job_run_backend_id !== JOB_ID) {
      return [400, { code: 'invalid_argument', msg: 'unknown workflow run or job backend id' }];
    }
    const name = typeof req.name === 'string' ? req.name : '';
    if (method === 'CreateArtifact') {
      if (artifacts.some((a) => a.name === name)) {
        return [
          409,
          { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' },
        ];
      }
      const blob = `artifacts/${randomBytes(8).toString('hex')}.zip`;
      artifacts.push({
        id: 1000 + artifacts.length,
        name,
        created: req,
        blob,
        finalized: false,
        content: null,
      });
      return [
        200,
        { ok: true, signed_upload_url: `${base}devstoreaccount1/${blob}?sv=2024-11-04&sig=${sig}` },
      ];
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.name === name && !a.finalized);
      if (artifact?.content == null) return [404, { code: 'not_found', msg: 'no upload to finalize' }];
      if (String(artifact.content.length) !== String(req.size)) {
        return [400, { code: 'invalid_argument', msg: 'size mismatch' }];
      }
      artifact.finalized = true;
      return [200, { ok: true, artifact_id: String(artifact.id) }];
    }
    return [404, { code: 'bad_route', msg: `no method ${method}` }];
  };
  const blob = (url, body, op) => {
    if (url.searchParams.get('sig') !== sig) return 403;
    const name = url.pathname.replace(/^\/devstoreaccount1\//, '');
    const artifact = artifacts.find((a) => a.blob === name);
    if (artifact === undefined) return 404;
    if (op === 'blob-put') artifact.content = body;
    if (op === 'blob-block') {
      const staged = blocks.get(name) ?? new Map();
      staged.set(url.searchParams.get('blockid') ?? '', body);
      blocks.set(name, staged);
    }
    if (op === 'blob-blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)];
      const staged = blocks.get(name) ?? new Map();
      if (ids.some((m) => !staged.has(m[1] ?? ''))) return 400;
      artifact.content = Buffer.concat(ids.map((m) => staged.get(m[1] ?? '') ?? Buffer.alloc(0)));
    }
    return 201;
  };
  const handle = (req, res, body) => {
    const url = new URL(req.url ?? '/', base);
    const headers = { 'x-ms-request-id': randomBytes(8).toString('hex') };
    let status;
    let payload = Buffer.alloc(0);
    if (url.pathname.startsWith(TWIRP)) {
      const op = url.pathname.slice(TWIRP.length);
      const parsed = JSON.parse(body.toString('utf8') || '{}');
      let answer;
      if (req.headers.authorization !== `Bearer ${token}`)
        [status, answer] = [401, { code: 'unauthenticated', msg: 'bad token' }];
      else [status, answer] = twirp(op, parsed);
      requests.push({ op, status, body: parsed });
      payload = Buffer.from(JSON.stringify(answer));
      headers['content-type'] = 'application/json';
    } else {
      const comp = url.searchParams.get('comp');
      const op = comp === 'block' ? 'blob-block' : comp === 'blocklist' ? 'blob-blocklist' : 'blob-put';
      status = req.method === 'PUT' ? blob(url, body, op) : 405;
      requests.push({ op, status, body: body.length });
      headers.etag = `"0x${randomBytes(8).toString('hex')}"`;
      headers['last-modified'] = new Date().toUTCString();
    }
    headers['content-length'] = String(payload.length);
    res.writeHead(status, headers);
    res.end(payload);
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  return {
    url: base,
    token,
    artifacts,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
