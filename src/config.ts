/**
 * Configuration from the environment, validated once at start. A wrong value stops the service
 * with a message naming the variable and what it expects. Every variable is documented in the
 * README ("Configuration").
 */
import { z } from 'zod';
import { engineOfUrl, type Engine } from './db/engine.ts';

const optionalString = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const url = (what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
      message: `expected an http(s) URL (${what})`,
    });

/** A comma-separated list; blanks dropped, unset or empty gives undefined. */
const list = (what: RegExp, message: string) =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine((items) => items.every((item) => what.test(item)), { message })
    .transform((items) => (items.length ? items : undefined));

const flag = z
  .enum(['true', 'false'], { message: 'expected true or false' })
  .default('false')
  .transform((v) => v === 'true');

export const TEAMS_APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export const TEAMS_CLOUDS = ['public', 'usgov', 'usgovdod', 'china'] as const;

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0, 'expected 0-65535')
    .max(65535, 'expected 0-65535')
    .default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .trim()
    .default('sqlite:./data/arising.db')
    .refine((v) => /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'expected sqlite:<path> or postgres://user@host:port/database',
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  DEMO_DATA: z
    .enum(['auto', 'always', 'never'], { message: 'expected auto, always or never' })
    .default('auto'),
  SCHEDULER: z.enum(['on', 'off'], { message: 'expected on or off' }).default('on'),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), {
    message: 'expected a bot token starting xoxb-',
  }),
  SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), {
    message: 'expected an app-level token starting xapp-',
  }),
  SLACK_API_URL: url('Slack Web API base, e.g. https://slack.com/api/'),
  TEAMS_APP_ID: optionalString,
  TEAMS_APP_PASSWORD: optionalString,
  TEAMS_APP_TENANT_ID: optionalString,
  TEAMS_APP_TYPE: z
    .enum(TEAMS_APP_TYPES, { message: `expected one of ${TEAMS_APP_TYPES.join(', ')}` })
    .default('MultiTenant'),
  TEAMS_CLOUD: z
    .enum(TEAMS_CLOUDS, { message: `expected one of ${TEAMS_CLOUDS.join(', ')}` })
    .default('public'),
  TEAMS_OPENID_METADATA_URL: url('OpenID metadata document'),
  TEAMS_TOKEN_ISSUER: optionalString,
  TEAMS_LOGIN_ENDPOINT: url('login endpoint'),
  /** Bot Connector used to open a 1:1 chat with someone who never wrote to the bot. */
  TEAMS_SERVICE_URL: url('Bot Connector service URL, e.g. https://smba.trafficmanager.net/teams'),
  /** Tenants whose activities are served; others are refused with 403 (unset: any tenant). */
  TEAMS_ALLOWED_TENANTS: list(
    /^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$/,
    'expected comma-separated Entra tenant ids (GUIDs)',
  ),
  /** Bot Connector hosts an activity's serviceUrl may name; replaces the cloud's built-in list. */
  TEAMS_SERVICE_URL_HOSTS: list(
    /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i,
    'expected comma-separated host names, each maybe with :port (e.g. smba.trafficmanager.net)',
  ),
  /** Entra-issued (agentic) tokens are refused unless this is true; then the tenant is checked. */
  TEAMS_ACCEPT_ENTRA_TOKENS: flag,
  /** Where people reach the service, for links in chat (digest documents). */
  PUBLIC_URL: url('the base people reach the service at, e.g. https://arising.example.org'),
  /** Signs digest links; a random one is made at start when unset (links then die at restart). */
  DIGEST_LINK_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, {
    message: 'expected at least 32 characters (e.g. openssl rand -hex 32)',
  }),
  DIGEST_LINK_TTL_HOURS: z.coerce
    .number({ message: 'expected a number of hours' })
    .positive('expected a number of hours above 0')
    .max(24 * 90, 'expected at most 2160 hours (90 days)')
    .default(168),
  /** Email (README, "Email"): smtp:// or smtps:// with user and password; unset prints emails. */
  SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\/\S+$/.test(v), {
    message: 'expected smtp://user:password@host:port or smtps://user:password@host:port',
  }),
  EMAIL_FROM: z
    .string()
    .trim()
    .default('Matters Arising <arising@localhost>')
    .refine((v) => /^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/.test(v), {
      message: 'expected an address, or "Name <address>"',
    }),
  EMAIL_REPLY_TO: optionalString.refine((v) => v === undefined || /^[^\s@<>]+@[^\s@<>]+$/.test(v), {
    message: 'expected an email address',
  }),
  SMTP_MAX_CONNECTIONS: z.coerce
    .number({ message: 'expected a number of connections' })
    .int('expected a whole number')
    .min(1, 'expected 1-50')
    .max(50, 'expected 1-50')
    .default(5),
  /** Messages a second across the pool; unset or 0: as fast as the server accepts. */
  SMTP_RATE_PER_SECOND: z.coerce
    .number({ message: 'expected messages per second' })
    .min(0, 'expected 0 or more')
    .max(10_000, 'expected at most 10000')
    .default(0),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly code = 'config_invalid';
}

/** Reads and validates the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.')}: ${issue.message} (got ${describe(env, issue.path)})`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Names the bad value without echoing secrets. */
function describe(env: NodeJS.ProcessEnv, path: PropertyKey[]): string {
  const name = String(path[0]);
  const value = env[name];
  if (value === undefined) return 'nothing';
  if (/SECRET|TOKEN|PASSWORD|SMTP_URL/.test(name)) return `a value of ${value.length} characters`;
  return JSON.stringify(value);
}

/** Slack is on with a bot token and either a signing secret (HTTP) or an app token (Socket Mode). */
export function slackConfigured(
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN'>,
): boolean {
  return Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
}

/** The chat platforms this configuration turns on (the console messenger is always there). */
export function configuredPlatforms(config: Config): Array<'slack' | 'teams'> {
  return [
    ...(slackConfigured(config) ? (['slack'] as const) : []),
    ...(config.TEAMS_APP_ID ? (['teams'] as const) : []),
  ];
}

export function databaseKind(config: Pick<Config, 'DATABASE_URL'>): Engine {
  return engineOfUrl(config.DATABASE_URL);
}
