import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

/** The light palette, by role: every colour the map, its legend and the still draw with. */
export const COLORS = {
  water: '#b9d3e6',
  land: '#f4f1ea',
  border: '#9a8f80',
  countryLabel: '#6b6357',
  waterLabel: '#3f6b8c',
  planned: '#5b6470',
  flown: '#b3261e',
  place: '#1d3557',
  context: '#4a4a4a',
  /** A layer of claimed places (rings). */
  drone: '#e07a00',
  /** A layer of points with their own popups. */
  feature: '#6a3d9a',
  /** Halos behind labels, rings around points: the page's own background. */
  halo: '#ffffff',
  labelHalo: 'rgba(255,255,255,0.5)',
  contextLabel: '#5c564d',
  airport: '#3d3d3d',
} as const;

export type Palette = { readonly [K in keyof typeof COLORS]: string };

/**
 * The map in the reader's dark scheme, role by role with the light `COLORS`: a dark
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
  feature: '#c9a2f0',
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

/** The palette for the reader's colour scheme. */
export function paletteOf(scheme: ColorScheme): Palette {
  return scheme === 'dark' ? DARK_COLORS : COLORS;
}

/** The reader's scheme now (for creating the map before React renders). */
export function currentScheme(): ColorScheme {
  return window.matchMedia?.(QUERY).matches ? 'dark' : 'light';
}

/** The reader's colour scheme, following it when it changes. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, currentScheme, () => 'light');
}
