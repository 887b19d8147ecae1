/**
 * Text runs laid out as LibreOffice sets a .txt on A4 (10-point fixed-pitch type, 6 points a
 * letter, 2 cm margins: 80 letters to a line), for tests of the PDF reader's geometry.
 */
import { textFromPages, type Run } from '../../src/minutes/pdf.ts';

const LEFT = 56.8;
export const PAGE = { width: 595.3, height: 841.9 };

/** A run at a letter column, on a line `pitch` points below the one before. */
export const mono =
  (pitch: number) =>
  (column: number, line: number, text: string): Run => ({
    text,
    x: LEFT + 6 * column,
    y: 780 - pitch * line,
    width: 6 * text.length,
    size: 10,
  });

/** The text the importer reads from one page holding these runs. */
export const readRuns = (runs: Run[]) => textFromPages([{ ...PAGE, runs }]);
