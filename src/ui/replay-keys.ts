/** One arrow press moves the replay by a minute (of a flight of about 2½ hours). */
export const ARROW_STEP_MS = 60_000;

/**
 * Where a key press takes the replay slider: a minute per arrow key, the next or previous event
 * with Page Up / Page Down, the ends with Home / End. Undefined for any other key (the browser's
 * own handling then applies).
 */
export function replayKeyTarget(
  key: string,
  now: number,
  startMs: number,
  endMs: number,
  eventsMs: readonly number[],
): number | undefined {
  const clamp = (ms: number) => Math.min(endMs, Math.max(startMs, ms));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(now + ARROW_STEP_MS);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(now - ARROW_STEP_MS);
    case 'PageUp':
      return clamp(eventsMs.find((t) => t > now) ?? endMs);
    case 'PageDown':
      return clamp([...eventsMs].reverse().find((t) => t < now) ?? startMs);
    case 'Home':
      return startMs;
    case 'End':
      return endMs;
    default:
      return undefined;
  }
}
