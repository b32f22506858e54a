/**
 * Secrets out of public text. The runner masks registered secrets in the LOG only; the comment,
 * the check run, the job summary and report.json are posted as they are. A failing test may quote
 * covgate's own database password, and a command may carry an inline `API_KEY=… ./test.sh`, so every
 * string covgate posts passes through one redactor built here. Pure: the caller passes the
 * environment, the password and the commands in.
 */
import { escapeMarkdown } from './report/escape.js';

/** What replaces a secret. */
export const REDACTED = '***';

/** Env var names whose values are secrets (GitHub's and the usual conventions). */
const SECRET_NAME =
  /TOKEN|SECRET|PASSW(?:OR)?D|PASSPHRASE|PRIVATE|CREDENTIAL|AUTH|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|SESSION|COOKIE|SIGNATURE|DSN|DATABASE_URL/i;
/** Shorter values are words and numbers that would be redacted everywhere they appear. */
const MIN_SECRET_LENGTH = 4;
/** Settings, not secrets, even under a secret-looking name (`DISABLE_AUTH=true`, `TOKEN_TTL=3600`). */
const PLAIN_VALUE = /^(?:true|false|yes|no|on|off|null|none|\d+)$/i;

/** True when an env value under a secret-looking name is worth redacting. */
function isSecretValue(value: string | undefined): value is string {
  return value !== undefined && value.length >= MIN_SECRET_LENGTH && !PLAIN_VALUE.test(value);
}

/** Where secrets come from. */
export interface SecretSources {
  /** The environment the phases inherit (covgate's own). */
  env: Record<string, string | undefined>;
  /** The database user and password covgate provisioned, when it did. */
  database?: { user: string; password: string } | undefined;
  /** The phase commands as configured (inline assignments are hidden). */
  commands: readonly (string | undefined)[];
}

/** True when an environment variable of this name holds a secret. */
export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The forms a secret takes in posted text: raw, URL-, base64-, JSON- and Markdown-encoded. */
function encodingsOf(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64'),
    json,
    escapeMarkdown(secret),
  ];
}

/** A word of a shell command: its text as written and its value with quotes removed. */
interface Word {
  raw: string;
  value: string;
}

/** Splits a command into words and control operators (`;`, `&&`, `|`, `(` …), honouring quotes. */
function splitWords(command: string): (Word | 'op')[] {
  const out: (Word | 'op')[] = [];
  let raw = '';
  let value = '';
  let quote: string | null = null;
  const flush = (): void => {
    if (raw !== '') out.push({ raw, value });
    raw = '';
    value = '';
  };
  for (let i = 0; i < command.length; i += 1) {
    const ch = command[i] ?? '';
    if (quote !== null) {
      if (ch === quote) {
        quote = null;
        raw += ch;
      } else if (ch === '\\' && quote === '"' && i + 1 < command.length) {
        const next = command[(i += 1)] ?? '';
        raw += ch + next;
        value += next;
      } else {
        raw += ch;
        value += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      raw += ch;
    } else if (ch === '\\' && i + 1 < command.length) {
      raw += ch + (command[i + 1] ?? '');
      value += command[(i += 1)] ?? '';
    } else if (/\s/.test(ch) || /[;&|()]/.test(ch)) {
      flush();
      if (/[;&|()\n]/.test(ch)) out.push('op');
    } else {
      raw += ch;
      value += ch;
    }
  }
  flush();
  return out;
}

/** `NAME=value` words in assignment position (start of a command, or after `env`/`export`). */
export function findInlineAssignments(command: string): { name: string; raw: string; value: string }[] {
  const found: { name: string; raw: string; value: string }[] = [];
  let atStart = true;
  for (const word of splitWords(command)) {
    if (word === 'op') {
      atStart = true;
      continue;
    }
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.raw);
    if (atStart && match !== null) {
      const name = match[1] ?? '';
      found.push({ name, raw: word.raw, value: word.value.slice(name.length + 1) });
    } else {
      atStart = word.value === 'env' || word.value === 'export' || word.value === 'sudo';
    }
  }
  return found;
}

/** Text replacements, longest first so that a secret's prefix never leaves its tail behind. */
function collectReplacements(sources: SecretSources): [string, string][] {
  const pairs = new Map<string, string>();
  const addSecret = (secret: string | undefined): void => {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    for (const form of encodingsOf(secret)) pairs.set(form, REDACTED);
  };
  for (const [name, value] of Object.entries(sources.env)) {
    if (looksSecret(name) && isSecretValue(value)) addSecret(value);
  }
  const db = sources.database;
  if (db !== undefined) {
    addSecret(db.password);
    // HTTP basic / connection strings carry `user:password`, often base64-encoded.
    addSecret(`${db.user}:${db.password}`);
  }
  for (const command of sources.commands) {
    for (const a of findInlineAssignments(command ?? '')) {
      if (looksSecret(a.name) && isSecretValue(a.value)) addSecret(a.value);
      // As written in the command, and with Markdown escaping as the comment shows it.
      pairs.set(a.raw, `${a.name}=${REDACTED}`);
      pairs.set(escapeMarkdown(a.raw), `${a.name}=${REDACTED}`);
    }
  }
  pairs.delete('');
  return [...pairs].sort((a, b) => b[0].length - a[0].length);
}

/** Replaces every occurrence of every secret form in `text`. */
function redactText(text: string, replacements: readonly [string, string][]): string {
  let out = text;
  for (const [find, replace] of replacements) if (out.includes(find)) out = out.split(find).join(replace);
  return out;
}

/** Every string inside a JSON-like value redacted (keys too); other values unchanged. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, redact)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k)] = redactDeep(v, redact);
    return out as T;
  }
  return value;
}

/** The redactor of one run. */
export interface Redactor {
  /** `text` with every known secret (in every encoding) replaced by `***`. */
  redact: (text: string) => string;
  /** The raw secret values, for the runner's log masking. */
  secrets: string[];
}

/**
 * Builds the redactor of one run from where its secrets are. `secrets` lists the raw values only:
 * the runner masks their encodings itself, and provisioning registers the database password.
 */
export function createRedactor(sources: SecretSources): Redactor {
  const replacements = collectReplacements(sources);
  const raw = [
    ...Object.entries(sources.env).flatMap(([name, value]) => (looksSecret(name) ? [value] : [])),
    ...sources.commands.flatMap((c) =>
      findInlineAssignments(c ?? '').flatMap((a) => (looksSecret(a.name) ? [a.value] : [])),
    ),
  ];
  const secrets = [...new Set(raw)].filter(isSecretValue);
  return { redact: (text) => redactText(text, replacements), secrets };
}
