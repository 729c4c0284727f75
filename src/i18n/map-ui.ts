import type { Lang } from './langs.ts';

/**
 * MapLibre's own words (its `locale` option: the map's name, the scale bar's units, the credits
 * button, the embed's gesture hints), per language. Part of each catalog (messages.*.ts spread
 * them in, so `t('mapui.kilometres')` works), and in a file of their own because the page's first
 * module creates the map before the catalogs' chunk has loaded: it imports only these.
 */
export const MAP_UI = {
  en: {
    'mapui.map': 'Map',
    'mapui.toggleAttribution': 'Toggle attribution',
    'mapui.metres': 'm',
    'mapui.kilometres': 'km',
    'mapui.ctrlScroll': 'Use Ctrl + scroll to zoom the map',
    'mapui.cmdScroll': 'Use ⌘ + scroll to zoom the map',
    'mapui.twoFingers': 'Use two fingers to move the map',
  },
  ru: {
    'mapui.map': 'Карта',
    'mapui.toggleAttribution': 'Показать или скрыть источники карты',
    'mapui.metres': 'м',
    'mapui.kilometres': 'км',
    'mapui.ctrlScroll': 'Чтобы изменить масштаб карты, прокручивайте с нажатой клавишей Ctrl',
    'mapui.cmdScroll': 'Чтобы изменить масштаб карты, прокручивайте с нажатой клавишей ⌘',
    'mapui.twoFingers': 'Перемещайте карту двумя пальцами',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** MapLibre's `locale` for a page in `lang`: its keys, our words. */
export function mapUiLocale(lang: Lang): Record<string, string> {
  const w = MAP_UI[lang];
  return {
    'Map.Title': w['mapui.map'],
    'AttributionControl.ToggleAttribution': w['mapui.toggleAttribution'],
    'ScaleControl.Meters': w['mapui.metres'],
    'ScaleControl.Kilometers': w['mapui.kilometres'],
    'CooperativeGesturesHandler.WindowsHelpText': w['mapui.ctrlScroll'],
    'CooperativeGesturesHandler.MacHelpText': w['mapui.cmdScroll'],
    'CooperativeGesturesHandler.MobileHelpText': w['mapui.twoFingers'],
  };
}
