import { beforeAll, describe, expect, it } from 'vitest';
import { buildEvidence, readEvidence } from '../../../geo/build/evidence.ts';
import { generate } from '../../../geo/build/generate.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import type { BasemapCollection, EvidenceFile } from '../../../geo/schema.ts';
import { translator } from '../../../src/i18n/catalog.ts';
import { altitudeAt, altitudeText, evidenceAt, evidenceText } from '../../../src/story/evidence.ts';
import { evidenceLegend } from '../../../src/story/evidence-legend.ts';

const t = translator('en');

const NO_BASEMAP: BasemapCollection = { type: 'FeatureCollection', features: [] };
let file: EvidenceFile;
beforeAll(() => {
  const { story } = readStory('geo');
  const track = generate(story, NO_BASEMAP).track;
  if (!track) throw new Error('the story has a flight');
  file = buildEvidence(readEvidence('geo', []), track).file;
});
const at = (hms: string) => Date.parse(`2024-12-25T${hms}Z`);

describe('the replay says which evidence holds at each moment', () => {
  // The windows, from Flightlevel.be (Baku time − 4 h) and Kursiv: valid ADS-B to 04:25, nothing
  // to 04:37, probably false to 04:40, nothing (or not described) to 05:13, altitude and speed
  // without position to 06:07, positions again to the crash at 06:28.
  it.each([
    ['03:55:00', 'received'],
    ['04:00:00', 'received'],
    ['04:24:59', 'received'],
    ['04:25:00', 'not-recorded'],
    ['04:38:00', 'false'],
    ['04:40:00', 'not-recorded'],
    ['05:03:30', 'not-recorded'],
    ['05:13:31', 'not-recorded'],
    ['05:30:00', 'not-recorded'],
    ['06:06:59', 'not-recorded'],
    ['06:07:00', 'received'],
    ['06:28:00', 'received'],
  ])('at %s UTC the position is %s', (hms, position) => {
    expect(evidenceAt(file, at(hms))?.kind?.position).toBe(position);
  });

  it('holds nothing before take-off', () => {
    expect(evidenceAt(file, at('03:54:59'))).toBeUndefined();
  });

  it('says "Position not recorded" at 05:30, with what was received and what the line is drawn along', () => {
    const now = evidenceAt(file, at('05:30:00'));
    if (!now) throw new Error('no stretch at 05:30');
    const text = evidenceText(now, t);
    expect(text.startsWith(now.kind?.replay ?? '?')).toBe(true);
    expect(text).toMatch(/^Position not recorded, 05:25–06:07 UTC · Drawn along/);
    expect(text).toContain(now.stretch.received);
    expect(text).toContain('05:25–06:07 UTC');
    expect(text).toContain(now.stretch.drawnAlong);
  });

  it('does not say the position is unknown at 04:00, when ADS-B positions were received', () => {
    const now = evidenceAt(file, at('04:00:00'));
    if (!now) throw new Error('no stretch at 04:00');
    expect(evidenceText(now, t)).not.toMatch(/not recorded/i);
    expect(evidenceText(now, t)).toMatch(/^Position received/);
  });
});

describe('the altitude at a moment', () => {
  it("gives the Kazakh commission's 3,500 ft during the second 05:13:31, and no other second", () => {
    expect(altitudeAt(file, at('05:13:31'))?.feet).toBe(3500);
    expect(altitudeAt(file, at('05:13:31') + 999)?.feet).toBe(3500);
    expect(altitudeAt(file, at('05:13:32'))).toBeUndefined();
    expect(altitudeText(file, at('05:13:31'), t)).toMatch(
      /^Altitude: climbing through 3,500 ft.*\(FlightGlobal\)$/,
    );
  });

  it('holds a reading given to the minute for that minute (04:25, 30,000 ft)', () => {
    expect(altitudeAt(file, at('04:25:59'))?.feet).toBe(30000);
    expect(altitudeAt(file, at('04:26:00'))).toBeUndefined();
  });

  it('says there is none where no source gives one', () => {
    expect(altitudeText(file, at('05:30:00'), t)).toBe(`${file.altitude.label}: ${file.altitude.none}`);
  });

  it('says nothing about altitude for a story that has no readings', () => {
    expect(
      altitudeText({ ...file, altitude: { ...file.altitude, readings: [] } }, at('05:13:31'), t),
    ).toBeUndefined();
  });
});

describe('the legend of the evidence', () => {
  it('names each kind the path uses, in the data’s order, with its stretches', () => {
    const entries = evidenceLegend(file);
    expect(entries.map((e) => e.kind.id)).toEqual(file.kinds.map((k) => k.id));
    expect(entries.flatMap((e) => e.stretches).length).toBe(file.stretches.length);
    expect(evidenceLegend({ ...file, stretches: [] })).toEqual([]);
    expect(evidenceLegend(null)).toEqual([]);
  });
});
