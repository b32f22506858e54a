// JSON schemas: Fastify validates requests against them (400 on mismatch, before any handler or
// hook runs) and serializes responses through them (so a password hash can never leak by accident).

const email = { type: 'string', format: 'email', maxLength: 254 } as const;

export const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    email: { type: 'string' },
    displayName: { type: 'string' },
    avatarKey: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
  },
} as const;

export const postSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' },
    authorId: { type: 'integer' },
    title: { type: 'string' },
    body: { type: 'string' },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
} as const;

export const registerBody = {
  type: 'object',
  required: ['email', 'password', 'displayName'],
  additionalProperties: false,
  properties: {
    email,
    password: { type: 'string', minLength: 8, maxLength: 200 },
    displayName: { type: 'string', minLength: 1, maxLength: 80 },
  },
} as const;

export const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email, password: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const createPostBody = {
  type: 'object',
  required: ['title', 'body'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 200 },
    body: { type: 'string', minLength: 1, maxLength: 10_000 },
  },
} as const;

export const updatePostBody = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: createPostBody.properties,
} as const;

export const listPostsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
    offset: { type: 'integer', minimum: 0, default: 0 },
    author: { type: 'integer', minimum: 1 },
  },
} as const;

/** Body of POST /auth/register. */
export interface RegisterBody {
  email: string;
  password: string;
  displayName: string;
}

/** Body of POST /auth/login. */
export interface LoginBody {
  email: string;
  password: string;
}

/** Body of POST /posts (and, partially, PATCH /posts/:id). */
export interface PostBody {
  title: string;
  body: string;
}

/** Query of GET /posts (defaults filled in by the schema). */
export interface ListPostsQuery {
  limit: number;
  offset: number;
  author?: number;
}
