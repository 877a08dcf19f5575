import { lazy } from 'react';

/**
 * The regions below the fold, each in its own chunk: fetched after the first view (verdict,
 * inputs, memory chart) has painted, so the first load carries only what that view draws. The
 * serving engine's panel too: it shows in inference mode only, and the first visit is training.
 */
export const EnginePanel = lazy(() =>
  import('../ui/serving/engine-panel').then((m) => ({ default: m.EnginePanel })),
);
export const TrainingPlans = lazy(() =>
  import('../ui/results/training-plans').then((m) => ({ default: m.TrainingPlans })),
);
export const ShowWork = lazy(() =>
  import('../ui/results/show-work').then((m) => ({ default: m.ShowWork })),
);
export const ParameterBreakdown = lazy(() =>
  import('../ui/results/parameter-breakdown').then((m) => ({ default: m.ParameterBreakdown })),
);
export const DtypeComparison = lazy(() =>
  import('../ui/results/dtype-comparison').then((m) => ({ default: m.DtypeComparison })),
);
export const GpuComparison = lazy(() =>
  import('../ui/results/gpu-comparison').then((m) => ({ default: m.GpuComparison })),
);
export const PlanningSection = lazy(() =>
  import('../ui/planning/planning-section').then((m) => ({ default: m.PlanningSection })),
);
export const CompareSection = lazy(() =>
  import('../ui/compare/compare-section').then((m) => ({ default: m.CompareSection })),
);
export const SamplingExplorer = lazy(() =>
  import('../ui/sampling/sampling-explorer').then((m) => ({ default: m.SamplingExplorer })),
);
export const RealityChecks = lazy(() =>
  import('../ui/reality/reality-checks').then((m) => ({ default: m.RealityChecks })),
);
export const WhatFitsSection = lazy(() =>
  import('../ui/what-fits/what-fits-section').then((m) => ({ default: m.WhatFitsSection })),
);
