/**
 * The Teams SDK's logger interface over our pino logger. The SDK logs whole activities (names,
 * emails, message text) at debug, so its debug and info go to pino's trace and debug, and every
 * argument passes through safeLogField; warnings and errors keep their level.
 */
import type { ILogger, LogLevel } from '@microsoft/teams.common';
import { safeLogField, type Logger } from '../../src/log.ts';

function text(args: readonly unknown[]): string {
  return safeLogField(
    args
      .map((a) =>
        typeof a === 'string'
          ? a
          : a instanceof Error
            ? a.message
            : (() => {
                try {
                  return JSON.stringify(a);
                } catch {
                  return String(a);
                }
              })(),
      )
      .join(' '),
    500,
  );
}

export function sdkLogger(logger: Logger, name = 'teams-sdk'): ILogger {
  const log = logger.child({ component: name });
  const self: ILogger = {
    trace: (...msg) => log.trace(text(msg)),
    debug: (...msg) => log.trace(text(msg)),
    info: (...msg) => log.debug(text(msg)),
    warn: (...msg) => log.warn(text(msg)),
    error: (...msg) => log.error(text(msg)),
    log: (level: LogLevel, ...msg) => self[level](...msg),
    child: (child: string) => sdkLogger(logger, `${name}/${child}`),
  };
  return self;
}
