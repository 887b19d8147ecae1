/**
 * An owner written last, after the action text, on a line opened by an action marker: after a
 * dash ("ACTION: Book the hall – GL") or in square brackets ("ACTION: Book the hall [GL]").
 * Invented minutes, several variants each; no corpus text is copied.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parse.ts';

const HEAD = [
  'Minutes of the Larchwood Residents Association Committee',
  '',
  '9 October 2023',
  '',
  'Present: Helen Okafor (Chair) (HO), Dev Mistry (DM), Sian Pryce (SP), Joe Lindqvist (JL)',
  '',
  '',
].join('\n');

const explicit = (body: string): string[] =>
  parseMinutes(HEAD + body)
    .actions.filter((a) => a.kind === 'explicit')
    .map((a) => `${a.owners.join(',') || '-'} | ${a.text}`);

describe('after a marker, the owner after a dash at the end', () => {
  it.each([
    [
      'ACTION: Book the village hall for the AGM – Dev Mistry\n',
      'Dev Mistry | Book the village hall for the AGM',
    ],
    [
      'Action: book the village hall for the AGM - SP\n',
      'Sian Pryce | Book the village hall for the AGM',
    ],
    [
      'ACTION:  Write to the council about the streetlights —  HO/JL.\n',
      'Helen Okafor,Joe Lindqvist | Write to the council about the streetlights',
    ],
    [
      'ACTION: Send the newsletter to the printers - Joe Lindqvist and Sian Pryce\n',
      'Joe Lindqvist,Sian Pryce | Send the newsletter to the printers',
    ],
  ])('%s', (line, want) => {
    expect(explicit(`5. Any other business\n${line}`)).toEqual([want]);
  });
});

describe('after a marker, the owner in square brackets at the end', () => {
  it.each([
    [
      'ACTION: Book the village hall for the AGM [DM]\n',
      'Dev Mistry | Book the village hall for the AGM',
    ],
    [
      'Action: renew the insurance policy. [Helen Okafor]\n',
      'Helen Okafor | Renew the insurance policy.',
    ],
    [
      'ACTION: Chase the contractor about the fence [ SP / JL ]\n',
      'Sian Pryce,Joe Lindqvist | Chase the contractor about the fence',
    ],
  ])('%s', (line, want) => {
    expect(explicit(`5. Any other business\n${line}`)).toEqual([want]);
  });
});

describe('after a marker, the owner as a sentence of its own at the end', () => {
  it.each([
    [
      'ACTION: Book the village hall for the AGM. Dev Mistry\n',
      'Dev Mistry | Book the village hall for the AGM.',
    ],
    ['Action: renew the insurance policy.    SP\n', 'Sian Pryce | Renew the insurance policy.'],
    [
      'ACTION: Chase the contractor about the fence. HO / JL.\n',
      'Helen Okafor,Joe Lindqvist | Chase the contractor about the fence.',
    ],
  ])('%s', (line, want) => {
    expect(explicit(`5. Any other business\n${line}`)).toEqual([want]);
  });

  it('does not split a title from its name at the full stop', () => {
    expect(explicit('5. Any other business\nACTION: SP to write to Cllr. Dev Mistry\n')).toEqual([
      'Sian Pryce | Write to Cllr. Dev Mistry',
    ]);
  });

  it.each(['DONE', 'TBC', 'ASAP'])(
    'does not take a status "%s" at the end for initials',
    (word) => {
      const written = parseMinutes(
        `${HEAD}5. Any other business\nACTION: Send round the survey results to members.  ${word}\nACTION: Reprint the leaflets – ${word}\n`,
      ).actions.map((a) => a.ownersAsWritten);
      expect(written).not.toContain(word);
    },
  );

  it('keeps a last sentence that is more than an owner', () => {
    expect(
      explicit('5. Any other business\nACTION: SP to order the signs. Dev Mistry agreed.\n'),
    ).toEqual(['Sian Pryce | Order the signs. Dev Mistry agreed.']);
  });
});

describe('after a marker, "Action by X" or "By: X" at the end', () => {
  it.each([
    [
      'ACTION: Book the village hall for the AGM. Action by DM\n',
      'Dev Mistry | Book the village hall for the AGM.',
    ],
    [
      'Action: renew the insurance policy, by: Sian Pryce\n',
      'Sian Pryce | Renew the insurance policy,',
    ],
    [
      'ACTION: Chase the contractor about the fence. Actioned by:  HO/JL\n',
      'Helen Okafor,Joe Lindqvist | Chase the contractor about the fence.',
    ],
  ])('%s', (line, want) => {
    expect(explicit(`5. Any other business\n${line}`)).toEqual([want]);
  });

  it('does not take a name after a plain "by" for the owner', () => {
    expect(
      explicit('5. Any other business\nACTION: SP to chase the quote given by Dev Mistry\n'),
    ).toEqual(['Sian Pryce | Chase the quote given by Dev Mistry']);
  });
});

describe('traps: a dash or a bracket that does not end in an owner', () => {
  it('keeps a dash inside the text when what follows is not an owner', () => {
    expect(
      explicit(
        '5. Any other business\nACTION: DM to repaint the gates – the green ones by the park\n',
      ),
    ).toEqual(['Dev Mistry | Repaint the gates – the green ones by the park']);
  });

  it('does not take an unknown word in square brackets for an owner', () => {
    expect(explicit('5. Any other business\nACTION: SP to order the signs [Urgent]\n')).toEqual([
      'Sian Pryce | Order the signs [Urgent]',
    ]);
  });

  it('still reads "ACTION: Name" alone under the text above it', () => {
    expect(
      explicit('5. Any other business\nThe gutters need clearing.\nACTION: Joe Lindqvist\n'),
    ).toEqual(['Joe Lindqvist | The gutters need clearing.']);
  });
});
