import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUncatalogued } from './find-uncatalogued.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('every reader-facing word in src/ comes from the catalog', () => {
  const files = sources('src');

  it('reads the TSX it checks', () => {
    expect(files.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(30);
  });

  it('finds no JSX text, reader-facing attribute or sentence written in place', () => {
    const found = files.flatMap((f) => findUncatalogued(f, readFileSync(f, 'utf8')));
    expect(found.map((u) => `${u.file}:${u.line}: ${u.text}`)).toEqual([]);
  });
});

describe('the check', () => {
  const planted = `
export function Planted({ n, busy, label }: { n: number; busy: boolean; label: string }) {
  return (
    <section className="overlay article" aria-labelledby="x-title">
      <h2 id="x-title">Hello reader</h2>
      <button type="button" aria-label="Close">×</button>
      <img alt={busy ? 'A map' : label} src="map.png" />
      <Notice notice="Your browser cannot draw the map." />
      <p>{n === 1 ? 'passage' : \`\${n} passages\`}</p>
      <p title={\`Replay at \${n}\`}>{t('places.heading')}</p>
      <span aria-hidden="true">⚑ </span>
      {busy && label === 'silent' ? <abbr title={t('timeline.approximate')}>≈</abbr> : null}
      {[label, String(n)].join(' — ')}
    </section>
  );
}`;
  const found = findUncatalogued('planted.tsx', planted);

  it('catches text, reader attributes and sentences passed as props, naming the line', () => {
    expect(found.map((u) => `${u.line}: ${u.text}`)).toEqual([
      '5: Hello reader',
      '6: Close',
      '7: A map',
      '8: Your browser cannot draw the map.',
      '9: passage',
      '9: … passages',
      '10: Replay at …',
    ]);
  });

  it('passes class names, ids, symbols, catalog keys and strings code only compares', () => {
    const texts = found.map((u) => u.text).join('\n');
    for (const ok of ['overlay article', 'x-title', 'button', 'places.heading', 'silent', '⚑', ' — '])
      expect(texts).not.toContain(ok);
  });
});
