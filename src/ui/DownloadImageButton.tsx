import { type ReactNode, type RefObject, useState } from 'react';
import type { EvidenceFile, PlaceProperties, RouteProperties, SourceMeta } from '../../geo/schema.ts';
import { fileStem, fullPageUrl } from '../export/embed-code.ts';
import type { MapCapture } from '../map/capture.ts';
import { useColorScheme } from '../map/palette.ts';
import { paletteOf } from '../map/style.ts';
import { loadPassages } from '../story/load-story.ts';
import type { LayerId } from '../story/model.ts';
import { useLinks } from './links.ts';
import { useStoryMeta } from './story-meta.ts';
import { useStatus } from './useStatus.ts';

/** What the still is made of: the map, and what the panels show. */
export interface ImageParts {
  captureRef: RefObject<MapCapture | null>;
  layers: Readonly<Record<LayerId, boolean>>;
  segments: readonly RouteProperties[];
  place: PlaceProperties | undefined;
  sources: ReadonlyMap<string, SourceMeta>;
  /** The path by its evidence, so the still's legend names each kind drawn. */
  evidence?: EvidenceFile | null | undefined;
}

/**
 * "Download image": a PNG of the view at 2×, the map as drawn with the title, legend, the open
 * place's citations, credits and permalink around it (src/export/compose-image.ts).
 */
export function DownloadImageButton({
  captureRef,
  layers,
  segments,
  place,
  sources,
  evidence,
}: ImageParts): ReactNode {
  const meta = useStoryMeta();
  const { self } = useLinks();
  const scheme = useColorScheme();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useStatus(8000);

  const save = async () => {
    if (busy) return;
    const capture = captureRef.current;
    if (!capture) {
      setStatus('The map is not drawn yet: try again in a moment.');
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
        layers,
        segments,
        evidence,
        place: place ? { name: place.name, passages } : undefined,
        sources,
        permalink: fullPageUrl(window.location.href, self),
      });
      const still = await composeStill(capture, text);
      const name = `${fileStem(meta.pageTitle)}-${place?.id ?? 'view'}.png`;
      saveFile(still.png, 'image/png', name);
      setStatus(`Saved ${name} (${still.width} × ${still.height} pixels).`);
    } catch (e) {
      setStatus(`Could not make the image: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="kit-item kit-row">
      <button type="button" onClick={save} aria-disabled={busy || undefined}>
        Download image
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
