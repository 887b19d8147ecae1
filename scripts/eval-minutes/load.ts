/**
 * Reads the corpus: every corpus/expected/<id>.json with its corpus/minutes/<id>.txt. A file that
 * fails the schema or has no text is returned as a problem, so the eval reports it and goes on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedSchema, type Expected } from './schema.ts';

export interface CorpusDocument {
  readonly id: string;
  readonly text: string;
  readonly expected: Expected;
}

export interface CorpusProblem {
  readonly id: string;
  readonly problem: string;
}

export interface Corpus {
  readonly documents: CorpusDocument[];
  readonly problems: CorpusProblem[];
}

/** The text as retrieved, without the `Source: <URL>` line and the blank line after it. */
export function stripSource(raw: string): string {
  const lines = raw.split(/\r?\n/);
  if (!lines[0]?.startsWith('Source:')) return raw;
  const skip = lines[1]?.trim() === '' ? 2 : 1;
  return lines.slice(skip).join('\n');
}

export function loadCorpus(root: string): Corpus {
  const expectedDir = join(root, 'expected');
  const documents: CorpusDocument[] = [];
  const problems: CorpusProblem[] = [];
  const files = existsSync(expectedDir)
    ? readdirSync(expectedDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  for (const file of files) {
    const id = file.slice(0, -'.json'.length);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(expectedDir, file), 'utf8'));
    } catch (err) {
      problems.push({ id, problem: `not valid JSON: ${(err as Error).message}` });
      continue;
    }
    const parsed = expectedSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      problems.push({ id, problem: `does not match the annotation schema: ${issues.join('; ')}` });
      continue;
    }
    const textFile = join(root, 'minutes', `${id}.txt`);
    if (!existsSync(textFile)) {
      problems.push({ id, problem: `no text at corpus/minutes/${id}.txt` });
      continue;
    }
    documents.push({
      id,
      text: stripSource(readFileSync(textFile, 'utf8')),
      expected: parsed.data,
    });
  }
  return { documents, problems };
}
