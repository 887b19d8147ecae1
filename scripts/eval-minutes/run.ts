/**
 * Runs the importer over the corpus and scores each document: what `npm run eval:minutes` and
 * the floors test share. The importer gets no register (`known: []`): only the text counts.
 */
import type { Draft } from '../../src/minutes/draft.ts';
import { parseMinutes } from '../../src/minutes/parse.ts';
import type { Corpus, CorpusDocument } from './load.ts';
import { scoreDocument, totals, type DocumentScore, type Totals } from './score.ts';

export interface DocumentResult {
  readonly document: CorpusDocument;
  readonly draft: Draft;
  readonly score: DocumentScore;
}

export function evaluateDocument(document: CorpusDocument): DocumentResult {
  const draft = parseMinutes(document.text, { source: `${document.id}.txt`, known: [] });
  return { document, draft, score: scoreDocument(draft, document.expected) };
}

export function evaluate(corpus: Corpus): { results: DocumentResult[]; totals: Totals } {
  const results = corpus.documents.map(evaluateDocument);
  return {
    results,
    totals: totals(results.map((r) => ({ split: r.document.expected.split, score: r.score }))),
  };
}
