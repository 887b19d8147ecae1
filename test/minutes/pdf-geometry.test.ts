/**
 * Families of layout that a PDF made from minutes loses unless the geometry puts it back, each
 * with runs set out as LibreOffice sets a .txt (fixed pitch, 10-point type, 6 points a letter,
 * 80 letters a line) or a Word document (proportional type): text written with a blank line after
 * every line, long lines wrapped at the page width whatever they end with, and the items that a
 * full line must never swallow.
 */
import { describe, expect, it } from 'vitest';
import { textFromPages, type Run } from '../../src/minutes/pdf.ts';
import { mono, PAGE, readRuns as read } from '../support/pdf-runs.ts';

describe('minutes written with a blank line after every line', () => {
  it('keeps the blank lines of a fixed-pitch page where every line is two lines apart', () => {
    const at = mono(11.3);
    const lines = [
      'Minutes of the Board held on 4 March 2025',
      'Present:',
      'Ann Lee (Chair)',
      'Bob Marsh',
      'Cara Nunn',
      'Apologies: Dev Oakes',
    ];
    expect(read(lines.map((l, i) => at(0, 2 * i, l)))).toBe(lines.join('\n\n'));
  });

  it('the same with other spacing and type size: Word paragraphs, 12-point, gaps of 27.6', () => {
    const runs = ['Item 1', 'Welcome', 'Item 2', 'Finance', 'Item 3', 'AOB'].map(
      (text, i): Run => ({ text, x: 72, y: 760 - 27.6 * i, width: 5.5 * text.length, size: 12 }),
    );
    expect(read(runs)).toBe('Item 1\n\nWelcome\n\nItem 2\n\nFinance\n\nItem 3\n\nAOB');
  });

  it('does not put a line that reached the margin together with the next across the blank', () => {
    const at = mono(11.3);
    const full = 'Seminar Room 1, Surgical Centre, Kingston upon Thames Hospital NHS Foundation';
    expect(read([at(0, 0, full), at(0, 2, 'Present voting:'), at(0, 4, 'Ann Lee')])).toBe(
      `${full}\n\nPresent voting:\n\nAnn Lee`,
    );
  });

  it('still joins a wrapped line, one line down, inside a double-spaced text', () => {
    const at = mono(11.3);
    const long = 'The Board noted the report and asked the Director to bring the revised plan to';
    expect(
      read([
        at(0, 0, 'Item 1'),
        at(0, 2, long),
        at(0, 3, 'the next meeting.'),
        at(0, 5, 'Item 2'),
        at(0, 7, 'Any other business'),
      ]),
    ).toBe(`Item 1\n\n${long} the next meeting.\n\nItem 2\n\nAny other business`);
  });

  it('leaves a page whose lines are set at one and a half spacing without blank lines', () => {
    const at = mono(17);
    const lines = ['Present:', 'Ann Lee', 'Bob Marsh', 'Cara Nunn', 'Dev Oakes', 'Eve Penn'];
    expect(read(lines.map((l, i) => at(0, i, l)))).toBe(lines.join('\n'));
  });

  it('keeps a double-spaced paragraph whole: lines two apart that run to the margin wrap', () => {
    // Word's "double" line spacing: a paragraph's own lines are two lines apart.
    const at = mono(22.6);
    const a = 'The Board received the annual report of the safeguarding partnership and the';
    const b = 'chair thanked the members of every sub-group for the work of the past year and';
    const c = 'asked that the report be published.';
    expect(read([at(0, 0, a), at(0, 1, b), at(0, 2, c), at(0, 4, 'Item 2')])).toBe(
      `${a} ${b} ${c}\n\nItem 2`,
    );
  });
});

describe('a long line wrapped at the page width, whatever it ends with', () => {
  const at = mono(11.3);
  /** Pads `start` with words to exactly `length` letters, so the line's geometry is known. */
  const fill = (start: string, end: string, length: number) =>
    `${start} ${'x'.repeat(Math.max(1, length - start.length - end.length - 2))} ${end}`;

  it.each([
    ['a full stop', fill('The Board thanked the officers', 'for the report.', 78), 'The Chair'],
    ['a colon', fill('COUNCIL Wednesday 27 November 2013', 'MINUTES PRESENT:', 78), 'Sir Stephen'],
    ['a bracket', fill('Mr Ian Young', 'Ms Jo Turton (Company Secretary)', 77), 'Welcome and'],
    ['a label after it', fill('The Board agreed they attend', 'as Observers.', 78), 'Resolved:'],
    ['a question mark', fill('Could the timetable change', 'again?', 79), 'Murray said'],
  ])('joins a line ending with %s to the next when the first word would not fit', (_, a, b) => {
    expect(read([at(0, 0, a), at(0, 1, `${b} more text`)])).toBe(`${a} ${b} more text`);
  });

  it.each([
    ['( VP Education)', 76],
    ['( Chair) and more', 76],
  ])('joins a line to "%s": an opening bracket wraps with the word after it', (next, length) => {
    // The bracket alone would have fitted; the bracket and its word would not.
    const a = fill('Murray Simpson (President), Annie Hall (VP Comms),', 'John Gusman', length);
    expect(read([at(0, 0, a), at(0, 1, next)])).toBe(`${a} ${next}`);
  });

  it('leaves a line that stopped short of the margin alone, full stop or not', () => {
    const short = 'The Board thanked the officers for the report.';
    expect(read([at(0, 0, short), at(0, 1, 'The Chair closed the meeting')])).toBe(
      `${short}\nThe Chair closed the meeting`,
    );
  });

  it.each([
    ['a date', fill('minutes of the meeting', 'held on', 79), '25 September 2023 were agreed'],
    ['a day and month', fill('the next meeting will be', 'on Monday', 79), '3 March at 7pm'],
  ])('joins a full line to %s that only looks like a new item', (_, a, b) => {
    expect(read([at(0, 0, a), at(0, 1, b)])).toBe(`${a} ${b}`);
  });

  it.each([
    ['10.1 Apologies'],
    ['9. Carol and Terry to plan'],
    ['(b) The Board'],
    ['ii) Finance'],
    ['Action: TG'],
    ['ACTION Clerk'],
    ['• Housing'],
    ['12 Minutes of the last meeting'],
    ['Jan11-04       Clerk to order the bench'],
    ['AP12   KR to chase the quote'],
  ])('does not join a full line to a new item: %s', (item) => {
    const full = fill('Members noted that the work was on', 'track', 79);
    expect(read([at(0, 0, full), at(0, 1, item)])).toBe(`${full}\n${item}`);
  });
});

describe('a paragraph of proportional type wrapped at the page width (Word, or a .docx)', () => {
  // Widths of a Times-like face at 10 points: capitals wide, punctuation and spaces narrow.
  const glyph = (c: string) =>
    c === ' ' || /[,.;:'()]/.test(c) ? 2.5 : /[A-Z]/.test(c) ? 7 : /[mw]/.test(c) ? 7.5 : 4.4;
  const widthOf = (text: string) => [...text].reduce((w, c) => w + glyph(c), 0);
  const line = (n: number, text: string): Run => ({
    text,
    x: 72.1,
    y: 760 - 11.5 * n,
    width: widthOf(text),
    size: 10,
  });
  /** Words of the text area's width, so a line ends where a capitalised next word cannot fit. */
  const upTo = (words: string[], room: number) => {
    let text = '';
    for (const w of words) if (widthOf(`${text} ${w}`.trim()) <= room) text = `${text} ${w}`.trim();
    return text;
  };

  it.each([
    ['Marvin, Cllr J Smith and Cllr Yarwood.', 'Cllr'],
    ['McGregor (MG), Mr Wood', 'and'],
    ['BoardRoom Attending: Tim Scott (TS)', '&'],
  ])('joins the line before "%s": its capitals would not have fitted', (rest, filler) => {
    const next = rest.split(' ')[0]!;
    // The first line stops just short of the room the next word (and a space) would need.
    const room = 523.2 - 72.1 - widthOf(` ${next}`) + 1;
    const words =
      `Present Members: Cllr Cartwright, Cllr Emmerson, Cllr Hodges, Cllr Hollick, Cllr Jones, Cllr Lindsay, Cllr ${filler} a b c d e f g h i j k l`.split(
        ' ',
      );
    const first = upTo(words, room);
    const page = [line(0, first), line(1, rest), line(3, 'Apologies were received.')];
    expect(textFromPages([{ ...PAGE, runs: page }])).toBe(
      `${first} ${rest}\n\nApologies were received.`,
    );
  });
});

describe('page furniture, and the minutes that only look like it', () => {
  const at = mono(11.3);
  /** A page of fixed-pitch lines from the top margin down, and a footer at the bottom. */
  const page = (lines: string[], footer: string) => ({
    ...PAGE,
    runs: [
      ...lines.map((l, i) => ({ ...at(0, i, l), y: 800 - 11.3 * i })),
      { ...at(0, 0, footer), y: 40 },
    ],
  });

  it('keeps minute numbers that fall at the top of several pages, drops the page numbers', () => {
    const text = textFromPages([
      page(['Minutes', '3.1 Apologies were received.'], 'Page 1 of 3'),
      page(['3.3', 'Website renewal: signed.'], 'Page 2 of 3'),
      page(['3.8', 'Footpath: withdrawn.'], 'Page 3 of 3'),
    ]);
    expect(text).toContain('3.3\nWebsite renewal');
    expect(text).toContain('3.8\nFootpath');
    expect(text).not.toMatch(/Page \d/);
  });

  it('keeps a reference of the form n/N that no page number takes: "294/19", "12/07"', () => {
    const text = textFromPages([
      page(['Minutes', '1 Welcome'], '294/19'),
      page(['2 Finance', 'Noted.'], '12/07'),
    ]);
    expect(text).toContain('294/19');
    expect(text).toContain('12/07');
    const numbered = textFromPages([
      page(['Minutes', '1 Welcome'], '1/2'),
      page(['2 Finance', 'Noted.'], '2 / 2'),
    ]);
    expect(numbered).not.toMatch(/\d\s*\/\s*2/);
  });

  it('still drops a header with words and a changing number on every page', () => {
    const text = textFromPages([
      page(['Board minutes, sheet 1', 'Item one.'], '-'),
      page(['Board minutes, sheet 2', 'Item two.'], '-'),
    ]);
    expect(text).not.toContain('sheet');
  });
});

describe('a fixed-pitch log whose every row is wider than the page', () => {
  const at = mono(11.3);
  // Each row's action runs to column 78; the owner and due cells, past the page width, are set
  // on the next line at the margin, as LibreOffice wraps a long line of a .txt.
  const head = (code: string, action: string) => `${code}       ${action}`.padEnd(78, '.');

  it('keeps the gap before the cells cut off at the margin when every rest has the same cells', () => {
    const rows = [
      [
        head('Jan11-01', 'Max to advise Amanda that survey forms go out with the'),
        'Max       28/01/11',
      ],
      [
        head('Jan11-02', 'Kim to ask the school about putting surveys in book bags'),
        'Kim       04/02/11',
      ],
      [
        head('Jan11-03', 'Max to price the printing of five hundred survey forms'),
        'Max       11/02/11',
      ],
    ];
    const text = read(rows.flatMap(([a, b], i) => [at(0, 2 * i, a!), at(0, 2 * i + 1, b!)]));
    // Two spaces or more: a gap the table reader parts cells at.
    for (const [a, b] of rows)
      expect(text.split('\n')).toContainEqual(
        expect.stringMatching(
          new RegExp(`^${a!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} {2,}${b}$`),
        ),
      );
  });

  it('joins with one space a wrap inside a cell, whose rests are of every shape', () => {
    const rows = [
      [
        head('01.05', 'Safeguarding training to be undertaken on Board time'),
        'out       MW     June',
      ],
      [
        head('02.05', 'A date to be agreed for the solution on where patients'),
        'keep things    MW  30 Sept',
      ],
    ];
    const text = read(rows.flatMap(([a, b], i) => [at(0, 2 * i, a!), at(0, 2 * i + 1, b!)]));
    for (const [a, b] of rows) expect(text).toContain(`${a} ${b}`);
  });
});
