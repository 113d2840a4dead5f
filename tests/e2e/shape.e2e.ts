/**
 * The document's own accessibility on a web page: a "click here" link and an
 * image with no alt text are listed in the panel under their barrier, with
 * the good practice that helps, and "Show in page" finds both.
 */
import { describe, expect, it } from 'vitest';
import { checkTab, highlightTexts, openPanel, tabIdOf, useBrowser } from './harness';

const { h, served } = useBrowser({ serve: true });

describe('links and images on a page', () => {
  it('lists a "click here" link and an image with no alt text, each with "Show in page"', async () => {
    const page = await h.context.newPage();
    await page.goto(`${served.origin}/shape.html`);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await checkTab(h, tabId);

    const link = panel.locator('article.finding', { hasText: 'The link “click here” does not say where it goes' });
    const image = panel.locator('article.finding', { hasText: 'has no alt text' });
    await link.waitFor();
    await image.waitFor();
    expect(await image.locator('.finding-message').textContent()).toMatch(/An image just before “The drawing shows where the beds, the shelter…” has no alt text/);

    // Shown by barrier, each sits under its barrier and shows the catalog's good practice for it.
    await panel.getByLabel('Show', { exact: true }).selectOption('barrier');
    for (const card of [link, image]) {
      expect(await panel.locator('section.group', { has: card }).locator('h3').first().textContent()).toMatch(/poor communication|not meeting people's needs/i);
      await expect.poll(() => card.locator('[data-enabler]').evaluateAll((els) => els.map((e) => e.getAttribute('data-enabler')))).toContain('knowing-people-needs');
    }

    // The link is underlined in the page, and "Show in page" picks it out.
    await expect.poll(() => highlightTexts(page, 'doing-with-warning')).toContain('click here');
    await link.getByRole('button', { name: /Show in page/ }).click();
    await expect.poll(() => highlightTexts(page, 'doing-with-focus')).toEqual(['click here']);

    // The image has no words of its own: "Show in page" picks out the text it stands beside.
    await image.getByRole('button', { name: /Show in page/ }).click();
    await expect.poll(() => highlightTexts(page, 'doing-with-focus')).toEqual(['The drawing shows where the beds, the shelter and the new path would go.']);

    await page.close();
    await panel.close();
  });
});
