/**
 * `npm run fact-check [-- --story DIR]`: the worksheet for a fact-checker. Lists every statement the
 * log does not cover as it now reads, with its text, its hash and the sources its item cites (and
 * what the log last said of each), so it can be checked against those pages before it is logged.
 * It writes nothing: the log is written by the person who checked.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evidenceStatements, readEvidence } from './evidence.ts';
import { collectStatements, FACT_LOG_DIR, readFactLog, textHash } from './fact-check.ts';
import { readPointLayers } from './feature-points.ts';
import { readStory } from './read-story.ts';
import type { StoryError } from './story-error.ts';
import { readStoryMeta } from './story-meta.ts';

export function worksheet(storyDir: string): string[] {
  const { story } = readStory(storyDir);
  const { spec } = readStoryMeta(storyDir);
  const errors: StoryError[] = [];
  const log = readFactLog(storyDir, errors);
  const lines: string[] = errors.map((e) => `${e.file} › ${e.item}: ${e.message}`);
  let item = '';
  for (const s of [
    ...collectStatements(story, spec, readPointLayers(storyDir, spec?.meta.layers ?? [], errors)),
    ...evidenceStatements(readEvidence(storyDir, errors)),
  ]) {
    const entry = log.get(s.file)?.get(s.item);
    if (entry?.statements[s.field] === textHash(s.text)) continue;
    if (`${s.file} › ${s.item}` !== item) {
      item = `${s.file} › ${s.item}`;
      lines.push('', `${item}${entry ? ` (last checked ${entry.checked})` : ' (never checked)'}`);
      for (const c of s.cites) {
        const said = entry?.sources.find((x) => x.source === c)?.says;
        lines.push(`  cites ${c}${said ? `\n    the log said: ${said}` : ''}`);
      }
    }
    lines.push(`  ${s.field} ${textHash(s.text)}: ${s.text}`);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--story');
  const dir = i === -1 ? 'geo' : (process.argv[i + 1] ?? 'geo');
  const lines = worksheet(dir);
  console.log(
    lines.length === 0
      ? `fact-check: every statement in ${dir} is logged in ${FACT_LOG_DIR}/`
      : lines.join('\n'),
  );
}
