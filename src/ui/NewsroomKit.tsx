import type { ReactNode } from 'react';
import { CiteButton } from './CiteButton.tsx';
import { DataDownloads } from './DataDownloads.tsx';
import { DownloadImageButton, type ImageParts } from './DownloadImageButton.tsx';
import { EmbedControl } from './EmbedControl.tsx';

/** What a newsroom takes away: the embed code, a still, a citation, the data. */
export function NewsroomKit(props: ImageParts): ReactNode {
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
