// jsdom lacks what Mantine and the app touch in a browser; stub just enough.
import '@testing-library/jest-dom/vitest';
import '../../shared/ipc/zod';
import { configure } from '@testing-library/react';
import { beforeEach } from 'vitest';
import { SETUP_SKIPPED_KEY } from '../../renderer/src/features/settings/setup/firstRun';

// findBy*/waitFor give up after 1 s by default; on a busy 2-core CI machine a React commit after
// a fake backend call can take longer than that. A wrong screen still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

// Mantine's ScrollArea and Combobox call these; jsdom does not lay out.
Element.prototype.scrollIntoView = function scrollIntoView() {};
Element.prototype.scrollTo = function scrollTo() {} as typeof Element.prototype.scrollTo;
window.scrollTo = (() => {}) as typeof window.scrollTo;

// jsdom's getComputedStyle warns on pseudo-elements Mantine asks about.
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

// Mantine's autosizing Textarea re-measures when web fonts load; jsdom has no FontFaceSet.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

// A fresh fake backend (no profile, nothing logged) is a first run, whose home page is the setup.
// The tests of other pages count it as skipped; tests/renderer/firstRun.test.tsx clears this.
beforeEach(() => window.localStorage.setItem(SETUP_SKIPPED_KEY, '1'));
