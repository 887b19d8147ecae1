import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('defaults to port 3000 and an embedded SQLite register under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'sqlite:./data/arising.db',
      LOG_LEVEL: 'info',
      DEMO_DATA: 'auto',
    });
  });

  it('stops on a wrong value, naming the variable and what it expects', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      /PORT: expected a port number \(got "eighty"\)/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: expected sqlite:<path> or postgres:/,
    );
    expect(() => loadConfig({ TEAMS_APP_TYPE: 'Single' })).toThrow(
      /TEAMS_APP_TYPE: expected one of MultiTenant, SingleTenant, UserAssignedMSI/,
    );
    expect(() => loadConfig({ SLACK_API_URL: 'slack.com' })).toThrow(
      /SLACK_API_URL: expected an http\(s\) URL/,
    );
  });

  it('never echoes a secret in its error', () => {
    let message = '';
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'not-a-bot-token-secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /SLACK_BOT_TOKEN: expected a bot token starting xoxb- \(got a value of 22 characters\)/,
    );
    expect(message).not.toContain('not-a-bot-token-secret');
  });

  it('accepts PostgreSQL and another SQLite file', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }).DATABASE_URL).toMatch(
      /^postgres/,
    );
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/other.db' }).DATABASE_URL).toBe(
      'sqlite:/tmp/other.db',
    );
  });
});
