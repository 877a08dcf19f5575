import { AdvancedSettings } from '../ui/inputs/advanced-settings';
import { GpuPicker } from '../ui/inputs/gpu-picker';
import { ModeSwitch } from '../ui/inputs/mode-switch';
import { ModelPicker } from '../ui/inputs/model-picker';
import { HubImport } from '../ui/hub-import/hub-import';
import { WorkloadForm } from '../ui/inputs/workload-form';
import { InputIssues } from '../ui/results/input-issues';
import { Verdict } from '../ui/results/verdict';
import { MemoryChartSection } from '../ui/charts/memory-chart-section';
import { CopyLinkButton } from '../ui/share/copy-link-button';
import { UrlNotice } from '../ui/share/url-notice';
import { UnitSwitch } from '../ui/inputs/unit-switch';
import {
  CompareSection,
  DtypeComparison,
  EnginePanel,
  GpuComparison,
  ParameterBreakdown,
  PlanningSection,
  RealityChecks,
  SamplingExplorer,
  ShowWork,
  TrainingPlans,
  WhatFitsSection,
} from './below-the-fold';
import { Suspense } from 'react';
import { LazyRegion } from './lazy-region';
import { RegionBoundary } from './region-boundary';
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
              <Suspense fallback={null}>
                <EnginePanel />
              </Suspense>
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
            <LazyRegion name="Training plans" region={TrainingPlans} />
            <LazyRegion name="Work shown" region={ShowWork} />
            <LazyRegion name="Parameters" region={ParameterBreakdown} />
            <LazyRegion name="Dtype comparison" region={DtypeComparison} />
            <LazyRegion name="GPU comparison" region={GpuComparison} />
            <LazyRegion name="Planning" region={PlanningSection} />
            <LazyRegion name="Compare" region={CompareSection} />
          </section>
        </div>
        {/* Outside the grid, so the inputs column stops following the page where it ends. */}
        <div className="layout__wide">
          <LazyRegion name="Sampling explorer" region={SamplingExplorer} followsScenario={false} />
          <LazyRegion
            name="Checked against reality"
            region={RealityChecks}
            followsScenario={false}
          />
          <LazyRegion
            name="What can I run on this?"
            region={WhatFitsSection}
            followsScenario={false}
          />
        </div>
      </main>
    </>
  );
}
