import { describe, expect, it } from 'vitest';
import { readReply } from '../../src/commands/reply-status.ts';

describe('reading a reply to a reminder', () => {
  it.each([
    ['done', { status: 'complete', note: null }],
    ['Done - paper circulated', { status: 'complete', note: 'paper circulated' }],
    ['complete: sent', { status: 'complete', note: 'sent' }],
    ['in progress, meeting Friday', { status: 'in_progress', note: 'meeting Friday' }],
    [
      'Blocked: waiting for figures',
      { status: 'in_progress', note: 'Blocked: waiting for figures' },
    ],
    ['Spoke to the Commissioner', { status: null, note: 'Spoke to the Commissioner' }],
    ['closed the loop with MOPAC', { status: null, note: 'closed the loop with MOPAC' }],
    ['doneness is relative', { status: null, note: 'doneness is relative' }],
  ])('reads %j', (text, expected) => {
    expect(readReply(text)).toEqual(expected);
  });
});
