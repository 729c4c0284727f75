import { describe, expect, it } from 'vitest';
import { ARROW_STEP_MS, replayKeyTarget } from '../../../src/ui/replay-keys.ts';

const start = Date.parse('2024-12-25T03:55:00Z');
const end = Date.parse('2024-12-25T06:28:00Z');
const events = ['03:55:00', '05:13:56', '05:42:40', '06:28:00'].map((t) => Date.parse(`2024-12-25T${t}Z`));
const at = (t: string) => Date.parse(`2024-12-25T${t}Z`);

describe('replayKeyTarget', () => {
  it.each([
    ['ArrowRight', '04:00:00', '04:01:00'],
    ['ArrowUp', '04:00:30', '04:01:30'],
    ['ArrowLeft', '04:00:00', '03:59:00'],
    ['ArrowDown', '03:55:20', '03:55:00'], // clamped at take-off
    ['ArrowRight', '06:27:30', '06:28:00'], // clamped at the crash
    ['PageUp', '04:00:00', '05:13:56'], // the next event
    ['PageUp', '05:13:56', '05:42:40'], // from an event, the one after it
    ['PageDown', '05:42:40', '05:13:56'],
    ['PageDown', '05:20:00', '05:13:56'],
    ['PageDown', '03:55:00', '03:55:00'],
    ['Home', '05:00:00', '03:55:00'],
    ['End', '05:00:00', '06:28:00'],
  ])('%s at %s goes to %s', (key, from, to) => {
    expect(replayKeyTarget(key, at(from), start, end, events)).toBe(at(to));
  });

  it('an arrow press is a minute, not a second', () => {
    expect(ARROW_STEP_MS).toBe(60_000);
  });

  it('leaves other keys to the browser', () => {
    expect(replayKeyTarget('Tab', at('04:00:00'), start, end, events)).toBeUndefined();
    expect(replayKeyTarget('a', at('04:00:00'), start, end, events)).toBeUndefined();
  });
});
