import type { ModelSpec } from '../../domain/model';
import type { HubReference } from '../../hub/hub-id';
import type { HubModelImport } from '../../hub/to-model-spec';
import type { CalculatorStore } from '../../state/calculator-store';
import { dtypeToApply } from './precision-choice';

/** Where an import came from: the box (a Hub id), a pasted or dropped file, or a shared link's hf= key. */
export type ImportFrom =
  | { kind: 'hub'; reference: HubReference }
  | { kind: 'file' }
  | { kind: 'link'; reference: HubReference; edits: Partial<ModelSpec> };

/**
 * Makes the imported model the scenario's custom model. A new import also takes the checkpoint's
 * precision when the mode accepts it; a shared link keeps the precision it carries, so it restores
 * the same estimate.
 */
export function applyImport(store: CalculatorStore, imported: HubModelImport, from: ImportFrom) {
  const { scenario, applyImportedModel, setField } = store.getState();
  if (from.kind === 'link') {
    applyImportedModel(imported.model, from.reference, from.edits);
    return;
  }
  applyImportedModel(imported.model, from.kind === 'hub' ? from.reference : null);
  const dtype = dtypeToApply(imported, scenario);
  if (dtype) setField('dtype', dtype);
}
