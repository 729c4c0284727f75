import { Fragment, type ReactNode } from 'react';

/**
 * A sentence whose values include elements (a link, a time), from `t.parts(…)`: each part in order,
 * keyed by position (the order is the catalog's, fixed for a given message).
 */
export function Rich({ parts }: { parts: readonly ReactNode[] }): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sentence, never reordered.
  return parts.map((p, i) => <Fragment key={i}>{p}</Fragment>);
}
