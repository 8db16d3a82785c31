// One guard for every form with unsaved input. A form says it is dirty with useUnsaved(dirty);
// then leaving it asks first (in Indonesian): a menu click or any in-app navigation to another
// page (the router's single blocker), closing the detail pane that holds it (confirmDiscard of
// the pane's scope), and reloading or closing the window (beforeunload; Electron's main process
// must answer `will-prevent-unload`). A router supports one blocker at a time, so the forms share
// this one instead of each taking its own.
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text } from '@mantine/core';
import { useBlocker } from 'react-router';
import { useTranslation } from 'react-i18next';

interface Entry {
  scope: string | null;
  /** What the dialog says is at stake (e.g. "the office profile"); the generic text otherwise. */
  message?: string;
}

interface Registry {
  set(id: string, entry: Entry | null): void;
  /** The dirty forms, of one scope (a pane) or all. */
  dirty(scope?: string): Entry[];
  /** Resolves true when nothing in `scope` is dirty or the officer chose to discard it. */
  confirmDiscard(scope?: string): Promise<boolean>;
}

const RegistryContext = createContext<Registry | null>(null);
const ScopeContext = createContext<string | null>(null);

/** Marks what is inside as one closable unit (a detail pane): its forms' input goes when it closes. */
export function UnsavedScope({ name, children }: { name: string; children: ReactNode }) {
  return <ScopeContext.Provider value={name}>{children}</ScopeContext.Provider>;
}

/**
 * Registers a form's dirty state with the guard while it is mounted. The returned `release`
 * clears it at once: call it when the input was saved and the form navigates away in the same
 * breath (the next render would be too late for the router's blocker).
 */
export function useUnsaved(dirty: boolean, message?: string): () => void {
  const registry = useContext(RegistryContext);
  const scope = useContext(ScopeContext);
  const id = useId();
  // Layout effects: registered in the same task as the keystroke that dirtied the form, so even
  // a window closed at once is asked about.
  useLayoutEffect(() => {
    registry?.set(id, dirty ? { scope, ...(message ? { message } : {}) } : null);
  }, [registry, id, dirty, scope, message]);
  useLayoutEffect(() => () => registry?.set(id, null), [registry, id]);
  return useCallback(() => registry?.set(id, null), [registry, id]);
}

/**
 * Runs `action` (closing a pane, switching a tab) now when nothing in `scope` (or anywhere) holds
 * unsaved input, else after the officer chose to discard it; never when they chose to stay.
 */
export function useGuarded(): (action: () => void, scope?: string) => void {
  const registry = useContext(RegistryContext);
  return useCallback(
    (action: () => void, scope?: string) => {
      if (!registry || registry.dirty(scope).length === 0) return action();
      void registry.confirmDiscard(scope).then((ok) => ok && action());
    },
    [registry],
  );
}


/** Holds the registry, the router's blocker, beforeunload and the one dialog. Inside the router. */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const entries = useRef(new Map<string, Entry>());
  const [asking, setAsking] = useState<{ message: string | undefined; resolve: (ok: boolean) => void } | null>(null);

  const registry = useMemo<Registry>(() => {
    const dirty = (scope?: string) => [...entries.current.values()].filter((e) => scope === undefined || e.scope === scope);
    return {
      set(id, entry) {
        if (entry) entries.current.set(id, entry);
        else entries.current.delete(id);
      },
      dirty,
      confirmDiscard(scope) {
        const list = dirty(scope);
        if (list.length === 0) return Promise.resolve(true);
        return new Promise<boolean>((resolve) => setAsking({ message: list[0]?.message, resolve }));
      },
    };
  }, []);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => entries.current.size > 0 && currentLocation.pathname !== nextLocation.pathname,
  );

  // One listener for the app's life, reading the registry when the window is about to go.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (entries.current.size === 0) return;
      event.preventDefault();
      event.returnValue = ''; // older Chromium needs it set
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const blocked = blocker.state === 'blocked';
  const open = blocked || asking !== null;
  const message = asking ? asking.message : registry.dirty()[0]?.message;
  const answer = (discard: boolean) => {
    if (asking) {
      asking.resolve(discard);
      setAsking(null);
    } else if (blocked) {
      if (discard) blocker.proceed?.();
      else blocker.reset?.();
    }
  };

  return (
    <RegistryContext.Provider value={registry}>
      {children}
      {/* Composed without Modal.Header: Mantine renders that as a <header>, a second "banner" for axe. */}
      <Modal.Root opened={open} onClose={() => answer(false)} centered>
        <Modal.Overlay />
        <Modal.Content>
          <Modal.Body pt="md">
            <Modal.Title fw={700} mb="xs">
              {t('settings.leave.title')}
            </Modal.Title>
            <Text size="sm">{message ?? t('forms.unsaved.body')}</Text>
            <Group justify="flex-end" mt="lg">
              <Button variant="default" onClick={() => answer(false)} data-autofocus>
                {t('settings.leave.stay')}
              </Button>
              <Button color="red.9" onClick={() => answer(true)}>
                {t('settings.leave.discard')}
              </Button>
            </Group>
          </Modal.Body>
        </Modal.Content>
      </Modal.Root>
    </RegistryContext.Provider>
  );
}
