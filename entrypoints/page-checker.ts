/**
 * Injected on demand (toolbar button, context menu) with
 * scripting.executeScript, or on every visit to a site the user turned on.
 * Injecting it again into the same page reuses the running copy.
 */
import { ContentController } from '../src/extension/content/controller';

export default defineUnlistedScript(() => {
  const w = window as unknown as { __doingWith?: ContentController };
  w.__doingWith ??= new ContentController(document);
  w.__doingWith.hello();
});
