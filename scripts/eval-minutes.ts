/**
 * `npm run eval:minutes`: how well the importer reads the corpus of real public minutes
 * (corpus/README.md). Prints recall and precision per document and totals for each split (tune,
 * retired, holdout) and all. Tune on `tune` and `retired`; look at `holdout` only to check you
 * did not overfit.
 *
 *   npm run eval:minutes                   # table per document, then totals
 *   npm run eval:minutes -- --split tune   # only the tune documents
 *   npm run eval:minutes -- --doc <id>     # found vs expected for one document
 *   npm run eval:minutes -- --json         # totals as JSON
 *   npm run eval:minutes -- --pdf          # the same, each text read from a PDF LibreOffice made
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus, type Corpus } from './eval-minutes/load.ts';
import { pdfsOf, pdfTexts, sofficeMissing, type Route } from './eval-minutes/pdf.ts';
import { evaluate, evaluateDocument, type DocumentResult } from './eval-minutes/run.ts';
import { SPLITS, type Split } from './eval-minutes/schema.ts';
import { floorsOf, type Rates, type Totals } from './eval-minutes/score.ts';

const CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

const HELP = `Usage: npm run eval:minutes -- [options]

Scores the minutes importer against the hand annotations in corpus/expected.

Options:
  --split tune|retired|holdout
                        only documents of that split (totals still per split)
  --doc <id>            found vs expected in detail for one document
  --json                print the totals (tune, retired, holdout, all) as JSON
  --pdf                 read each text from a PDF made by LibreOffice (soffice --convert-to pdf,
                        cached in the temp folder by the text's hash), through the same reader as
                        \`arising import x.pdf\`; ends with text vs PDF totals
  --via docx            with --pdf: write each text as a Word document first, then convert that
  --pdf-text <id>       with --pdf: print the text read from that document's PDF
  --write-floors        rewrite corpus/floors.json from today's totals over all documents
                        (after adding documents or improving the importer; floors may only rise)
  --help                this text

Columns: explicit actions recall/precision (Dice >= 0.5 on content words), owners right on
matched actions, invented owners, implicit suggestions recall/precision, attendees
recall/precision, meeting date, next meeting, board (ok / wrong / missing).`;

const SPLIT_MARK: Record<Split, string> = { tune: 'T', retired: 'R', holdout: 'H' };

const pct = (n: number) => `${Math.round(n * 100)}`.padStart(3);
const frac = (n: number, d: number) => `${n}/${d}`.padStart(5);

function row(r: DocumentResult): string {
  const s = r.score;
  const board = s.board.right ? 'ok' : s.board.missing ? 'missing' : 'wrong';
  return [
    r.document.id.slice(0, 52).padEnd(52),
    SPLIT_MARK[r.document.expected.split],
    `act ${frac(s.explicit.matched, s.explicit.expected)} found ${String(s.explicit.found).padStart(2)}`,
    `own ${frac(s.owners.right, s.owners.matched)}${s.owners.invented ? ` inv ${s.owners.invented}` : ''}`.padEnd(
      15,
    ),
    `imp ${frac(s.implicit.matched, s.implicit.expected)} found ${String(s.implicit.found).padStart(2)}`,
    `att ${frac(s.attendees.matched, s.attendees.expected)} found ${String(s.attendees.found).padStart(2)}`,
    `date ${s.meetingDate.right ? 'ok' : '--'}`,
    `next ${s.nextMeeting.right ? 'ok' : '--'}`,
    `board ${board}`,
  ].join('  ');
}

function totalLine(name: string, t: Rates): string {
  return [
    `${name.padEnd(8)} ${String(t.documents).padStart(3)} docs`,
    `explicit R ${pct(t.explicitRecall)}% P ${pct(t.explicitPrecision)}%`,
    `owners ${pct(t.ownerAccuracy)}% invented ${t.inventedOwners}`,
    `implicit R ${pct(t.implicitRecall)}% P ${pct(t.implicitPrecision)}%`,
    `attendees R ${pct(t.attendeeRecall)}% P ${pct(t.attendeePrecision)}%`,
    `date ${pct(t.meetingDateAccuracy)}%`,
    `next ${pct(t.nextMeetingAccuracy)}%`,
    `board ${pct(t.boardAccuracy)}% (wrong ${t.boardWrong}, missing ${t.boardMissing})`,
  ].join(' | ');
}

function detail(r: DocumentResult): string {
  const e = r.document.expected;
  const d = r.draft;
  const s = r.score;
  const out: string[] = [`${r.document.id} (${e.split}): ${e.shape}`, ''];
  const mark = (ok: boolean) => (ok ? 'ok ' : 'XX ');
  out.push(
    `${mark(!!s.board.right)}board     expected ${JSON.stringify(e.board)}  found ${JSON.stringify(d.board)}`,
  );
  out.push(
    `${mark(!!s.meetingDate.right)}meeting   expected ${e.meeting?.date ?? null}  found ${d.meeting?.date ?? null}`,
  );
  out.push(
    `${mark(!!s.nextMeeting.right)}next      expected ${e.nextMeeting?.date ?? null}  found ${d.nextMeeting?.date ?? null}`,
  );

  const explicit = d.actions.filter((a) => a.kind === 'explicit');
  const suggested = d.actions.filter((a) => a.kind === 'suggested');
  out.push(
    '',
    `Explicit actions: ${s.explicit.matched} of ${e.actions.length} expected matched, ${explicit.length} found`,
  );
  const byExpected = new Map(s.pairs.map((p) => [p.expected, p]));
  e.actions.forEach((a, i) => {
    const p = byExpected.get(i);
    const want = `[${a.owners.join(', ') || '-'}] ${a.text}`;
    if (!p) return out.push(`  MISSED  ${want}`);
    const f = explicit[p.found]!;
    out.push(`  ${p.ownerRight ? 'ok    ' : 'OWNER '}  ${want}`);
    out.push(
      `          found [${f.owners.join(', ') || '-'}] (as written ${JSON.stringify(f.ownersAsWritten)}) ${f.text}`,
    );
    if (p.invented.length) out.push(`          invented owners: ${p.invented.join(', ')}`);
  });
  const foundPaired = new Set(s.pairs.map((p) => p.found));
  explicit.forEach((f, j) => {
    if (!foundPaired.has(j)) out.push(`  EXTRA   [${f.owners.join(', ') || '-'}] ${f.text}`);
  });

  out.push(
    '',
    `Implicit: ${s.implicit.matched} of ${e.implicit.length} expected matched, ${suggested.length} suggested`,
  );
  const implicitE = new Set(s.implicitPairs.map(([i]) => i));
  const implicitF = new Set(s.implicitPairs.map(([, j]) => j));
  e.implicit.forEach((a, i) =>
    out.push(`  ${implicitE.has(i) ? 'ok    ' : 'MISSED'}  [${a.owner ?? '-'}] ${a.text}`),
  );
  suggested.forEach((f, j) => {
    if (!implicitF.has(j)) out.push(`  EXTRA   [${f.owners.join(', ') || '-'}] ${f.text}`);
  });

  out.push(
    '',
    `Attendees: ${s.attendees.matched} of ${e.attendees.length} expected matched, ${d.attendees.length} found`,
  );
  const attE = new Set(s.attendeePairs.map(([i]) => i));
  const attF = new Set(s.attendeePairs.map(([, j]) => j));
  const missed = e.attendees.filter((_, i) => !attE.has(i)).map((a) => a.name);
  const extra = d.attendees.filter((_, j) => !attF.has(j)).map((a) => a.name);
  if (missed.length) out.push(`  MISSED  ${missed.join('; ')}`);
  if (extra.length) out.push(`  EXTRA   ${extra.join('; ')}`);
  if (e.traps.length) out.push('', 'Traps:', ...e.traps.map((t) => `  - ${t}`));
  return out.join('\n');
}

/** The corpus with each text replaced by what the importer reads from its PDF. */
async function asPdf(corpus: Corpus, route: Route): Promise<Corpus> {
  const pdfs = await pdfsOf(
    corpus.documents.map((d) => d.text),
    route,
  );
  const texts = await pdfTexts(
    pdfs,
    corpus.documents.map((d) => d.id),
  );
  return { ...corpus, documents: corpus.documents.map((d, i) => ({ ...d, text: texts[i]! })) };
}

/** Text vs PDF, total by total: what reading the PDF loses (or gains). */
function comparison(name: string, text: Rates, pdf: Rates): string {
  const keys = [
    ['explicitRecall', 'explicit R'],
    ['explicitPrecision', 'explicit P'],
    ['ownerAccuracy', 'owners'],
    ['implicitRecall', 'implicit R'],
    ['implicitPrecision', 'implicit P'],
    ['attendeeRecall', 'attendees R'],
    ['attendeePrecision', 'attendees P'],
    ['meetingDateAccuracy', 'date'],
    ['nextMeetingAccuracy', 'next'],
    ['boardAccuracy', 'board'],
  ] as const;
  const parts = keys.map(([k, label]) => {
    const d = Math.round(pdf[k] * 100) - Math.round(text[k] * 100);
    return `${label} ${pct(text[k]).trim()}->${pct(pdf[k]).trim()}${d ? ` (${d > 0 ? '+' : ''}${d})` : ''}`;
  });
  parts.push(`invented ${text.inventedOwners}->${pdf.inventedOwners}`);
  return `text vs PDF, ${name}: ${parts.join(' | ')}`;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      split: { type: 'string' },
      doc: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      'write-floors': { type: 'boolean', default: false },
      pdf: { type: 'boolean', default: false },
      via: { type: 'string' },
      'pdf-text': { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.split && !(SPLITS as readonly string[]).includes(values.split)) {
    console.error(`--split must be ${SPLITS.join(', ')}, not ${JSON.stringify(values.split)}`);
    return 2;
  }
  if (values.via && values.via !== 'docx') {
    console.error(`--via must be docx, not ${JSON.stringify(values.via)}`);
    return 2;
  }
  if ((values.via || values['pdf-text']) && !values.pdf) {
    console.error('--via and --pdf-text go with --pdf');
    return 2;
  }
  if (values.pdf && values['write-floors']) {
    console.error('--write-floors measures the texts: leave out --pdf');
    return 2;
  }
  if (values.pdf) {
    const missing = sofficeMissing();
    if (missing) {
      console.error(missing);
      return 3;
    }
  }
  const route: Route = values.via === 'docx' ? 'docx' : 'txt';
  const texts = loadCorpus(CORPUS);
  for (const p of texts.problems) console.error(`skipped ${p.id}: ${p.problem}`);
  const only = values.doc ?? values['pdf-text'];
  const chosen: Corpus = {
    ...texts,
    documents: texts.documents.filter(
      (d) => (only ? d.id === only : true) && (!values.split || d.expected.split === values.split),
    ),
  };
  if (only && !chosen.documents.length) {
    console.error(`no annotated document ${JSON.stringify(only)} in corpus/expected`);
    return 2;
  }
  const corpus = values.pdf ? await asPdf(chosen, route) : chosen;
  if (values['pdf-text']) {
    console.log(corpus.documents[0]!.text);
    return 0;
  }

  if (values.doc) {
    console.log(detail(evaluateDocument(corpus.documents[0]!)));
    return 0;
  }

  const { results, totals } = evaluate(corpus);
  if (values['write-floors']) {
    if (values.split) {
      console.error('--write-floors measures all documents: leave out --split');
      return 2;
    }
    const file = join(CORPUS, 'floors.json');
    writeFileSync(file, `${JSON.stringify(floorsOf(totals.all), null, 2)}\n`);
    console.log(`wrote ${file} from ${totals.all.documents} documents`);
    return 0;
  }
  if (values.json) {
    console.log(
      JSON.stringify(
        values.split ? { [values.split]: totals[values.split as keyof Totals] } : totals,
        null,
        2,
      ),
    );
    return 0;
  }
  for (const r of results) console.log(row(r));
  console.log('');
  for (const split of SPLITS)
    if (!values.split || values.split === split) console.log(totalLine(split, totals[split]));
  if (!values.split) console.log(totalLine('all', totals.all));
  if (values.pdf) {
    const fromText = evaluate(chosen).totals;
    const name = (values.split ?? 'all') as keyof Totals;
    console.log('');
    console.log(totalLine(`${name} txt`, fromText[name]));
    console.log(comparison(name, fromText[name], totals[name]));
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
