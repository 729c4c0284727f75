/**
 * `npm run fact-check:i18n [-- --story DIR]`: the translator's worksheet. For each language in
 * `i18n/`, every field with no translation or a stale one (the English changed since), with the
 * English as it now reads and its hash, then every translation its log does not cover as it now
 * reads. It writes nothing: translations and their log are written by the person who checked them.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readEvidence } from './evidence.ts';
import { textHash } from './fact-check.ts';
import { readPointLayers } from './feature-points.ts';
import { readStory } from './read-story.ts';
import { formatError, type StoryError } from './story-error.ts';
import { readStoryMeta } from './story-meta.ts';
import {
  checkTranslations,
  coverage,
  readLanguages,
  TRANSLATION_DIR,
  translatableFields,
} from './translations.ts';

export function translationWorksheet(storyDir: string): string[] {
  const { story } = readStory(storyDir);
  const { spec } = readStoryMeta(storyDir);
  const errors: StoryError[] = [];
  const points = readPointLayers(storyDir, spec?.meta.layers ?? [], errors);
  const fields = translatableFields(story, spec, points, readEvidence(storyDir, errors));
  const languages = readLanguages(storyDir, errors);
  const lines: string[] = errors.map(formatError);
  for (const language of languages) {
    const { translated, left } = coverage(fields, language.translations);
    lines.push(
      '',
      `${language.lang}: ${translated} of ${fields.length} fields translated; ${left.length} to do`,
    );
    let file = '';
    // By file, each in the order its fields are collected.
    for (const f of [...left].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      if (f.file !== file) {
        file = f.file;
        lines.push('', `  ${TRANSLATION_DIR}/${language.lang}/${file}`);
      }
      const t = language.translations.get(f.file)?.get(f.item)?.get(f.field);
      const why = t ? ` (stale: translated from ${t.en})` : '';
      lines.push(`    ${f.item} › ${f.field} ${textHash(f.text)}${why}: ${f.text}`);
    }
    const problems = checkTranslations(fields, language).filter((e) => !e.message.startsWith('stale'));
    if (problems.length > 0)
      lines.push('', `  ${language.lang}: to fix or log`, ...problems.map((e) => `    ${formatError(e)}`));
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--story');
  const dir = i === -1 ? 'geo' : (process.argv[i + 1] ?? 'geo');
  const lines = translationWorksheet(dir);
  console.log(
    lines.length === 0
      ? `fact-check:i18n: ${dir} has no translations (${TRANSLATION_DIR}/<lang>/)`
      : lines.join('\n'),
  );
}
