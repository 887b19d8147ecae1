/**
 * Logging with pino: JSON lines in production, pretty in a terminal. Emails and secrets never
 * appear at info level: log person ids, and pass user text through safeLogField.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, pretty = process.stdout.isTTY === true): Logger {
  return pino({
    level,
    redact: {
      paths: ['email', '*.email', 'token', '*.token', 'password', '*.password', 'authorization'],
      censor: '[redacted]',
    },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  });
}

/** A logger that writes nothing: tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** User text made safe for a log line: no control characters, bounded length. */
export function safeLogField(value: string, max = 200): string {
  const clean = value.replace(CONTROL, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

const ADDRESS = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/g;

/**
 * A platform's failure reason for a log line: mail servers name the refused recipient in it
 * ("550 5.1.1 <tim@example.org>: Recipient address rejected"), and addresses stay out of logs.
 */
export function withoutAddresses(reason: string): string {
  return safeLogField(reason.replace(ADDRESS, 'an address'), 300);
}
