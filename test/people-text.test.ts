import { describe, expect, it } from 'vitest';
import { checkPeopleText, sanitisePeopleText } from '../src/people-text.ts';

describe('the one check of people’s text', () => {
  it('keeps newlines and tabs in a note, normalised to NFC and trimmed', () => {
    expect(checkPeopleText('note', '  Cafe\u0301 met\r\n\tagain  ')).toEqual({
      ok: true,
      text: 'Café met\n\tagain',
    });
  });

  it('refuses terminal escapes, bells, bidi overrides and zero-width spaces in every field', () => {
    for (const field of ['note', 'action', 'name'] as const) {
      for (const bad of [
        'a\u001b[2Jb',
        'bell\u0007',
        'x\u202Ey',
        'in\u2066vis',
        'zero\u200bwidth',
        'c1\u009b',
      ]) {
        expect(checkPeopleText(field, bad)).toMatchObject({ ok: false, code: 'control' });
      }
    }
  });

  it('refuses a line break in a name, and counts characters rather than UTF-16 units', () => {
    expect(checkPeopleText('name', 'Tim\nGodwin')).toMatchObject({ ok: false, code: 'control' });
    expect(checkPeopleText('note', '😀'.repeat(2000))).toMatchObject({ ok: true });
    expect(checkPeopleText('note', '😀'.repeat(2001))).toMatchObject({
      ok: false,
      reply: 'Notes can be up to 2,000 characters; yours has 2,001. Shorten it and send it again.',
    });
  });

  it('sanitises text from minutes instead of refusing it', () => {
    expect(sanitisePeopleText('action', 'Bring\u202E back \u001b[31mthe paper\u0007')).toBe(
      'Bring back [31mthe paper',
    );
    const cut = sanitisePeopleText('action', 'w'.repeat(5000));
    expect([...cut].length).toBe(1000);
    expect(cut).toMatch(/\(cut: too long\)$/);
  });
});
