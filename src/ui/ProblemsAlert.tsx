import type { ReactNode } from 'react';

/** What could not be shown, said once, as an alert; nothing when everything was. */
export function ProblemsAlert({ problems }: { problems: readonly string[] }): ReactNode {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="problems">
      <p>Part of the story could not be shown:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
