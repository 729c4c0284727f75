import type { EvidenceFile, EvidenceKind, EvidenceStretch } from '../../geo/schema.ts';

/** A kind of evidence the path uses, with its stretches in time order: one legend entry. */
export interface EvidenceLegendEntry {
  kind: EvidenceKind;
  stretches: EvidenceStretch[];
}

/** The kinds of evidence the path uses, in the order the data lists them; unused kinds are left out. */
export function evidenceLegend(file: EvidenceFile | null | undefined): EvidenceLegendEntry[] {
  if (!file) return [];
  return file.kinds
    .map((kind) => ({ kind, stretches: file.stretches.filter((s) => s.kind === kind.id) }))
    .filter((e) => e.stretches.length > 0);
}
