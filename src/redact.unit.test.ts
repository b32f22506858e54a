import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownCode } from './report/escape.js';
import { createRedactor, findInlineAssignments, looksSecret, redactDeep } from './redact.js';

const PASSWORD = 'p@ss:w/rd_S3cret&more';

describe('findInlineAssignments', () => {
  it.each([
    ['API_KEY=abc123 ./test.sh', [['API_KEY', 'API_KEY=abc123', 'abc123']]],
    [
      "TOKEN='a b' npm test && X=1 make",
      [
        ['TOKEN', "TOKEN='a b'", 'a b'],
        ['X', 'X=1', '1'],
      ],
    ],
    ['env SECRET="q\\"x" node t.js', [['SECRET', 'SECRET="q\\"x"', 'q"x']]],
    ['npm test -- --grep=A=B', []],
    ['echo API_KEY=notassigned', []],
  ])('%s', (command, expected) => {
    expect(findInlineAssignments(command).map((a) => [a.name, a.raw, a.value])).toEqual(expected);
  });
});

describe('looksSecret', () => {
  it.each([
    'GITHUB_TOKEN',
    'INPUT_GITHUB-TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'PGPASSWORD',
    'STRIPE_API_KEY',
    'SENTRY_DSN',
  ])('%s is secret', (name) => expect(looksSecret(name)).toBe(true));
  it.each(['PATH', 'HOME', 'CI', 'NODE_OPTIONS', 'RUNNER_TEMP'])('%s is not', (name) =>
    expect(looksSecret(name)).toBe(false),
  );
});

describe('createRedactor', () => {
  const { redact, secrets } = createRedactor({
    env: {
      PATH: '/usr/bin',
      MY_TOKEN: 'tok-123456789',
      CI: 'true',
      SHORT_KEY: 'ab',
      DISABLE_AUTH: 'true',
      TOKEN_TTL: '3600',
    },
    database: { user: 'test_user', password: PASSWORD },
    commands: ['API_KEY=live-sk-42 ./test.sh', undefined, 'NODE_ENV=test npm test'],
  });

  it('removes the DB password in every encoding the channels use', () => {
    const forms = [
      PASSWORD,
      encodeURIComponent(PASSWORD),
      Buffer.from(PASSWORD).toString('base64'),
      Buffer.from(`test_user:${PASSWORD}`).toString('base64'),
      JSON.stringify(PASSWORD).slice(1, -1),
      escapeMarkdown(PASSWORD),
    ];
    for (const form of forms) expect(redact(`before ${form} after`)).toBe('before *** after');
    expect(redact(`postgres://test_user:${encodeURIComponent(PASSWORD)}@127.0.0.1/db`)).toBe(
      'postgres://test_user:***@127.0.0.1/db',
    );
  });

  it('removes secret env values, hides inline assignments and keeps everything else', () => {
    expect(redact('auth tok-123456789 on /usr/bin, CI=true')).toBe('auth *** on /usr/bin, CI=true');
    expect(redact('phase: API_KEY=live-sk-42 ./test.sh')).toBe('phase: API_KEY=*** ./test.sh');
    expect(redact(escapeMarkdownCode('API_KEY=live-sk-42 ./test.sh'))).toBe('`API_KEY=*** ./test.sh`');
    expect(redact('expected live-sk-42 to be valid')).toBe('expected *** to be valid');
    expect(redact('NODE_ENV=test npm test')).toBe('NODE_ENV=*** npm test');
    expect(redact('ab test, passed true in 3600 ms')).toBe('ab test, passed true in 3600 ms');
    // Raw values for the runner's log mask (it masks their encodings; provisioning the password).
    expect(secrets).toEqual(['tok-123456789', 'live-sk-42']);
  });

  it('redactDeep reaches every string of a request body', () => {
    const body = { output: { title: PASSWORD, annotations: [{ message: `x ${PASSWORD}`, start_line: 3 }] } };
    expect(redactDeep(body, redact)).toEqual({
      output: { title: '***', annotations: [{ message: 'x ***', start_line: 3 }] },
    });
  });
});
