import { expect, test } from '@playwright/test';

/**
 * A second story, invented for the tests (tests/fixtures/story: a ferry, three harbours, two
 * articles), built by the same pipeline into the same app (tests/e2e/build-fixture.mjs) and served
 * under its own sub-path. It must show its own words everywhere and none of flight 8243's.
 */
const STORY_URL = '/newsroom/test-story/';
const REAL_STORY_WORDS = [
  '8243',
  'Azerbaijan',
  'Baku',
  'Grozny',
  'Mozdok',
  'Vladikavkaz',
  'Caspian',
  'Aktau',
  'Kazakhstan',
  'Kremlin',
  'Embraer',
  'drone',
  'flight',
  '2024',
];

test('the test story opens with its own title, places, passages, claims and timeline, and none of flight 8243’s words', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(STORY_URL);
  const map = page.getByRole('region', { name: 'Map of the crossing' });
  await expect(map).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });

  // The head, written at build time from the story's data.
  await expect(page).toHaveTitle('Kestrel ferry — a test story on a map');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /one ferry, three harbours/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Kestrel ferry: what two articles said, harbour by harbour',
  );
  await expect(page.locator('.lede')).toContainText('with 112 passengers');

  // Its three places, in its order, each opening its own verbatim passages.
  const nav = page.getByRole('navigation', { name: 'Places' });
  await expect(nav.getByRole('button')).toHaveText(['Port Alder', 'Brindle Bay', 'Tamsin']);
  await nav.getByRole('button', { name: 'Tamsin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tamsin' });
  await expect(dialog.locator('blockquote').first()).toBeVisible();
  await expect(dialog).toContainText(
    'The harbour master said the quay at Tamsin was flooded by the storm surge',
  );
  await expect(dialog).toContainText('Kestrel ferry diverts to Brindle Bay after engine-room fire');
  // The popup sits on the map, not somewhere else on the page.
  // (Polled: the popup is placed, and the map panned to make room, as its passages arrive.)
  await expect
    .poll(async () => {
      const [mapBox, dialogBox] = [await map.boundingBox(), await dialog.boundingBox()];
      return dialogBox && mapBox && dialogBox.x >= mapBox.x && dialogBox.y >= mapBox.y;
    })
    .toBe(true);
  // Opening a place may pan the map to make room for its popup: the view joins the address.
  await expect(page).toHaveURL(/[#&]place=tamsin$/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Its layers and legend, by its own names.
  await expect(page.getByRole('checkbox', { name: 'Ferry route' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Flooded quays' })).toBeChecked();
  await expect(page.locator('.legend')).toContainText('Flooded, as the harbour master said');

  // Its timeline and replay clock: its day, its events, its places' local times.
  const timeline = page.getByRole('region', { name: 'Timeline, 14 March 2025' });
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await timeline.getByRole('button', { name: /Fire in the engine room/ }).click();
  await expect(page).toHaveURL(/t=2025-03-14T21:00:00Z/);
  await expect(page.getByRole('slider', { name: 'Crossing time' })).toHaveAttribute(
    'aria-valuetext',
    '21:00:00 UTC — Fire in the engine room',
  );
  await expect(page.locator('.clock')).toContainText('Port Alder 22:00 · Tamsin 22:00');

  // Its claims, with its own column names and its flagged disagreement.
  await page.getByRole('link', { name: 'Compare what each article claims' }).click();
  const claims = page.getByRole('region', { name: 'What each report claims' });
  await expect(claims.getByRole('columnheader')).toHaveText([
    'Claim',
    /^The Harbour Gazette \(invented for the test\)/,
    /^“Ferry fire: passengers praise/,
    'Later findings (not in the reports)',
  ]);
  await expect(claims.getByRole('rowheader', { name: /Passengers on board/ })).toContainText(
    'a02 counts 110 passengers',
  );
  const a02 = claims
    .getByRole('row', { name: /Passengers on board/ })
    .getByRole('cell')
    .nth(1);
  await expect(a02).toContainText('110 passengers were on board');
  await expect(a02).toContainText('Disagrees');

  // And nothing of the other story, anywhere a reader or a search engine would read.
  const text = await page.evaluate(
    () =>
      `${document.title}\n${document.querySelector('meta[name="description"]')?.getAttribute('content')}\n${document.body.innerText}\n${[
        ...document.querySelectorAll('[aria-label]'),
      ]
        .map((e) => e.getAttribute('aria-label'))
        .join('\n')}`,
  );
  for (const word of REAL_STORY_WORDS) expect(text.toLowerCase(), word).not.toContain(word.toLowerCase());
  expect(errors).toEqual([]);
});
