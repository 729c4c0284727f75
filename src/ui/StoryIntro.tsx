import type { ReactNode } from 'react';

/**
 * The story in two sentences, present in the first paint. Every figure here is one the articles
 * themselves give (38 dead: all five; 67 on board: articles 000 and 004).
 */
export function StoryIntro(): ReactNode {
  return (
    <>
      <h1>Azerbaijan Airlines flight J2-8243: what five articles said, place by place</h1>
      <p className="lede">
        On 25 December 2024 the Embraer 190 from Baku to Grozny was damaged near Grozny while, the Kremlin
        said, Russian air defence was firing at Ukrainian drones over Grozny, Mozdok and Vladikavkaz. It
        turned east across the Caspian Sea and crashed near Aktau, Kazakhstan: 38 of the 67 on board died.
        Choose a place to read, verbatim and cited, what five articles of 28 December 2024 said about it.
      </p>
    </>
  );
}
