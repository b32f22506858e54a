import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';
import { conflict } from '../../lib/http-error.js';

/** A user as the API shows it (never with the password hash). */
export interface User {
  id: number;
  email: string;
  displayName: string;
  avatarKey: string | null;
  createdAt: string;
}

/** A user with the stored hash, for login only. */
export interface UserWithHash extends User {
  passwordHash: string;
}

interface UserRow {
  id: number;
  email: string;
  display_name: string;
  avatar_key: string | null;
  created_at: Date;
  password_hash: string;
}

const UNIQUE_VIOLATION = '23505';
const COLUMNS = 'id, email, display_name, avatar_key, created_at, password_hash';

function toUser(row: UserRow): UserWithHash {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    avatarKey: row.avatar_key,
    createdAt: row.created_at.toISOString(),
    passwordHash: row.password_hash,
  };
}

function withoutHash({ passwordHash: _hash, ...user }: UserWithHash): User {
  return user;
}

/** SQL access to the users table. */
export interface UsersRepository {
  create(input: { email: string; passwordHash: string; displayName: string }): Promise<User>;
  findById(id: number): Promise<User | null>;
  findByEmail(email: string): Promise<UserWithHash | null>;
  setAvatar(id: number, key: string): Promise<void>;
}

/** Builds the users repository over a pool. E-mail addresses are stored lower-cased. */
export function createUsersRepository(db: pg.Pool): UsersRepository {
  return {
    async create({ email, passwordHash, displayName }) {
      try {
        const { rows } = await db.query<UserRow>(
          `INSERT INTO users (email, password_hash, display_name) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
          [email.toLowerCase(), passwordHash, displayName],
        );
        return withoutHash(toUser(rows[0] as UserRow));
      } catch (error) {
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
          throw conflict(`A user with e-mail ${email.toLowerCase()} already exists`);
        }
        throw error;
      }
    },
    async findById(id) {
      const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
      return rows[0] ? withoutHash(toUser(rows[0])) : null;
    },
    async findByEmail(email) {
      const { rows } = await db.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [
        email.toLowerCase(),
      ]);
      return rows[0] ? toUser(rows[0]) : null;
    },
    async setAvatar(id, key) {
      await db.query('UPDATE users SET avatar_key = $2 WHERE id = $1', [id, key]);
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    users: UsersRepository;
  }
}

export default fp(
  async (app: FastifyInstance): Promise<void> => {
    app.decorate('users', createUsersRepository(app.db));
  },
  { name: 'users-repository', dependencies: ['db'] },
);
