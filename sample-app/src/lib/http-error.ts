/**
 * Errors that carry their HTTP status. Route handlers and hooks throw them; the central error handler
 * in app.ts turns them into `{ error, message }` JSON responses, so no handler formats errors itself.
 */
export class HttpError extends Error {
  readonly statusCode: number;

  constructor(statusCode: number, message: string) {
    super(message);
    this.name = 'HttpError';
    this.statusCode = statusCode;
  }
}

/** 400: the request is malformed (e.g. a post id that is not a positive integer). */
export function badRequest(message: string): HttpError {
  return new HttpError(400, message);
}

/** 401: no valid credentials. */
export function unauthorized(message: string): HttpError {
  return new HttpError(401, message);
}

/** 403: authenticated, but not allowed to do this. */
export function forbidden(message: string): HttpError {
  return new HttpError(403, message);
}

/** 404: the resource does not exist. */
export function notFound(message: string): HttpError {
  return new HttpError(404, message);
}

/** 409: the request conflicts with existing state (e.g. an e-mail address already registered). */
export function conflict(message: string): HttpError {
  return new HttpError(409, message);
}

/** 415: the payload's type is not one we accept. */
export function unsupportedMediaType(message: string): HttpError {
  return new HttpError(415, message);
}

/**
 * Parses a path id as a positive 32-bit integer (the range of the `integer` id columns).
 * Returns null for anything else, so callers answer 400 instead of sending a bad value to SQL.
 */
export function parseId(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}
