/**
 * The digest as a Word document: the action log as committee papers have it. Landscape A4, the
 * document title in the file's properties and in the Title style, groups under Heading 1, and
 * one table per group whose header row (shaded) repeats at the top of every page it runs onto.
 * The status cell is tinted by RAG, with the word always there too; every page carries the
 * board's protective marking at top and bottom and "Page n of m".
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  ShadingType,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Rag } from '../domain.ts';
import type { DigestGroup, DigestModel } from './model.ts';
import {
  COLUMNS,
  attentionLines,
  countsText,
  documentTitle,
  meetingText,
  omittedText,
  rowCells,
  sinceText,
} from './text.ts';

/** Share of the table width per column (Ref, Raised, Minute, Action, Owners, Due, Status, Latest). */
const WIDTHS = [8, 8, 7, 27, 14, 10, 11, 15];
const FONT = 'Arial';
/** Light tints, so black text on them keeps well over 4.5:1 contrast, printed or on screen. */
const HEADER_FILL = 'D9D9D9';
const RAG_FILL: Readonly<Record<Rag, string>> = { red: 'F4C7C3', amber: 'FCE8B2', green: 'B7E1CD' };
const STATUS_COLUMN = COLUMNS.indexOf('Status (RAG)');

const cell = (text: string, bold = false, width = 10, fill?: string) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

function table(group: DigestGroup): Table {
  // tableHeader repeats the row on each page; cantSplit keeps an action on one page.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((c, i) => cell(c, true, WIDTHS[i], HEADER_FILL)),
  });
  const rows = group.items.map(
    (item) =>
      new TableRow({
        cantSplit: true,
        children: rowCells(item).map((text, i) =>
          cell(text, i === 0, WIDTHS[i], i === STATUS_COLUMN ? RAG_FILL[item.rag] : undefined),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

export function buildDocx(model: DigestModel): Document {
  const title = documentTitle(model);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Meeting: ', bold: true }),
        new TextRun(meetingText(model.meeting)),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: 'Prepared: ', bold: true }), new TextRun(model.generatedAt)],
    }),
    para(countsText(model)),
  ];
  const omitted = omittedText(model);
  if (omitted) children.push(para(omitted));
  children.push(para(sinceText(model)));
  for (const group of model.groups) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${group.title} (${group.items.length})`)],
      }),
    );
    children.push(group.items.length ? table(group) : para('None.'));
  }
  const attention = model.edition === 'public' ? [] : attentionLines(model);
  if (attention.length) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun("For the secretariat's attention")],
      }),
    );
    for (const line of attention)
      children.push(new Paragraph({ text: line, bullet: { level: 0 } }));
  }
  return new Document({
    title,
    creator: 'Matters Arising',
    description: `Action log for ${model.board.name}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        title: { run: { font: FONT, size: 36, bold: true } },
        heading1: {
          run: { font: FONT, size: 28, bold: true },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          // A4 given portrait-wise; docx swaps width and height for landscape.
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: model.marking, bold: true })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: model.marking, bold: true })],
              }),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [
                      `${model.board.name} action log · Page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function renderDocx(model: DigestModel): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(model));
}
