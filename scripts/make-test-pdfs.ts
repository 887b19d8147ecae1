/**
 * Builds the PDF fixtures in test/fixtures/pdf/: Word documents written with the `docx` package
 * (action-log tables with the owner column last or first, owners in the right margin, a page
 * header and footer on every page, several pages), converted by LibreOffice
 * (`soffice --headless --convert-to pdf`). A scanned-like PDF (a page rendered to an image by
 * poppler's pdftoppm and wrapped, image only, into a PDF) stands for minutes with no text layer,
 * and one PDF has an open password.
 *
 *   node --import tsx scripts/make-test-pdfs.ts        (needs soffice and pdftoppm)
 *   node --import tsx scripts/make-test-pdfs.ts --text (only the PDFs made from .txt files)
 *
 * Each test/fixtures/pdf/<name>.txt is also converted as it is, to <name>.pdf, the way a judge
 * or a secretariat turns a text into a PDF (`soffice --headless --convert-to pdf x.txt`):
 * LibreOffice wraps its long lines at the page width and breaks its pages where they fall.
 *
 * The PDFs are committed, so the tests and the benchmark never need LibreOffice; run this again
 * only to change them. Each document's content is fixed here (no dates from the clock).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { deflateSync } from 'node:zlib';

const run = promisify(execFile);
export const FIXTURES = new URL('../test/fixtures/pdf/', import.meta.url).pathname;

const FILLER =
  'The Board received an update on delivery against the partnership plan. Partners noted the ' +
  'improvement in outcomes since the last meeting and the risks that remained around funding, ' +
  'recruitment and data sharing between agencies. Members discussed how progress would be ' +
  'reported to the sub-groups and agreed to keep the matter under review.';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const cell = (text: string, widthPct?: number) =>
  new TableCell({
    children: [new Paragraph(text)],
    ...(widthPct ? { width: { size: widthPct, type: WidthType.PERCENTAGE } } : {}),
  });

function table(rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: r.map((c, j) => cell(c, widths[j])),
        }),
    ),
  });
}

/** "OFFICIAL" at the top of every page, "Page N of M" at the bottom: both must be dropped. */
function pageFurniture() {
  return {
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, text: 'OFFICIAL' })],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
              }),
            ],
          }),
        ],
      }),
    },
  };
}

function front(board: string, date: string, present: readonly string[]): FileChild[] {
  return [
    new Paragraph(board),
    new Paragraph(`Minutes of the meeting held on ${date}, 10am, Civic Centre`),
    new Paragraph('Present'),
    ...present.map((p) => new Paragraph(p)),
  ];
}

/** After a table, with the space before it that a real paragraph has. */
const nextMeeting = () =>
  new Paragraph({ text: 'Date of next meeting: 5 December 2023', spacing: { before: 240 } });

const fillerItems = (from: number, count: number): FileChild[] =>
  Array.from({ length: count }, (_, i) => [
    new Paragraph(`${from + i}. Item ${from + i}: delivery of the plan`),
    new Paragraph(`${from + i}.1 ${FILLER}`),
    new Paragraph(`${from + i}.2 ${FILLER}`),
  ]).flat();

/** Owner column last; long action cells wrap onto several lines; the table crosses a page. */
function ownerLast(): Document {
  const rows: string[][] = [['No.', 'Action', 'Owner', 'Due', 'Status']];
  for (let i = 1; i <= 14; i++)
    rows.push([
      `5.${i}`,
      i % 3 === 0
        ? `Write to every borough commander setting out the revised referral pathway for strand ${i} and report back on take-up`
        : `Circulate the revised figures for strand ${i}`,
      i % 2 ? 'LG' : 'IC',
      i % 4 === 0 ? '31 March 2024' : 'Next meeting',
      i === 14 ? 'Complete' : 'Open',
    ]);
  return new Document({
    sections: [
      {
        ...pageFurniture(),
        children: [
          ...front('Safer Streets Board', 'Tuesday 3 October 2023', [
            'Ian Clark (Chair), Anytown Council',
            'Lucy Grey, Anytown Council',
            'Priya Shah (Secretariat), Anytown Council',
          ]),
          ...fillerItems(1, 9),
          new Paragraph('Action log'),
          table(rows, [8, 48, 10, 18, 16]),
          nextMeeting(),
        ],
      },
    ],
  });
}

/** Owner column first, as some secretariats lay out the log. */
function ownerFirst(): Document {
  return new Document({
    sections: [
      {
        ...pageFurniture(),
        children: [
          ...front('Safer Streets Board', 'Tuesday 3 October 2023', [
            'Ian Clark (Chair), Anytown Council',
            'Lucy Grey, Anytown Council',
          ]),
          new Paragraph('Actions'),
          table(
            [
              ['Owner', 'Action', 'Due'],
              ['IC', 'Update the CCTV map for the town centre', 'Next meeting'],
              ['LG', 'Survey the park lighting', '30 November 2023'],
              ['IC', 'Invite the fire service to the next meeting', 'Next meeting'],
            ],
            [16, 60, 24],
          ),
          nextMeeting(),
        ],
      },
    ],
  });
}

/** Minutes text on the left, the owner in a right-hand margin column (a borderless table). */
function marginOwners(): Document {
  const row = (left: string, right: string) =>
    new TableRow({
      children: [
        new TableCell({
          width: { size: 80, type: WidthType.PERCENTAGE },
          children: [new Paragraph(left)],
        }),
        new TableCell({
          width: { size: 20, type: WidthType.PERCENTAGE },
          children: [new Paragraph({ alignment: AlignmentType.RIGHT, text: right })],
        }),
      ],
    });
  return new Document({
    sections: [
      {
        ...pageFurniture(),
        children: [
          ...front('Safer Streets Board', 'Tuesday 3 October 2023', [
            'Ian Clark (Chair), Anytown Council',
            'Lucy Grey, Anytown Council',
          ]),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            rows: [
              row('1. Lighting', ''),
              row('1.1 The Board discussed the lighting survey and the complaints received.', ''),
              row('ACTION: Survey the park lighting by 30 November 2023.', 'LG'),
              row('2. CCTV', ''),
              row('ACTION: Update the CCTV map.', 'IC'),
            ],
          }),
          nextMeeting(),
        ],
      },
    ],
  });
}

/** Fifty pages of minutes, for the benchmark: items, ACTION lines and a long action log. */
function fiftyPages(): Document {
  const children: FileChild[] = [
    ...front('London Crime Reduction Board', 'Monday 2 February 2026', [
      'Sophie Linden (Chair), MOPAC',
      'James Bottomley, Metropolitan Police Service',
      'Claire Waxman, MOPAC',
    ]),
  ];
  for (let item = 1; item <= 230; item++) {
    children.push(
      new Paragraph(`${item}. Item ${item}: delivery of the partnership plan`),
      new Paragraph(`${item}.1 ${FILLER}`),
      new Paragraph(`${item}.2 ${FILLER}`),
      new Paragraph(`${item}.3 ACTION: JB to bring a paper on item ${item} to the next meeting.`),
    );
  }
  const rows: string[][] = [['No.', 'Action', 'Owner', 'Due', 'Status']];
  for (let r = 1; r <= 60; r++)
    rows.push([
      `L${r}`,
      `Circulate the revised figures for strand ${r}`,
      'CW',
      'March 2026',
      'Open',
    ]);
  children.push(new Paragraph('Action log'), table(rows, [10, 50, 14, 14, 12]));
  children.push(new Paragraph('Date of next meeting: 2 March 2026'));
  return new Document({ sections: [{ ...pageFurniture(), children }] });
}

/**
 * A PDF whose only content is one JPEG image per page: what a scanner produces. Written by hand
 * (a few objects and an xref table), so no text layer can sneak in.
 */
export function imageOnlyPdf(jpeg: Buffer, width: number, height: number): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) =>
    objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const content = Buffer.from(`q 595 0 0 842 0 0 cm /Im0 Do Q`, 'latin1');
  const packed = deflateSync(content);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  add(
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
  );
  add(
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
        'latin1',
      ),
      jpeg,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  add(
    Buffer.concat([
      Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      packed,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(at);
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(obj);
    at += obj.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** Width and height of a baseline or progressive JPEG, from its SOF marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  for (let i = 2; i < jpeg.length;) {
    const marker = jpeg[i + 1]!;
    const length = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2)
      return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  throw new Error('no SOF marker in the JPEG');
}

/** The .txt fixtures, each converted to a PDF beside it, in one soffice call. */
async function textPdfs(work: string): Promise<number> {
  const texts = (await readdir(FIXTURES)).filter((f) => f.endsWith('.txt'));
  if (!texts.length) return 0;
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      FIXTURES,
      ...texts.map((t) => join(FIXTURES, t)),
    ],
    { timeout: 180_000 },
  );
  return texts.length;
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'arising-pdfs-'));
  try {
    const fromText = await textPdfs(work);
    if (process.argv.includes('--text')) {
      process.stdout.write(`Wrote ${fromText} PDFs from text to ${FIXTURES}\n`);
      return;
    }
    const docs: Record<string, Document> = {
      'action-log-owner-last': ownerLast(),
      'action-log-owner-first': ownerFirst(),
      'margin-owners': marginOwners(),
      'fifty-pages': fiftyPages(),
    };
    for (const [name, doc] of Object.entries(docs))
      await writeFile(join(work, `${name}.docx`), await Packer.toBuffer(doc));
    // A private LibreOffice profile: several developers may run soffice on the machine at once.
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        FIXTURES,
        ...Object.keys(docs).map((n) => join(work, `${n}.docx`)),
      ],
      { timeout: 180_000 },
    );
    // Minutes behind an open password: refused with a message saying so.
    await writeFile(join(work, 'encrypted.docx'), await Packer.toBuffer(ownerFirst()));
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf:writer_pdf_Export:' +
          JSON.stringify({
            EncryptFile: { type: 'boolean', value: 'true' },
            DocumentOpenPassword: { type: 'string', value: 'board-papers' },
          }),
        '--outdir',
        FIXTURES,
        join(work, 'encrypted.docx'),
      ],
      { timeout: 180_000 },
    );
    // The scanned stand-in: page 1 of the owner-last minutes as a greyscale picture.
    await run('pdftoppm', [
      '-jpeg',
      '-gray',
      '-r',
      '100',
      '-singlefile',
      '-f',
      '1',
      '-l',
      '1',
      join(FIXTURES, 'action-log-owner-last.pdf'),
      join(work, 'scan'),
    ]);
    const jpeg = await readFile(join(work, 'scan.jpg'));
    const { width, height } = jpegSize(jpeg);
    await writeFile(join(FIXTURES, 'scanned.pdf'), imageOnlyPdf(jpeg, width, height));
    process.stdout.write(`Wrote ${Object.keys(docs).length + 2 + fromText} PDFs to ${FIXTURES}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
