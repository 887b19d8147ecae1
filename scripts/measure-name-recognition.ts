/**
 * `node --import tsx scripts/measure-name-recognition.ts [--split tune|holdout]`: compares the
 * hand rules that read attendee lists (src/minutes/attendees.ts) with compromise's name
 * recognition (`nlp(text).people()`) on the corpus, scored as `npm run eval:minutes` scores
 * attendees. compromise reads (a) the attendance block the hand rules located, and (b) the
 * head of the document (first 6,000 characters), so both where a list is known to be and where
 * one would be looked for. Prints recall, precision and milliseconds per document for each.
 * A measurement for docs/minutes.md ("Name recognition"), not part of the importer.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { parseAttendance } from '../src/minutes/attendees.ts';
import { parseMinutes } from '../src/minutes/parse.ts';
import { normalise } from '../src/minutes/text.ts';
import type { Draft } from '../src/minutes/draft.ts';
import { loadCorpus } from './eval-minutes/load.ts';
import { scoreDocument } from './eval-minutes/score.ts';

const { values } = parseArgs({ options: { split: { type: 'string' } } });
const corpus = loadCorpus(fileURLToPath(new URL('../corpus', import.meta.url)));
const docs = corpus.documents.filter((d) => !values.split || d.expected.split === values.split);

interface Tally {
  expected: number;
  found: number;
  matched: number;
  ms: number;
}
const tally = (): Tally => ({ expected: 0, found: 0, matched: 0, ms: 0 });
const results = { rules: tally(), block: tally(), head: tally() };

const people = (text: string): string[] => {
  const out = (nlp(text).people().out('array') as string[])
    .map((n) =>
      n
        .replace(/[.,;:()]+$/g, '')
        .replace(/^[(]+/, '')
        .trim(),
    )
    .filter(Boolean);
  return [...new Set(out)];
};

const score = (
  t: Tally,
  draft: Draft,
  names: string[],
  expected: (typeof docs)[number]['expected'],
) => {
  const s = scoreDocument(
    { ...draft, attendees: names.map((name) => ({ name, role: null, org: null, initials: null })) },
    expected,
  ).attendees;
  t.expected += s.expected;
  t.found += s.found;
  t.matched += s.matched;
};

for (const doc of docs) {
  let t0 = performance.now();
  const draft = parseMinutes(doc.text, { known: [] });
  results.rules.ms += performance.now() - t0;
  score(
    results.rules,
    draft,
    draft.attendees.map((a) => a.name),
    doc.expected,
  );

  const lines = normalise(doc.text).split('\n');
  const { bodyStart } = parseAttendance(lines);
  const block = lines.slice(0, Math.max(bodyStart, 1) + 1).join('\n');
  t0 = performance.now();
  const fromBlock = people(block);
  results.block.ms += performance.now() - t0;
  score(results.block, draft, fromBlock, doc.expected);

  t0 = performance.now();
  const fromHead = people(normalise(doc.text).slice(0, 6000));
  results.head.ms += performance.now() - t0;
  score(results.head, draft, fromHead, doc.expected);
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
console.log(`${docs.length} documents${values.split ? ` (${values.split})` : ''}`);
for (const [label, t] of [
  ['hand rules (whole parse)', results.rules],
  ['compromise, attendance block', results.block],
  ['compromise, head 6000 chars', results.head],
] as const)
  console.log(
    `${label.padEnd(30)} R ${pct(t.matched, t.expected).padStart(4)} P ${pct(t.matched, t.found).padStart(4)}  found ${String(t.found).padStart(4)} of ${t.expected}  ${(t.ms / docs.length).toFixed(1)} ms/doc`,
  );
