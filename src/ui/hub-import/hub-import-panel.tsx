import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useCalculator, useCalculatorStoreApi } from '../../state/react/calculator-context';
import { findModelPreset } from '../../domain/presets/models';
import type { Scenario } from '../../domain/scenario';
import { hubModelName } from '../../hub/fetch-hub-config';
import type { HubModelImport } from '../../hub/to-model-spec';
import { applyImport } from './apply-import';
import { ConfigPaste } from './config-paste';
import { configName } from './config-name';
import { HubIdForm } from './hub-id-form';
import { ImportStatus, type ImportFailure } from './import-status';
import { ImportSummary } from './import-summary';
import { useHubImport } from './use-hub-import';
import './hub-import.css';

type Pasted = { imported: HubModelImport } | { error: unknown };

const modelName = (model: Scenario['model']): string =>
  typeof model === 'string' ? (findModelPreset(model)?.model.name ?? model) : model.name;

/**
 * Size any model on the Hub: its config.json fetched by id or link, or pasted or dropped when the
 * Hub cannot be reached. Either way the result becomes the scenario's custom model, and a failure
 * leaves the current model exactly as it was.
 */
export function HubImportPanel() {
  const headingId = useId();
  const store = useCalculatorStoreApi();
  const hub = useHubImport();
  const source = useCalculator((state) => state.hubSource ?? null);
  const current = useCalculator((state) => modelName(state.scenario.model));
  const [pasted, setPasted] = useState<Pasted | null>(null);
  const [isPasteOpen, setIsPasteOpen] = useState(false);
  const pasteBox = useRef<HTMLTextAreaElement>(null);

  // A pasted model's summary goes when the user picks a preset instead.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const { model } = state.scenario;
        if (model !== previous.scenario.model && typeof model === 'string') setPasted(null);
      }),
    [store],
  );

  const openPaste = () => {
    flushSync(() => setIsPasteOpen(true));
    pasteBox.current?.focus();
  };
  const importText = async (text: string, fileName: string | null) => {
    hub.cancel();
    try {
      // The config's schema (zod) loads with the first import, not with the page.
      const { importConfigText } = await import('../../hub/import-config');
      const imported = importConfigText(text, configName(text, fileName));
      applyImport(store, imported, { kind: 'file' });
      setPasted({ imported });
    } catch (error) {
      setPasted({ error });
    }
  };

  const target = hub.target;
  const isLink = target?.origin === 'link';
  let message = '';
  let failure: ImportFailure | null = null;
  if (pasted && 'error' in pasted) {
    failure = { error: pasted.error, consequence: 'The model was not changed.' };
  } else if (target && hub.status === 'loading') {
    const retrying = hub.attempt > 1 ? ` (attempt ${hub.attempt})` : '';
    const meanwhile = isLink ? ` The page shows ${current} until it arrives.` : '';
    message = `Loading ${hubModelName(target)} from the Hub…${retrying}${meanwhile}`;
  } else if (target && hub.status === 'error') {
    failure = {
      error: hub.error,
      consequence: isLink
        ? `The link's model, ${hubModelName(target)}, could not be loaded, so the page shows ${current}; the rest of the link was applied.`
        : 'The model was not changed.',
      onRetry: hub.retry,
    };
  }
  const summary = pasted && 'imported' in pasted && !source ? pasted.imported : hub.imported;
  if (!message && !failure && summary) message = `Imported ${summary.model.name}.`;

  return (
    <section className="card hub-import" aria-labelledby={headingId}>
      <h2 id={headingId}>Import from the Hugging Face Hub</h2>
      <HubIdForm
        onSubmit={(reference) => {
          setPasted(null);
          hub.submit(reference);
        }}
        onEdit={hub.cancel}
      />
      <ImportStatus message={message} failure={failure} onPaste={openPaste} />
      {summary && !failure && <ImportSummary imported={summary} />}
      <ConfigPaste
        isOpen={isPasteOpen}
        onOpenChange={setIsPasteOpen}
        textareaRef={pasteBox}
        onConfig={(text, fileName) => void importText(text, fileName)}
        onFailure={(error) => setPasted({ error })}
        onEdit={() => setPasted((previous) => (previous && 'error' in previous ? null : previous))}
      />
    </section>
  );
}
