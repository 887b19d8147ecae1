/**
 * Text from a minutes file: plain text as it is, Word .docx through mammoth. Anything else is
 * refused with what to send instead.
 */
export type Extracted =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const TEXT_EXTENSIONS = ['.txt', '.text', '.md'];

export async function extractText(fileName: string, bytes: Uint8Array): Promise<Extracted> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.docx')) {
    // Loaded when a Word file first arrives, not at start (13 MB of a service that may never see one).
    const { default: mammoth } = await import('mammoth');
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { ok: true, text: value };
    } catch {
      return {
        ok: false,
        message: `${fileName} could not be read as a Word document. Save it again as .docx, or as plain text (.txt), and import that.`,
      };
    }
  }
  if (TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  }
  return {
    ok: false,
    message: `${fileName} is not a format the importer reads. Send the minutes as Word (.docx) or plain text (.txt); for a PDF, copy the text into a .txt file.`,
  };
}
