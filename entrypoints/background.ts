import { Background } from '../src/extension/background/setup';
import { startUpkeep } from '../src/extension/background/upkeep';

export default defineBackground(() => {
  const bg = new Background();
  bg.start();
  startUpkeep();
  // The e2e build (wxt build --mode e2e) has a host permission for 127.0.0.1 so tests can run the
  // same check the toolbar button runs: a real toolbar click cannot be made from a test.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as unknown as { doingWithTest: unknown }).doingWithTest = {
      check: (tabId: number, what: 'page' | 'selection' = 'page') => bg.check(tabId, what),
      shownAndInOneGo: (tabId: number) => bg.shownAndInOneGo(tabId),
    };
  }
});
