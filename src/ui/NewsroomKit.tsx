import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { CiteButton } from './CiteButton.tsx';
import { DataDownloads } from './DataDownloads.tsx';
import { DownloadImageButton, type ImageParts } from './DownloadImageButton.tsx';
import { EmbedControl } from './EmbedControl.tsx';

/** What a newsroom takes away: the embed code, a still, a citation, the data. */
export function NewsroomKit(props: ImageParts): ReactNode {
  const t = useT();
  return (
    <section className="kit" aria-labelledby="kit-title">
      <h2 id="kit-title">{t('kit.heading')}</h2>
      <EmbedControl />
      <DownloadImageButton {...props} />
      <CiteButton />
      <DataDownloads />
    </section>
  );
}
