import { useSyncExternalStore } from 'react';
import type { Palette } from './style.ts';

export type ColorScheme = 'light' | 'dark';

/**
 * The map in the reader's dark scheme, role by role with the light `COLORS` in style.ts: a dark
 * land against darker water, light labels with dark halos, and the route, places and drone rings
 * lightened so they keep their contrast.
 */
export const DARK_COLORS: Palette = {
  water: '#0b1b29',
  land: '#313841',
  border: '#8d8473',
  countryLabel: '#bdb6a8',
  waterLabel: '#8fbadb',
  planned: '#aab3bf',
  flown: '#ff6f61',
  place: '#a8c8f0',
  context: '#c4c4c4',
  drone: '#f0a040',
  halo: '#14181d',
  labelHalo: 'rgba(20,24,29,0.6)',
  contextLabel: '#c9c2b5',
  airport: '#d2d2d2',
};

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
}

/** The reader's scheme now (for creating the map before React renders). */
export function currentScheme(): ColorScheme {
  return window.matchMedia?.(QUERY).matches ? 'dark' : 'light';
}

/** The reader's colour scheme, following it when it changes. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, currentScheme, () => 'light');
}
