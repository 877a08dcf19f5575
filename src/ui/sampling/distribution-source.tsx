import { formatInteger } from '../../lib/format';
import type { DistributionSource as Source } from '../../state/sampling-store';
import { SegmentedField } from '../primitives/segmented-field';
import type { Choice } from '../primitives/select-field';
import { EXAMPLE_DISTRIBUTION } from './example-distribution';
import { LogitListInput } from './logit-list-input';
import { formatLogitList } from './parse-logit-list';
import { useSampling, useSamplingStoreApi } from '../../state/react/sampling-context';
import type { SamplingView } from './use-sampling-view';

const SOURCES: readonly Choice<Source>[] = [
  { value: 'example', label: 'Built-in example' },
  { value: 'custom', label: 'Your own list' },
];

/** Which next-token distribution to work on: the built-in example or a pasted list. */
export function DistributionSource({ view }: { view: SamplingView }) {
  const store = useSamplingStoreApi();
  const source = useSampling((s) => s.source);

  const choose = (next: Source) => {
    const state = store.getState();
    if (next === 'example') state.chooseExample();
    // Starting from the example's lines shows the format and gives something to edit.
    else if (state.customText.trim() === '')
      state.setCustomText(formatLogitList(EXAMPLE_DISTRIBUTION));
    else state.chooseCustom();
  };

  return (
    <div className="sampling-source">
      <SegmentedField
        legend="Next-token distribution"
        value={source}
        options={SOURCES}
        onChange={choose}
      />
      {source === 'example' ? (
        <p>
          After the prompt <q className="sampling-prompt">{EXAMPLE_DISTRIBUTION.prompt}</q>,{' '}
          {formatInteger(EXAMPLE_DISTRIBUTION.tokens.length)} candidate next tokens with made-up but
          realistic logits.
        </p>
      ) : (
        <LogitListInput
          errors={view.listErrors}
          warnings={view.listWarnings}
          shownCount={view.sampled.distribution.tokens.length}
        />
      )}
    </div>
  );
}
