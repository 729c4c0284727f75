import { describe, expect, it } from 'vitest';
import { EMBED_BODY, embedHtml } from '../../../geo/build/embed-html.ts';

describe('embedHtml', () => {
  it('marks the one <body> as the embed layout and changes nothing else', () => {
    const index =
      '<!doctype html><html><head><script type="module" src="./a.js"></script></head><body>\n<div id="root"></div></body></html>';
    const embed = embedHtml(index);
    expect(embed).toBe(index.replace('<body>', EMBED_BODY));
  });
  it('replaces attributes the body already had', () => {
    expect(embedHtml('<body class="x"><p>hi</p></body>')).toBe(`${EMBED_BODY}<p>hi</p></body>`);
  });
  it('names the file when there is no single body to mark', () => {
    expect(() => embedHtml('<html></html>')).toThrow(/index\.html/);
    expect(() => embedHtml('<body></body><body></body>')).toThrow(/exactly one/);
  });
});
