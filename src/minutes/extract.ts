/**
 * Text from a minutes file, by what the bytes are rather than only by the name: a PDF (starts
 * "%PDF-") through pdf.ts, Word .docx through mammoth, plain text as it is. Anything else is
 * refused with what to send instead.
 */
import { isPdf, pdfText, type PdfCode } from './pdf.ts';

export type Extracted =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly code?: PdfCode | 'unsupported' };

const TEXT_EXTENSIONS = ['.txt', '.text', '.md'];
/** The types the importer reads, for every message that says what to send instead. */
export const READABLE_EXTENSIONS = ['.docx', '.pdf', ...TEXT_EXTENSIONS] as const;
export const TYPES_HINT =
  'Send the minutes as Word (.docx), PDF with a text layer (.pdf) or plain text (.txt or .md).';

/** A .docx is a zip archive: "PK\x03\x04". */
const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function extractText(fileName: string, bytes: Uint8Array): Promise<Extracted> {
  const lower = fileName.toLowerCase();
  const display = fileName.split(/[\\/]/).pop() ?? fileName;
  if (isPdf(bytes)) return pdfText(display, bytes);
  if (lower.endsWith('.pdf'))
    return {
      ok: false,
      code: 'unreadable',
      message: `${display} is named .pdf but is not a PDF (it does not start with %PDF). Export the minutes again as PDF, Word (.docx) or plain text (.txt) and import that.`,
    };
  if (
    lower.endsWith('.docx') ||
    (isZip(bytes) && !TEXT_EXTENSIONS.some((e) => lower.endsWith(e)))
  ) {
    // Loaded when a Word file first arrives, not at start (13 MB of a service that may never see one).
    const { default: mammoth } = await import('mammoth');
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { ok: true, text: value };
    } catch {
      return {
        ok: false,
        message: `${display} could not be read as a Word document. Save it again as .docx, or as plain text (.txt), and import that.`,
      };
    }
  }
  if (TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  }
  return {
    ok: false,
    code: 'unsupported',
    message: `${display} is not a format the importer reads. ${TYPES_HINT}`,
  };
}
