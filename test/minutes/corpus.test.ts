import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../scripts/eval-minutes/load.ts';
import { evaluate } from '../../scripts/eval-minutes/run.ts';
import { FLOOR_KEYS, type Floors } from '../../scripts/eval-minutes/score.ts';

// The importer on the corpus of real public minutes (corpus/README.md), over whatever is
// annotated today. corpus/floors.json pins the totals: the floors may only rise and the
// invented-owner ceiling may only fall. Raise them (npm run eval:minutes -- --write-floors) when
// the importer gets better; never lower them to make a change pass.
const root = fileURLToPath(new URL('../../corpus', import.meta.url));
const floors = JSON.parse(readFileSync(`${root}/floors.json`, 'utf8')) as Floors;
const corpus = loadCorpus(root);
const { totals } = evaluate(corpus);

describe('minutes corpus', () => {
  it('has every annotation readable, with its text', () => {
    expect(corpus.problems).toEqual([]);
    expect(corpus.documents.length).toBeGreaterThan(0);
  });

  it.each(FLOOR_KEYS)('keeps %s at or above its floor', (key) => {
    expect(totals.all[key]).toBeGreaterThanOrEqual(floors.floors[key]);
  });

  it('invents no more owners than the ceiling', () => {
    expect(totals.all.inventedOwners).toBeLessThanOrEqual(floors.ceilings.inventedOwners);
  });
});
