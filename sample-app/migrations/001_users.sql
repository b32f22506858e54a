-- Accounts. Passwords are stored as scrypt hashes (see src/lib/password.ts), never in clear.
CREATE TABLE users (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  display_name  text NOT NULL,
  avatar_key    text,
  created_at    timestamptz NOT NULL DEFAULT now()
);
