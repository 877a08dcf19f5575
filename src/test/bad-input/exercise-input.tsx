import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CalculatorStoreProvider } from '../../state/react/calculator-context';
import type { ModelSpec } from '../../domain/model';
import { findModelPreset } from '../../domain/presets/models';
import { freshScenario, type Scenario } from '../../domain/scenario';
import { parseHubReference } from '../../hub/hub-id';
import { importConfigText } from '../../hub/import-config';
import { createCalculatorStore } from '../../state/calculator-store';
import { createSamplingStore } from '../../state/sampling-store';
import { decodeUrl } from '../../state/url/url-codec';
import { createUrlNoticeStore } from '../../state/url/url-notice-store';
import { AdvancedSettings } from '../../ui/inputs/advanced-settings';
import { ModelPicker } from '../../ui/inputs/model-picker';
import { WorkloadForm } from '../../ui/inputs/workload-form';
import { scenarioFromExport } from '../../ui/planning/export-json';
import { SpeedCard } from '../../ui/planning/speed-card';
import { EnginePanel } from '../../ui/serving/engine-panel';
import { InputIssues } from '../../ui/results/input-issues';
import { SamplingExplorer } from '../../ui/sampling/sampling-explorer';
import { UrlNotice } from '../../ui/share/url-notice';
import type { InputDriver } from './catalogue';

/** What the user sees after entering one value. */
export interface Outcome {
  /** The message shown for the input, or null when the value was accepted without one. */
  message: string | null;
  /** What a box holds afterwards: the typed text, or empty where the browser rejects it; never a clamped value. */
  shown?: string;
  /** Every piece of text the region shows. */
  pageText: string;
}

/** One input, rendered once, that takes one value after another. */
export type InputSession = (typed: string) => Outcome;

const REGIONS: Readonly<Record<string, () => ReactNode>> = {
  workload: () => <WorkloadForm />,
  advanced: () => <AdvancedSettings />,
  'custom-model': () => <ModelPicker />,
  planning: () => <SpeedCard />,
  serving: () => <EnginePanel />,
};

function startScenario(patch: Partial<Scenario> = {}, model?: Partial<ModelSpec>): Scenario {
  const base = freshScenario(patch);
  return model ? { ...base, model: { ...findModelPreset('llama-2-7b')!.model, ...model } } : base;
}

/** The text of the notes a control's aria-describedby points at that are errors. */
function errorText(control: HTMLElement): string | null {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const errors = ids
    .filter((id) => id.endsWith('-error'))
    // aria-describedby names elements by id; that is how a screen reader finds them too.
    // eslint-disable-next-line testing-library/no-node-access
    .map((id) => document.getElementById(id)?.textContent ?? '');
  return errors.length > 0 ? errors.join(' ') : null;
}

/**
 * Enters a value the way a paste over a selection does, in one change, each time starting again from
 * the box's first value, so that one case never depends on the one before.
 */
function boxSession(control: HTMLElement, container: HTMLElement): InputSession {
  const first = (control as HTMLInputElement | HTMLTextAreaElement).value;
  return (typed) => {
    fireEvent.change(control, { target: { value: first } });
    fireEvent.change(control, { target: { value: typed } });
    return {
      message: errorText(control),
      shown: (control as HTMLInputElement | HTMLTextAreaElement).value,
      pageText: container.textContent ?? '',
    };
  };
}

function openBox(driver: Extract<InputDriver, { via: 'box' }>): InputSession {
  const role = driver.isText ? 'textbox' : 'spinbutton';
  if (driver.region === 'sampling') {
    const { container } = render(<SamplingExplorer store={createSamplingStore()} />);
    return boxSession(screen.getByRole(role, { name: driver.box }), container);
  }
  const store = createCalculatorStore({
    scenario: startScenario(
      driver.scenario,
      driver.region === 'custom-model' ? (driver.model ?? {}) : undefined,
    ),
  });
  const { container } = render(
    <CalculatorStoreProvider store={store}>
      {REGIONS[driver.region]!()}
      <InputIssues />
    </CalculatorStoreProvider>,
  );
  return boxSession(screen.getByRole(role, { name: driver.box }), container);
}

function openLogits(): InputSession {
  const { container } = render(<SamplingExplorer store={createSamplingStore()} />);
  fireEvent.click(screen.getByRole('radio', { name: 'Your own list' }));
  return boxSession(screen.getByRole('textbox', { name: /Tokens and logits/ }), container);
}

/** Opens the link and shows its notice, as the page does on load. */
function openLink(key: string | undefined, base: string | undefined): InputSession {
  return (typed) => {
    const pair = key === undefined ? typed : `${key}=${encodeURIComponent(typed)}`;
    const decoded = decodeUrl(base ? `?${base}&${pair}` : `?${pair}`);
    const notices = createUrlNoticeStore();
    notices.getState().show(decoded.issues);
    const { container, unmount } = render(<UrlNotice notices={notices} />);
    const alert = screen.queryByRole('alert');
    const items = alert ? within(alert).getAllByRole('listitem') : [];
    const outcome = {
      message: items.length > 0 ? items.map((item) => item.textContent).join(' ') : null,
      pageText: container.textContent ?? '',
    };
    unmount();
    return outcome;
  };
}

/** The message of the typed HubError the import shows, or null when the text is accepted. */
function errorMessage(run: () => unknown): Outcome {
  try {
    run();
    return { message: null, pageText: '' };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { message, pageText: message };
  }
}

/** Renders the input a driver names and returns a way to enter values into it. */
export function openInput(driver: InputDriver): InputSession {
  switch (driver.via) {
    case 'box':
      return openBox(driver);
    case 'logits':
      return openLogits();
    case 'link':
      return openLink(driver.key, driver.base);
    case 'hub-id':
      return (typed) =>
        errorMessage(() => {
          const parsed = parseHubReference(typed);
          if (!parsed.ok) throw parsed.error;
        });
    case 'config':
      return (typed) =>
        errorMessage(() =>
          importConfigText(driver.template ? driver.template(typed) : typed, 'pasted'),
        );
    case 'export-file':
      return (typed) => {
        // What "Open an exported JSON file" lists under "could not be opened".
        const result = scenarioFromExport(driver.template ? driver.template(typed) : typed);
        const message = result.ok ? null : result.problems.join(' ');
        return { message, pageText: message ?? '' };
      };
  }
}
