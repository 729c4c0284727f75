import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, fileStem, fullPageUrl, hostScriptUrl } from '../../../src/export/embed-code.ts';

describe('fileStem', () => {
  it.each([
    ['Flight J2-8243 — what five articles said, on a map', 'flight-j2-8243'],
    ['Kestrel ferry — a test story on a map', 'kestrel-ferry'],
    ['Ferry: harbours', 'ferry'],
    ['Çay & Börek', 'cay-borek'],
    ['—', 'map'],
  ])('%s → %s', (title, stem) => expect(fileStem(title)).toBe(stem));
});

describe('embed addresses', () => {
  it('points at embed.html beside any page of the app, with the child id and the permalink', () => {
    for (const pageUrl of [
      'https://news.example/newsroom/flight-8243/',
      'https://news.example/newsroom/flight-8243/index.html?x=1#place=aktau',
      'https://news.example/newsroom/flight-8243/embed.html?childId=old#map=5/1/2',
    ])
      expect(embedUrl({ pageUrl, hash: '#place=grozny&layers=route', childId: 'map-1', lang: 'en' })).toBe(
        'https://news.example/newsroom/flight-8243/embed.html?childId=map-1#place=grozny&layers=route',
      );
  });
  it('has no hash for the opening view', () => {
    expect(embedUrl({ pageUrl: 'http://h/a/', hash: '#', childId: 'c', lang: 'en' })).toBe(
      'http://h/a/embed.html?childId=c',
    );
  });
  it('opens the full explorer from the embed page in the same state, without the frame’s query', () => {
    expect(fullPageUrl('http://h/a/embed.html?childId=c#place=x', '#place=x', 'en')).toBe(
      'http://h/a/#place=x',
    );
    expect(fullPageUrl('http://h/a/', '#', 'en')).toBe('http://h/a/');
  });
  it('keeps the language: the full explorer and the embed page of the language the reader is in', () => {
    expect(fullPageUrl('http://h/a/embed.ru.html?childId=c#place=x', '#place=x', 'ru')).toBe(
      'http://h/a/index.ru.html#place=x',
    );
    expect(
      embedUrl({ pageUrl: 'http://h/a/index.ru.html', hash: '#place=x', childId: 'c', lang: 'ru' }),
    ).toBe('http://h/a/embed.ru.html?childId=c#place=x');
  });
  it('finds the host script beside the app', () => {
    expect(hostScriptUrl('http://h/a/embed.html?childId=c')).toBe('http://h/a/embed/resize.js');
  });
});

describe('embedCode', () => {
  const code = embedCode({
    pageUrl: 'https://news.example/m/',
    hash: '#place=grozny',
    title: 'A "quoted" <title> & more',
    childId: 'flight',
    lang: 'en',
  });
  const [iframe, script] = code.split('\n');
  it('is an iframe of the view, full width, with a title, then the host script', () => {
    expect(iframe).toMatch(
      /^<iframe src="https:\/\/news\.example\/m\/embed\.html\?childId=flight#place=grozny" /,
    );
    expect(iframe).toContain('width="100%"');
    expect(iframe).toMatch(/ height="\d+"/);
    expect(iframe).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
    expect(iframe).toMatch(/><\/iframe>$/);
    expect(script).toBe('<script src="https://news.example/m/embed/resize.js" async></script>');
  });
});
