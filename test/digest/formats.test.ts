import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { parse } from 'csv-parse/sync';
import { createDigestLinks } from '../../src/digest/links.ts';
import { loadDigestModel } from '../../src/digest/load.ts';
import type { DigestModel } from '../../src/digest/model.ts';
import { documentLinks } from '../../src/digest/compose.ts';
import { renderChat } from '../../src/digest/render-chat.ts';
import { renderCsv, CSV_COLUMNS } from '../../src/digest/render-csv.ts';
import { renderDocx } from '../../src/digest/render-docx.ts';
import { renderHtml } from '../../src/digest/render-html.ts';
import { renderMarkdown } from '../../src/digest/render-markdown.ts';
import { setProtectiveMarking } from '../../src/register/boards.ts';
import { DIALECTS, openTestDb, type TestDb } from '../support/db.ts';
import { buildLcrb, emailOf, type Lcrb } from './fixture.ts';
import { expectGolden } from './golden.ts';

async function docxTables(buffer: Buffer): Promise<string[][][]> {
  const { value } = await mammoth.convertToHtml({ buffer });
  const doc = new JSDOM(value).window.document;
  return [...doc.querySelectorAll('table')].map((t) =>
    [...t.querySelectorAll('tr')].map((tr) =>
      [...tr.querySelectorAll('td, th')].map((c) => c.textContent?.trim() ?? ''),
    ),
  );
}

describe.each(DIALECTS)('the LCRB action log in every format on %s', (dialect) => {
  let t: TestDb;
  let lcrb: Lcrb;
  let full: DigestModel;
  let pub: DigestModel;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    lcrb = await buildLcrb(t.db);
    const load = async (edition: 'full' | 'public') => {
      const loaded = await loadDigestModel(t.db, lcrb.board.id, lcrb.clock.now(), { edition });
      if (!loaded.ok) throw new Error(loaded.message);
      return loaded.model;
    };
    full = await load('full');
    pub = await load('public');
  });
  afterEach(async () => {
    await t.close();
  });

  it('writes the Markdown action log the secretariat expects, full and public', () => {
    expectGolden('lcrb.md', renderMarkdown(full));
    expectGolden('lcrb-public.md', renderMarkdown(pub));
  });

  it('writes the accessible HTML page the secretariat expects', () => {
    expectGolden('lcrb.html', renderHtml(full));
  });

  it('writes the CSV the secretariat expects', () => {
    expectGolden('lcrb.csv', renderCsv(full));
  });

  it('writes the chat summary the secretariat expects, with signed links', () => {
    const links = createDigestLinks({
      secret: 'golden-secret-golden-secret-golden-secret',
      baseUrl: () => 'https://arising.example.org',
      clock: lcrb.clock,
    });
    const message = renderChat(full, documentLinks(full, links));
    expectGolden('lcrb-chat.json', `${JSON.stringify(message, null, 2)}\n`);
  });

  it('writes a Word action log whose tables read back with every action', async () => {
    const buffer = await renderDocx(full);
    const { value } = await mammoth.convertToHtml({ buffer });
    expectGolden(
      'lcrb-docx.html',
      `${value.replace(/<\/(p|h1|h2|table|tr|ul|li)>/g, '</$1>\n')}\n`,
    );
    const tables = await docxTables(buffer);
    // One table per non-empty group: completed, in progress, no update, overdue, dropped.
    expect(tables).toHaveLength(5);
    for (const table of tables)
      expect(table[0]).toEqual([
        'Ref',
        'Raised',
        'Minute',
        'Action',
        'Owners',
        'Due',
        'Status (RAG)',
        'Latest update',
      ]);
    expect(tables.map((rows) => rows.slice(1).map((r) => r[0]))).toEqual([
      ['LCRB-4', 'LCRB-5'],
      ['LCRB-1', 'LCRB-9'],
      ['LCRB-2', 'LCRB-6', 'LCRB-10'],
      ['LCRB-3', 'LCRB-7'],
      ['LCRB-8'],
    ]);
    expect(tables[1]![1]).toEqual([
      'LCRB-1',
      expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2} 20\d\d$/),
      '4.20',
      expect.stringMatching(/^Bring back a full explanation and proposal on a pan-London payment/),
      'Tim Godwin (MPS)',
      'meeting of 2 Dec 2026',
      'In progress (Amber)',
      '10 Nov 2026, Tim Godwin: Costed options agreed with the Home Office; paper to follow.',
    ]);
    expect(tables[3]![1]![6]).toBe('Open (Red), carried forward 2 times');
  });

  it('lays the Word document out as committee papers: landscape, repeated header rows, title and heading styles', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(full));
    const document = await zip.file('word/document.xml')!.async('string');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Every table's first row repeats on each page.
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(5);
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(core).toContain(
      '<dc:title>Matters arising: London Crime Reduction Board, meeting of Wed 2 Dec 2026</dc:title>',
    );
  });

  it('passes an automated accessibility check (axe-core) and reads as tables with captions and header cells', async () => {
    const html = renderHtml(full);
    const dom = new JSDOM(html, { runScripts: 'outside-only' });
    const axe = await import('axe-core');
    dom.window.eval(axe.default.source);
    const w = dom.window as unknown as { axe: typeof axe.default };
    const results = await w.axe.run(dom.window.document, {
      // jsdom does not lay out or paint, so contrast cannot be measured here.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(results.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'document-title',
        'html-has-lang',
        'th-has-data-cells',
        'td-headers-attr',
      ]),
    );
    const doc = dom.window.document;
    expect(doc.documentElement.lang).toBe('en-GB');
    for (const table of doc.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(8);
      expect(table.querySelectorAll('tbody tr').length).toBe(
        table.querySelectorAll('tbody th[scope="row"]').length,
      );
    }
    // People's markup is shown, never run.
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.body.textContent).toContain(
      '<b>Draft roadmap</b> shared with partners & CPS <!channel>',
    );
  });

  it('writes CSV for Excel: BOM, CRLF, a row per action, and a =HYPERLINK note made harmless', () => {
    const csv = renderCsv(full);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n').length).toBe(1 + full.counts.total + 1);
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + full.counts.total);
    const groups = rows.find((r) => r[1] === 'LCRB-6')!;
    expect(groups[CSV_COLUMNS.indexOf('Latest note')]).toBe(
      `'=HYPERLINK("http://evil.example/x","Task and Finish Groups list")`,
    );
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.find((r) => r[1] === 'LCRB-5')![CSV_COLUMNS.indexOf('Owners')]).toBe(
      "Christian Steenberg (Mayor's Office for Policing & Crime)",
    );
  });

  it('gives the CSV ISO dates and a due kind, so Excel sorts by due and raised date', () => {
    const rows: string[][] = parse(renderCsv(full), { bom: true });
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const row of rows.slice(1)) {
      const kind = row[col('Due kind')]!;
      expect(['meeting', 'date', 'not set']).toContain(kind);
      if (kind === 'not set') expect(row[col('Due date')]).toBe('');
      else expect(row[col('Due date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[col('Raised')]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    }
    const lcrb1 = rows.find((r) => r[1] === 'LCRB-1')!;
    expect(lcrb1[col('Due')]).toBe('meeting of 2 Dec 2026');
    expect(lcrb1[col('Due date')]).toBe('2026-12-02');
    expect(lcrb1[col('Due kind')]).toBe('meeting');
  });

  it('shades the Word header row, tints the status cell by RAG, and marks and numbers every page', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(full));
    const document = await zip.file('word/document.xml')!.async('string');
    const files = Object.keys(zip.files);
    const footer = await zip
      .file(files.find((f) => /^word\/footer\d*\.xml$/.test(f))!)!
      .async('string');
    const header = await zip
      .file(files.find((f) => /^word\/header\d*\.xml$/.test(f))!)!
      .async('string');
    // Header rows: 8 shaded cells in each of the 5 tables.
    expect(document.match(/<w:shd [^>]*w:fill="D9D9D9"/g)).toHaveLength(5 * 8);
    expect(document).toMatch(/<w:shd [^>]*w:fill="F4C7C3"/); // red
    expect(document).toMatch(/<w:shd [^>]*w:fill="FCE8B2"/); // amber
    expect(document).toMatch(/<w:shd [^>]*w:fill="B7E1CD"/); // green
    expect(footer).toContain('OFFICIAL');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(header).toContain('OFFICIAL');
  });

  it("prints the board's own protective marking, and OFFICIAL by default", async () => {
    expect(full.marking).toBe('OFFICIAL');
    await setProtectiveMarking(t.db, lcrb.board.id, 'OFFICIAL-SENSITIVE');
    const loaded = await loadDigestModel(t.db, lcrb.board.id, lcrb.clock.now(), {
      edition: 'full',
    });
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.model.marking).toBe('OFFICIAL-SENSITIVE');
    const zip = await JSZip.loadAsync(await renderDocx(loaded.model));
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.join('')).toContain('OFFICIAL-SENSITIVE');
    const html = new JSDOM(renderHtml(loaded.model)).window.document;
    expect([...html.querySelectorAll('.marking')].map((m) => m.textContent)).toEqual([
      'OFFICIAL-SENSITIVE',
      'OFFICIAL-SENSITIVE',
    ]);
  });

  it('gives every HTML table the same column widths and keeps refs on one line', () => {
    const doc = new JSDOM(renderHtml(full)).window.document;
    const widths = [...doc.querySelectorAll('table')].map((t) =>
      [...t.querySelectorAll('col')].map((c) => c.getAttribute('style')).join(','),
    );
    expect(widths).toHaveLength(5);
    expect(new Set(widths).size).toBe(1);
    expect(widths[0]!.split(',')).toHaveLength(8);
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toContain('table-layout:fixed');
    expect(css).toMatch(/\.ref\{white-space:nowrap\}/);
    expect(css).toMatch(/@page\{size:A4 landscape/);
    for (const th of doc.querySelectorAll('tbody th[scope="row"]'))
      expect(th.classList.contains('ref')).toBe(true);
  });

  it("leaves the secretariat's notes out of the public edition", () => {
    expect(renderHtml(full)).toContain("For the secretariat's attention");
    expect(renderHtml(pub)).not.toContain("For the secretariat's attention");
    expect(pub.attention.unassigned).toEqual([]);
    expect(renderMarkdown(pub)).not.toContain('No owner named');
  });

  it('puts no email address in any format', async () => {
    const buffer = await renderDocx(full);
    const docText = (await mammoth.extractRawText({ buffer })).value;
    const all = [
      renderMarkdown(full),
      renderHtml(full),
      renderCsv(full),
      docText,
      JSON.stringify(full),
      JSON.stringify(renderChat(full)),
    ];
    for (const key of Object.keys(lcrb.people))
      for (const text of all) expect(text).not.toContain(emailOf(key));
    for (const text of all) expect(text).not.toMatch(/@london\.gov/);
  });

  it('leaves restricted actions out of the public edition and says how many', () => {
    const md = renderMarkdown(pub);
    expect(md).not.toContain('LCRB-9');
    expect(md).not.toContain('LCRB-10');
    expect(md).not.toContain('Draft roadmap');
    expect(md).toContain('Public edition: 2 restricted actions are left out.');
    expect(renderHtml(pub)).not.toContain('gang offending');
    expect(renderCsv(pub)).not.toContain('LCRB-9');
    expect(renderMarkdown(full)).toContain('LCRB-9');
  });
});
