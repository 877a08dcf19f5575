import { lazy, type ComponentType } from 'react';

/** A region's component in its own chunk, and `load`, which fetches that chunk once. */
export interface LazyComponent {
  Component: ComponentType;
  /** Fetches the chunk (once): a region fetches it before it draws, so React never waits on it. */
  load: () => Promise<unknown>;
}

function lazyComponent(load: () => Promise<ComponentType>): LazyComponent {
  let loading: Promise<{ default: ComponentType }> | null = null;
  const loadOnce = () => (loading ??= load().then((component) => ({ default: component })));
  return { Component: lazy(loadOnce), load: loadOnce };
}

/**
 * The regions below the fold, each in its own chunk: fetched after the first view (verdict,
 * inputs, memory chart) has painted, so the first load carries only what that view draws. The
 * serving engine's panel too: it shows in inference mode only, and the first visit is training.
 */
export const EnginePanel = lazy(() =>
  import('../ui/serving/engine-panel').then((m) => ({ default: m.EnginePanel })),
);
export const TrainingPlans = lazyComponent(() =>
  import('../ui/results/training-plans').then((m) => m.TrainingPlans),
);
export const ShowWork = lazyComponent(() =>
  import('../ui/results/show-work').then((m) => m.ShowWork),
);
export const ParameterBreakdown = lazyComponent(() =>
  import('../ui/results/parameter-breakdown').then((m) => m.ParameterBreakdown),
);
export const DtypeComparison = lazyComponent(() =>
  import('../ui/results/dtype-comparison').then((m) => m.DtypeComparison),
);
export const GpuComparison = lazyComponent(() =>
  import('../ui/results/gpu-comparison').then((m) => m.GpuComparison),
);
export const PlanningSection = lazyComponent(() =>
  import('../ui/planning/planning-section').then((m) => m.PlanningSection),
);
export const CompareSection = lazyComponent(() =>
  import('../ui/compare/compare-section').then((m) => m.CompareSection),
);
export const SamplingExplorer = lazyComponent(() =>
  import('../ui/sampling/sampling-explorer').then((m) => m.SamplingExplorer),
);
export const RealityChecks = lazyComponent(() =>
  import('../ui/reality/reality-checks').then((m) => m.RealityChecks),
);
export const WhatFitsSection = lazyComponent(() =>
  import('../ui/what-fits/what-fits-section').then((m) => m.WhatFitsSection),
);
