import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyWithLoad<P extends object> {
  /** Fetches the script; `WhenNear` calls it before drawing. */
  load: () => Promise<unknown>;
  Component: LazyExoticComponent<ComponentType<P>>;
}

/**
 * A lazy component whose script can be fetched before it is drawn. Once `load` has fetched it, the
 * component draws at its first render instead of suspending: React hands a suspended boundary's
 * content back at most every 300 ms, so two charts that suspended one after the other would be
 * drawn together, in one long task.
 */
export function lazyWithLoad<M, P extends object>(
  importScript: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyWithLoad<P> {
  let loaded: { default: ComponentType<P> } | null = null;
  const load = () =>
    importScript().then((module) => {
      loaded ??= { default: pick(module) };
      return loaded;
    });
  // React.lazy reads a thenable that has already called back as loaded, and draws at once.
  const ready = (value: { default: ComponentType<P> }) =>
    ({
      then: (resolve: (loadedValue: typeof value) => void) => resolve(value),
    }) as unknown as Promise<typeof value>;
  return { load, Component: lazy(() => (loaded ? ready(loaded) : load())) };
}
