import { createContext, useContext } from 'react';
import { type Translate, translator } from './catalog.ts';

/** The reader's language, as a translator; English until the app root says otherwise. */
export const I18nContext = createContext<Translate>(translator('en'));

/** The explorer's words in the reader's language: `const t = useT(); t('places.heading')`. */
export function useT(): Translate {
  return useContext(I18nContext);
}
