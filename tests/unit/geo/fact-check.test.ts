import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceStatements, readEvidence } from '../../../geo/build/evidence.ts';
import { checkFactLog, collectStatements, readFactLog, textHash } from '../../../geo/build/fact-check.ts';
import { worksheet } from '../../../geo/build/fact-check-todo.ts';
import { buildStory } from '../../../geo/build/main.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import { formatError } from '../../../geo/build/story-error.ts';
import { readStoryMeta } from '../../../geo/build/story-meta.ts';
import { testStoryCopies } from './test-story-copies.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit data files of several shapes in place
type Json = Record<string, any>;
const copies = testStoryCopies('fact-check-');

/** A copy of the test story with `edit` applied to one of its files. */
function storyWith(file: string, edit: (json: Json) => void): string {
  const dir = copies.copy();
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

function errorsOf(dir: string): string[] {
  const r = buildStory(dir, copies.atlas());
  return r.ok ? [] : r.errors.map(formatError);
}

describe('the fact-check log', () => {
  it('covers every statement of the real story and of the test story', () => {
    for (const dir of ['geo', 'tests/fixtures/story']) {
      const { story } = readStory(dir);
      const { spec } = readStoryMeta(dir);
      const errors = readFactLog(dir, []);
      // The evidence files' statements (geo/build/evidence.ts) are logged like the rest.
      const statements = [...collectStatements(story, spec), ...evidenceStatements(readEvidence(dir, []))];
      expect(checkFactLog(statements, errors).map(formatError)).toEqual([]);
    }
  });

  it('logs the statements the issue names: timeline, summaries, later findings, notes, legend, standfirst', () => {
    const { story } = readStory('geo');
    const keys = collectStatements(story, readStoryMeta('geo').spec).map((s) => `${s.file} ${s.field}`);
    for (const k of [
      'story.json standfirst',
      'story.json layers.drones.legend.marker',
      'story.json layers.route.download',
      'gazetteer.json summary',
      'timeline.json title',
      'timeline.json detail',
      'timeline.json accordingTo',
      'claims.json disagreement',
      'claims.json laterFindings[0] text',
      'claims.json 000 gist',
    ]) {
      expect(keys).toContain(k);
    }
  });

  it('refuses a statement edited since it was checked, naming it', () => {
    const dir = storyWith('timeline.json', (t) => {
      t.events[1].title = 'Fire in the engine room and on deck';
    });
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(
        /^timeline\.json › engine-room-fire › title: changed since it was checked on \d{4}-\d{2}-\d{2} \(logged [0-9a-f]{12}, now [0-9a-f]{12}\): re-check it/,
      ),
    ]);
  });

  it('refuses a new statement that was never checked', () => {
    const dir = storyWith('timeline.json', (t) => {
      t.events[0].detail = 'The ferry left twenty minutes late.';
    });
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(
        /^timeline\.json › departure › detail: not in the fact-check log .*text hash [0-9a-f]{12}/,
      ),
    ]);
  });

  it('refuses a new item with no entry, and an entry whose item is gone', () => {
    const dir = storyWith('claims.json', (c) => {
      c.claims[0].id = 'passengers-renamed';
    });
    const errors = errorsOf(dir);
    expect(errors).toContainEqual(
      expect.stringMatching(/^claims\.json › passengers-renamed: not in the fact-check log/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^fact-check\/claims\.json › passengers: logs an item that no longer exists/),
    );
  });

  it('refuses an item whose newly cited source the log does not account for', () => {
    const dir = storyWith('timeline.json', (t) => {
      t.events[0].sources.push({
        label: 'Harbour master',
        publisher: 'Port Alder',
        date: '2025-03-15',
        url: 'https://example.org/harbour',
      });
    });
    expect(errorsOf(dir)).toEqual([
      'timeline.json › departure: cites "https://example.org/harbour", but fact-check/timeline.json does not say what it says',
    ]);
  });

  it('refuses an entry that says nothing of a source', () => {
    const dir = storyWith('fact-check/timeline.json', (log) => {
      log.departure.sources[0].says = '';
    });
    expect(errorsOf(dir)).toContainEqual(
      expect.stringMatching(/^fact-check\/timeline\.json › departure: sources\[0\] must be/),
    );
  });

  it('hashes text as a reader sees it: the same in any Unicode form, changed by one character', () => {
    expect(textHash('Caf\u00e9')).toBe(textHash('Cafe\u0301'));
    expect(textHash('38 of the 67 on board')).not.toBe(textHash('38 of the 66 on board'));
    expect(textHash('x')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives the checker a worksheet: the changed statement, its text and what its sources said', () => {
    const dir = storyWith('timeline.json', (t) => {
      t.events[1].title = 'Fire in the engine room and on deck';
    });
    const lines = worksheet(dir).join('\n');
    expect(lines).toContain('timeline.json › engine-room-fire (last checked');
    expect(lines).toContain('Fire in the engine room and on deck');
    expect(lines).toContain('the log said:');
    expect(worksheet('tests/fixtures/story')).toEqual([]);
  });
});
