'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once this component runs in the
 * browser. A button whose action needs script is disabled until then, so an early press is
 * never silently lost (and waits, like any disabled control, until it can work).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
