/**
 * Digest rendering: the documents the secretariat downloads (DOCX, HTML, CSV, Markdown) for the
 * busiest board, a 600-action board in a register of 5,000 actions on SQLite. The model is built
 * once; each format is timed from the model, next to JSON.stringify of the same model measured
 * in the same run (the cheapest possible "rendering" of it).
 */
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDigestModel } from '../src/digest/load.ts';
import { DIGEST_FORMATS, renderDocument } from '../src/digest/render.ts';
import type { BoardId } from '../src/domain.ts';
import { buildScaleRegister } from './fixture.ts';
import { time, writeResult, type Row } from './lib.ts';

const NOW = new Date('2026-11-25T09:00:00.000Z');

export async function run(): Promise<void> {
  const opened = await openDatabase('sqlite::memory:');
  try {
    await migrateToLatest(opened.db);
    const built = await buildScaleRegister(opened.db, {
      boards: 10,
      actionsPerBoard: 500,
      firstBoardActions: 600,
      people: 400,
      now: NOW,
    });
    const loaded = await loadDigestModel(opened.db, built.busiestBoardId as BoardId, NOW, {
      edition: 'full',
    });
    if (!loaded.ok) throw new Error(loaded.message);
    const model = loaded.model;

    const baseline = await time('JSON.stringify of the model (baseline)', () =>
      JSON.stringify(model),
    );
    const rows: Row[] = [
      {
        output: baseline.name,
        p50_ms: baseline.p50Ms,
        p99_ms: baseline.p99Ms,
        x_baseline: 1,
        bytes: Buffer.byteLength(JSON.stringify(model)),
      },
    ];
    for (const format of DIGEST_FORMATS) {
      const bytes = (await renderDocument(model, format)).length;
      const t = await time(
        format,
        () => renderDocument(model, format),
        format === 'docx' ? 15 : 30,
      );
      rows.push({
        output: format,
        p50_ms: t.p50Ms,
        p99_ms: t.p99Ms,
        x_baseline: Math.round((t.p50Ms / Math.max(baseline.p50Ms, 0.001)) * 10) / 10,
        bytes,
      });
    }
    await writeResult('digest-render', rows, [
      'A 600-action board (full edition), rendered from a model built once; SQLite.',
      'x_baseline: p50 divided by JSON.stringify of the same model, measured in the same run.',
    ]);
  } finally {
    await opened.close();
  }
}
