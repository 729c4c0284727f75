import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvidence } from '../../../geo/build/evidence.ts';
import { textHash } from '../../../geo/build/fact-check.ts';
import { readPointLayers } from '../../../geo/build/feature-points.ts';
import { buildStory } from '../../../geo/build/main.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import { formatError } from '../../../geo/build/story-error.ts';
import { readStoryMeta } from '../../../geo/build/story-meta.ts';
import { translationWorksheet } from '../../../geo/build/translation-todo.ts';
import {
  checkTranslations,
  figuresOf,
  readLanguages,
  translatableFields,
  translationProblems,
} from '../../../geo/build/translations.ts';
import type { LanguagesFile, PlaceCollection, StoryMeta } from '../../../geo/schema.ts';
import { testStoryCopies } from './test-story-copies.ts';

const copies = testStoryCopies('translations-');

const STANDFIRST =
  'On 14 March 2025 the ferry Kestrel left Port Alder for Tamsin with 112 passengers, caught fire an hour out and put in at Brindle Bay instead. Choose a harbour to read what two articles said about it.';
const BY = 'Machine-assisted translation by an engineer, not yet reviewed by a native speaker.';

type Fields = Record<string, Record<string, { en: string; text: string }>>;

/**
 * The test story with a Russian translation of `translations` (file → item → field → text, each
 * bound to its English as it now reads unless `en` overrides it) and its log, unless `log` says
 * otherwise.
 */
function storyWithRussian(
  translations: Record<string, Record<string, Record<string, string>>>,
  opts: {
    en?: Record<string, string>;
    log?: (file: string, item: string, field: string, text: string) => string;
  } = {},
): string {
  const dir = copies.copy();
  const { story } = readStory(dir);
  const { spec } = readStoryMeta(dir);
  const english = new Map(
    translatableFields(story, spec).map((f) => [`${f.file} › ${f.item} › ${f.field}`, f.text]),
  );
  mkdirSync(join(dir, 'i18n/ru'), { recursive: true });
  mkdirSync(join(dir, 'fact-check/ru'), { recursive: true });
  for (const [file, items] of Object.entries(translations)) {
    const out: Fields = {};
    const log: Record<string, { checked: string; by: string; statements: Record<string, string> }> = {};
    for (const [item, fields] of Object.entries(items)) {
      out[item] = {};
      log[item] = { checked: '2026-12-02', by: BY, statements: {} };
      for (const [field, text] of Object.entries(fields)) {
        const key = `${file} › ${item} › ${field}`;
        const en = opts.en?.[key] ?? textHash(english.get(key) ?? '');
        (out[item] as Fields[string])[field] = { en, text };
        (log[item] as { statements: Record<string, string> }).statements[field] =
          opts.log?.(file, item, field, text) ?? textHash(text);
      }
    }
    writeFileSync(join(dir, 'i18n/ru', file), JSON.stringify(out));
    writeFileSync(join(dir, 'fact-check/ru', file), JSON.stringify(log));
  }
  return dir;
}

function errorsOf(dir: string): string[] {
  const r = buildStory(dir, copies.atlas());
  return r.ok ? [] : r.errors.map(formatError);
}

const RU_STANDFIRST =
  '14 марта 2025 года паром Kestrel вышел из Port Alder в Tamsin со 112 пассажирами, через час загорелся и зашёл в Brindle Bay. Выберите гавань, чтобы прочитать, что о ней писали две статьи.';

describe('figures of a text', () => {
  it.each([
    ['3,500 people', ['3500']],
    ['3 500 человек', ['3500']],
    ['3\u00a0500 человек', ['3500']],
    ['3\u202f500 человек', ['3500']],
    ['at 05:13:31 UTC', ['05', '13', '31']],
    ['38 of the 67', ['38', '67']],
    ['J2-8243', ['2', '8243']],
    ['1.5 km', ['1', '5']],
    ['1,5 км', ['1', '5']],
    ['~{distance:grozny>mozdok} {bearing:a2>b3}', []],
    ['on 25 December 2024, 100 metres', ['25', '2024', '100']],
    ['no figures', []],
  ])('%s → %j', (text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  it('a thousands separator of either language is the same figure', () => {
    const en = 'about 3,500 metres';
    for (const ru of ['около 3500 метров', 'около 3 500 метров', 'около 3\u00a0500 метров'])
      expect(translationProblems(en, { en: textHash(en), text: ru })).toEqual([]);
  });
});

describe('a translation against its English', () => {
  const en = '38 of the 67 on board died at 06:28 UTC, about "3km from the airport" ~{distance:a>b}.';
  const ok = 'Из 67 человек на борту в 06:28 UTC погибли 38, "3km from the airport" ~{distance:a>b}.';

  it('passes when every figure, placeholder and quote is kept', () => {
    expect(translationProblems(en, { en: textHash(en), text: ok })).toEqual([]);
  });

  it('names a missing figure, and a figure the English does not have', () => {
    const problems = translationProblems(en, {
      en: textHash(en),
      text: ok.replace('погибли 38', 'погибли 83'),
    });
    expect(problems).toEqual([
      "the translation lacks the English's figure(s) 38: every figure stays",
      'the translation has figure(s) 83 that the English does not',
    ]);
  });

  it('counts a figure as often as the English has it', () => {
    const twice = 'From 05:13 to 05:40';
    expect(translationProblems(twice, { en: textHash(twice), text: 'С 05:13 до 40' })).toEqual([
      "the translation lacks the English's figure(s) 05: every figure stays",
    ]);
  });

  it('is stale when the English changed since it was translated', () => {
    const [problem] = translationProblems(en, { en: textHash('an older English'), text: ok });
    expect(problem).toBe(
      `stale translation: the English changed since it was translated (translated from ${textHash('an older English')}, now ${textHash(en)}): translate the new English, then set "en" to ${textHash(en)}`,
    );
  });

  it('keeps the placeholders and the quoted words', () => {
    const problems = translationProblems(en, {
      en: textHash(en),
      text: 'Из 67 человек на борту в 06:28 UTC погибли 38, «в 3 км от аэропорта» ~{distance:b>a}.',
    });
    expect(problems).toContain(
      "the translation must keep the English's placeholders as they are ({distance:a>b}; it has {distance:b>a})",
    );
    expect(problems).toContain(
      "the quote “3km from the airport” is someone's own words: keep it in English, verbatim",
    );
  });
});

describe('translations in the build', () => {
  it('a missing figure fails the build, naming the field', () => {
    const dir = storyWithRussian({
      'story.json': { story: { standfirst: RU_STANDFIRST.replace('со 112', 'с сотней') } },
    });
    expect(errorsOf(dir)).toEqual([
      "i18n/ru/story.json › story › standfirst: the translation lacks the English's figure(s) 112: every figure stays",
    ]);
  });

  it('a stale translation fails, naming the field', () => {
    const dir = storyWithRussian(
      { 'story.json': { story: { standfirst: RU_STANDFIRST } } },
      { en: { 'story.json › story › standfirst': textHash(STANDFIRST.replace('112', '110')) } },
    );
    const [error] = errorsOf(dir);
    expect(error).toMatch(
      /^i18n\/ru\/story\.json › story › standfirst: stale translation: the English changed since it was translated/,
    );
  });

  it('a translation of a field that does not exist fails', () => {
    const dir = storyWithRussian({ 'gazetteer.json': { 'port-alder': { nickname: 'Ольха' } } });
    expect(errorsOf(dir)).toContain(
      'i18n/ru/gazetteer.json › port-alder › nickname: translates a field that does not exist in gazetteer.json: remove it, or fix its item or field name',
    );
  });

  it('a translation joins the fact-check log: not logged, or edited since, fails', () => {
    const unlogged = storyWithRussian(
      { 'gazetteer.json': { tamsin: { name: 'Тамсин' } } },
      { log: () => textHash('something else') },
    );
    expect(errorsOf(unlogged)).toEqual([
      `i18n/ru/gazetteer.json › tamsin › name: translation changed since it was checked on 2026-12-02 (logged ${textHash('something else')}, now ${textHash('Тамсин')}): re-check it against the English, then update its hash and date in fact-check/ru/gazetteer.json`,
    ]);
    const dir = storyWithRussian({ 'gazetteer.json': { tamsin: { name: 'Тамсин' } } });
    rmSync(join(dir, 'fact-check/ru/gazetteer.json'));
    expect(errorsOf(dir)).toEqual([
      `i18n/ru/gazetteer.json › tamsin › name: translation not in the fact-check log (fact-check/ru/gazetteer.json): check it against the English, then log it (text hash ${textHash('Тамсин')})`,
    ]);
  });

  it('a log entry must say who checked it', () => {
    const dir = storyWithRussian({ 'gazetteer.json': { tamsin: { name: 'Тамсин' } } });
    const path = join(dir, 'fact-check/ru/gazetteer.json');
    const log = JSON.parse(readFileSync(path, 'utf8'));
    log.tamsin.by = '';
    writeFileSync(path, JSON.stringify(log));
    expect(errorsOf(dir)).toContain(
      'fact-check/ru/gazetteer.json › tamsin: "by" must say who translated and checked it, and how (a sentence)',
    );
  });

  it('writes the language beside the English: same files, its words, English where untranslated', () => {
    const dir = storyWithRussian({
      'story.json': { story: { standfirst: RU_STANDFIRST, 'claims.title': 'Что утверждает каждая статья' } },
      'gazetteer.json': { tamsin: { name: 'Тамсин' } },
    });
    const r = buildStory(dir, copies.atlas());
    if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
    const file = (path: string) => {
      const f = r.files.find((x) => x.path === path);
      if (!f) throw new Error(`no ${path}`);
      return JSON.parse(f.content.toString());
    };
    const index = file('languages.json') as LanguagesFile;
    expect(index.source).toBe('en');
    expect(index.languages.map((l) => [l.lang, l.translated])).toEqual([['ru', 3]]);
    for (const path of index.languages[0]?.files ?? []) expect(file(`ru/${path}`)).toBeTruthy();
    const meta = file('ru/story.json') as StoryMeta;
    expect(meta.standfirst).toBe(RU_STANDFIRST);
    expect(meta.claims.title).toBe('Что утверждает каждая статья');
    expect(meta.title).toBe((file('story.json') as StoryMeta).title);
    const names = (file('ru/places.geojson') as PlaceCollection).features.map((f) => f.properties.name);
    expect(names).toEqual(['Port Alder', 'Brindle Bay', 'Тамсин']);
    // Passages are found by the English names: the language changes none of them.
    expect(file('ru/passages/tamsin.json').passages).toEqual(file('passages/tamsin.json').passages);
    expect(r.notes).toEqual([
      `ru: 3 of ${index.languages[0]?.fields} fields translated, ${(index.languages[0]?.fields ?? 0) - 3} in English (npm run fact-check:i18n lists them)`,
    ]);
  });
});

describe('the worksheet (npm run fact-check:i18n)', () => {
  it('lists each field still in English or stale, with its English and hash, by file', () => {
    const dir = storyWithRussian(
      { 'story.json': { story: { standfirst: RU_STANDFIRST, title: 'Паром Kestrel' } } },
      { en: { 'story.json › story › standfirst': textHash('an older English') } },
    );
    const lines = translationWorksheet(dir);
    const fields = translatableFields(readStory(dir).story, readStoryMeta(dir).spec).length;
    expect(lines).toContain(`ru: 1 of ${fields} fields translated; ${fields - 1} to do`);
    expect(lines).toContain('  i18n/ru/story.json');
    expect(lines).toContain(
      `    story › standfirst ${textHash(STANDFIRST)} (stale: translated from ${textHash('an older English')}): ${STANDFIRST}`,
    );
    expect(lines.some((l) => l.startsWith('    story › title '))).toBe(false);
    expect(lines.some((l) => l.startsWith('    tamsin › name '))).toBe(true);
  });
});

describe('the shipped Russian', () => {
  const { story } = readStory('geo');
  const { spec } = readStoryMeta('geo');
  const fields = translatableFields(
    story,
    spec,
    readPointLayers('geo', spec?.meta.layers ?? [], []),
    readEvidence('geo', []),
  );
  const errors: ReturnType<typeof formatError>[] = [];
  const languages = readLanguages('geo', []);
  const ru = languages.find((l) => l.lang === 'ru');

  it('passes every check and its log', () => {
    expect(ru).toBeDefined();
    if (ru) errors.push(...checkTranslations(fields, ru).map(formatError));
    expect(errors).toEqual([]);
  });

  it('translates what the issue names first: story words, legend, layers, places, claims view, the evidence’s legend', () => {
    const has = (file: string, item: string, field: string) =>
      ru?.translations.get(file)?.get(item)?.has(field) ?? false;
    for (const f of fields.filter(
      (x) =>
        (x.file === 'story.json' && !x.field.includes('download')) ||
        (x.file === 'gazetteer.json' && (x.field === 'name' || x.field === 'summary')) ||
        (x.file === 'evidence.json' && x.item.startsWith('kind ')),
    ))
      expect(has(f.file, f.item, f.field), `${f.file} › ${f.item} › ${f.field}`).toBe(true);
  });

  it('writes the places as Russian media do', () => {
    const name = (id: string) => ru?.translations.get('gazetteer.json')?.get(id)?.get('name')?.text;
    expect(['baku', 'grozny', 'mozdok', 'vladikavkaz', 'aktau', 'makhachkala'].map(name)).toEqual([
      'Баку',
      'Грозный',
      'Моздок',
      'Владикавказ',
      'Актау',
      'Махачкала',
    ]);
  });

  it('leaves nothing for the worksheet to fix or log', () => {
    const lines = translationWorksheet('geo');
    expect(lines.some((l) => /^ru: \d+ of \d+ fields translated; \d+ to do$/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('to fix or log'))).toBe(false);
  });
});
