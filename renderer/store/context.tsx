import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { HoldfastActions } from './actions.js';
import type { HoldfastState, HoldfastStore } from './store.js';

interface Holdfast {
  readonly store: HoldfastStore;
  readonly actions: HoldfastActions;
}

const HoldfastContext = createContext<Holdfast | null>(null);

export function HoldfastProvider({ store, actions, children }: Holdfast & { readonly children: ReactNode }) {
  const holdfast = useMemo(() => ({ store, actions }), [store, actions]);
  return <HoldfastContext value={holdfast}>{children}</HoldfastContext>;
}

function useHoldfastContext(): Holdfast {
  const holdfast = useContext(HoldfastContext);
  if (!holdfast) throw new Error('Holdfast components must be rendered inside <HoldfastProvider>.');
  return holdfast;
}

/** Reads from the store; the component re-renders only when the selected value changes. */
export function useHoldfast<T>(selector: (state: HoldfastState) => T): T {
  return useStore(useHoldfastContext().store, selector);
}

export function useActions(): HoldfastActions {
  return useHoldfastContext().actions;
}
