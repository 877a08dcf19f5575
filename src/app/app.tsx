import { AdvancedSettings } from '../ui/inputs/advanced-settings';
import { GpuPicker } from '../ui/inputs/gpu-picker';
import { ModeSwitch } from '../ui/inputs/mode-switch';
import { ModelPicker } from '../ui/inputs/model-picker';
import { WorkloadForm } from '../ui/inputs/workload-form';
import { DtypeComparison } from '../ui/results/dtype-comparison';
import { GpuComparison } from '../ui/results/gpu-comparison';
import { InputIssues } from '../ui/results/input-issues';
import { ParameterBreakdown } from '../ui/results/parameter-breakdown';
import { ShowWork } from '../ui/results/show-work';
import { Verdict } from '../ui/results/verdict';
import { MemoryChartSection } from '../ui/charts/memory-chart-section';
import { CopyLinkButton } from '../ui/share/copy-link-button';
import { UrlNotice } from '../ui/share/url-notice';
import { UnitSwitch } from '../ui/inputs/unit-switch';
import { SamplingExplorer } from '../ui/sampling/sampling-explorer';

/** The calculator page: inputs on one side, the answer and its work on the other. */
export function App() {
  return (
    <>
      <header className="app-header">
        <h1>LLM GPU memory calculator</h1>
        <div className="app-header__tools">
          <UnitSwitch />
          <CopyLinkButton />
        </div>
      </header>
      <UrlNotice />
      <main className="layout">
        <section className="layout__inputs" aria-label="Scenario">
          <ModelPicker />
          <ModeSwitch />
          <GpuPicker />
          <WorkloadForm />
          <AdvancedSettings />
        </section>
        <section className="layout__results" aria-label="Results">
          <InputIssues />
          <Verdict />
          <MemoryChartSection />
          <ShowWork />
          <ParameterBreakdown />
          <DtypeComparison />
          <GpuComparison />
        </section>
        <div className="layout__wide">
          <SamplingExplorer />
        </div>
      </main>
    </>
  );
}
