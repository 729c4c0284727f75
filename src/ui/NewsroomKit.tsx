import type { ReactNode, RefObject } from 'react';
import type { PlaceProperties, RouteProperties, SourceMeta } from '../../geo/schema.ts';
import type { MapCapture } from '../map/capture.ts';
import type { LayerId } from '../story/model.ts';
import { CiteButton } from './CiteButton.tsx';
import { DataDownloads } from './DataDownloads.tsx';
import { DownloadImageButton } from './DownloadImageButton.tsx';
import { EmbedControl } from './EmbedControl.tsx';

interface Props {
  captureRef: RefObject<MapCapture | null>;
  layers: Readonly<Record<LayerId, boolean>>;
  segments: readonly RouteProperties[];
  place: PlaceProperties | undefined;
  sources: ReadonlyMap<string, SourceMeta>;
}

/** What a newsroom takes away: the embed code, a still, a citation, the data. */
export function NewsroomKit(props: Props): ReactNode {
  return (
    <section className="kit" aria-labelledby="kit-title">
      <h2 id="kit-title">Use this map</h2>
      <EmbedControl />
      <DownloadImageButton {...props} />
      <CiteButton />
      <DataDownloads />
    </section>
  );
}
