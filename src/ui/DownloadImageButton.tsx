import { type ReactNode, type RefObject, useState } from 'react';
import type { PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { fileStem, fullPageUrl } from '../export/embed-code.ts';
import { useT } from '../i18n/useT.ts';
import type { MapCapture } from '../map/capture.ts';
import type { LegendData } from '../map/layer-registry.ts';
import { paletteOf, useColorScheme } from '../map/palette.ts';
import { loadPassages } from '../story/load-story.ts';
import { useLinks } from './links.ts';
import { useStatus } from './useStatus.ts';
import { useStoryMeta } from './useStoryMeta.ts';

/** What the still is made of: the map, and what the panels show. */
export interface ImageParts {
  captureRef: RefObject<MapCapture | null>;
  /** Which of the story's layers are shown: the still's legend explains those. */
  shown: Readonly<Record<string, boolean>>;
  /** The layers' loaded data and the path's evidence, so the legend names each kind drawn. */
  legend: LegendData;
  place: PlaceProperties | undefined;
  sources: ReadonlyMap<string, SourceMeta>;
}

/**
 * "Download image": a PNG of the view at 2×, the map as drawn with the title, legend, the open
 * place's citations, credits and permalink around it (src/export/compose-image.ts).
 */
export function DownloadImageButton({ captureRef, shown, legend, place, sources }: ImageParts): ReactNode {
  const t = useT();
  const meta = useStoryMeta();
  const { self } = useLinks();
  const scheme = useColorScheme();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useStatus(8000);

  const save = async () => {
    if (busy) return;
    const capture = captureRef.current;
    if (!capture) {
      setStatus(t('kit.imageNotDrawn'));
      return;
    }
    setBusy(true);
    try {
      // The composing code loads on first use: most readers never export a still.
      const [{ composeStill, saveFile }, { imageText }] = await Promise.all([
        import('../export/export-image.ts'),
        import('../export/image-text.ts'),
      ]);
      const passages = place ? (await loadPassages(place.id)).passages : [];
      const text = imageText({
        meta,
        colors: paletteOf(scheme),
        shown,
        legend,
        place: place ? { name: place.name, passages } : undefined,
        sources,
        permalink: fullPageUrl(window.location.href, self, t.lang),
        t,
      });
      const still = await composeStill(capture, text);
      const name = `${fileStem(meta.pageTitle)}-${place?.id ?? 'view'}.png`;
      saveFile(still.png, 'image/png', name);
      setStatus(t('kit.imageSaved', { name, width: still.width, height: still.height }));
    } catch (e) {
      setStatus(t('kit.imageFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kit-item kit-row">
      <button type="button" onClick={save} aria-disabled={busy || undefined}>
        {t('kit.image')}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
