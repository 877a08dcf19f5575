import { AdvancedSettings } from '../ui/inputs/advanced-settings';
import { GpuPicker } from '../ui/inputs/gpu-picker';
import { ModeSwitch } from '../ui/inputs/mode-switch';
import { ModelPicker } from '../ui/inputs/model-picker';
import { HubImport } from '../ui/hub-import/hub-import';
import { WorkloadForm } from '../ui/inputs/workload-form';
import { DtypeComparison } from '../ui/results/dtype-comparison';
import { GpuComparison } from '../ui/results/gpu-comparison';
import { InputIssues } from '../ui/results/input-issues';
import { ParameterBreakdown } from '../ui/results/parameter-breakdown';
import { ShowWork } from '../ui/results/show-work';
import { TrainingPlans } from '../ui/results/training-plans';
import { Verdict } from '../ui/results/verdict';
import { MemoryChartSection } from '../ui/charts/memory-chart-section';
import { CopyLinkButton } from '../ui/share/copy-link-button';
import { UrlNotice } from '../ui/share/url-notice';
import { UnitSwitch } from '../ui/inputs/unit-switch';
import { PlanningSection } from '../ui/planning/planning-section';
import { SamplingExplorer } from '../ui/sampling/sampling-explorer';
import { CompareSection } from '../ui/compare/compare-section';
import { EnginePanel } from '../ui/serving/engine-panel';
import { lazy, Suspense } from 'react';
import { RegionBoundary } from './region-boundary';

const RealityChecks = lazy(() =>
  import('../ui/reality/reality-checks').then((module) => ({ default: module.RealityChecks })),
);
const WhatFitsSection = lazy(() =>
  import('../ui/what-fits/what-fits-section').then((module) => ({
    default: module.WhatFitsSection,
  })),
);
import { ResultRegion } from './result-region';

/**
 * The calculator page: the answer first, then the inputs and the answer's work. On a wide screen
 * the inputs stay in view on one side while the answer and the results scroll on the other; on a
 * phone the verdict comes before the inputs. Each region has its own error boundary, so a bug in
 * one leaves the others and the share link working.
 */
export function App() {
  return (
    <>
      <header className="app-header">
        <h1>LLM GPU memory calculator</h1>
        <div className="app-header__tools">
          <RegionBoundary name="Unit">
            <UnitSwitch />
          </RegionBoundary>
          <RegionBoundary name="Share link">
            <CopyLinkButton />
          </RegionBoundary>
        </div>
      </header>
      <RegionBoundary name="Link notice">
        <UrlNotice />
      </RegionBoundary>
      <main>
        <div className="layout">
          {/* The answer comes first: at the top on a phone, above the results on a wide screen. */}
          <section className="layout__answer" aria-label="Answer">
            <RegionBoundary name="Input problems">
              <InputIssues />
            </RegionBoundary>
            <ResultRegion name="Verdict">
              <Verdict />
            </ResultRegion>
          </section>
          <section className="layout__inputs" aria-label="Scenario">
            <RegionBoundary name="Model">
              <ModelPicker />
            </RegionBoundary>
            <RegionBoundary name="Mode">
              <ModeSwitch />
            </RegionBoundary>
            <RegionBoundary name="Workload">
              <WorkloadForm />
            </RegionBoundary>
            <RegionBoundary name="Serving engine">
              <EnginePanel />
            </RegionBoundary>
            <RegionBoundary name="GPU">
              <GpuPicker />
            </RegionBoundary>
            <RegionBoundary name="Hugging Face import">
              <HubImport />
            </RegionBoundary>
            <RegionBoundary name="Advanced settings">
              <AdvancedSettings />
            </RegionBoundary>
          </section>
          <section className="layout__results" aria-label="Results">
            <ResultRegion name="Memory chart">
              <MemoryChartSection />
            </ResultRegion>
            <ResultRegion name="Training plans">
              <TrainingPlans />
            </ResultRegion>
            <ResultRegion name="Work shown">
              <ShowWork />
            </ResultRegion>
            <ResultRegion name="Parameters">
              <ParameterBreakdown />
            </ResultRegion>
            <ResultRegion name="Dtype comparison">
              <DtypeComparison />
            </ResultRegion>
            <ResultRegion name="GPU comparison">
              <GpuComparison />
            </ResultRegion>
            <ResultRegion name="Planning">
              <PlanningSection />
            </ResultRegion>
            <ResultRegion name="Compare">
              <CompareSection />
            </ResultRegion>
          </section>
        </div>
        {/* Outside the grid, so the inputs column stops following the page where it ends. */}
        <div className="layout__wide">
          <RegionBoundary name="Sampling explorer">
            <SamplingExplorer />
          </RegionBoundary>
          <RegionBoundary name="Checked against reality">
            <Suspense fallback={<p className="muted">Loading the published checks…</p>}>
              <RealityChecks />
            </Suspense>
          </RegionBoundary>
          <RegionBoundary name="What can I run on this?">
            <Suspense fallback={<p className="muted">Loading what can run on this…</p>}>
              <WhatFitsSection />
            </Suspense>
          </RegionBoundary>
        </div>
      </main>
    </>
  );
}
