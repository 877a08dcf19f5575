import type { FieldIssue } from '../../domain/errors';
import { formatInteger, formatNumber } from '../../lib/format';
import { ARTICLE_PRESET } from '../../state/sampling-store';
import { SliderField } from '../primitives/slider-field';
import { useSampling } from '../../state/react/sampling-context';
import { SAMPLING_LIMITS } from '../../domain/sampling';

interface SamplingControlsProps {
  /** Tokens in the list on screen: the top-k slider's maximum. */
  vocabularySize: number;
  issues: readonly FieldIssue[];
}

const PRESET_LABEL = `Article example: T = ${formatNumber(ARTICLE_PRESET.temperature)}, K = ${formatInteger(ARTICLE_PRESET.topK)}, P = ${formatNumber(ARTICLE_PRESET.topP)}`;

/** Temperature, top-k and top-p, each a slider with a number box, and the article's preset. */
export function SamplingControls({ vocabularySize, issues }: SamplingControlsProps) {
  const temperature = useSampling((s) => s.temperature);
  const topK = useSampling((s) => s.topK);
  const topP = useSampling((s) => s.topP);
  const setTemperature = useSampling((s) => s.setTemperature);
  const setTopK = useSampling((s) => s.setTopK);
  const setTopP = useSampling((s) => s.setTopP);
  const applyArticlePreset = useSampling((s) => s.applyArticlePreset);
  const issueFor = (field: string) => issues.find((issue) => issue.field === field)?.message;
  const size = formatInteger(vocabularySize);

  return (
    <div className="sampling-controls">
      <button type="button" onClick={applyArticlePreset}>
        {PRESET_LABEL}
      </button>
      <SliderField
        label="Temperature (T)"
        value={temperature}
        scale={SAMPLING_LIMITS.temperature}
        onCommit={setTemperature}
        issue={issueFor('temperature')}
        hint="Divides every logit before the softmax: below 1 sharpens the distribution, above 1 flattens it, 0 is greedy."
      />
      <SliderField
        label="Top-k (K)"
        value={topK}
        scale={{ min: 1, max: Math.max(vocabularySize, 1), step: 1 }}
        unit="tokens"
        onCommit={setTopK}
        issue={issueFor('topK')}
        hint={
          Number.isInteger(topK) && topK > vocabularySize
            ? `More than the ${size} tokens in the list: top-k keeps them all.`
            : `Keeps the K most probable of the ${size} tokens in the list.`
        }
      />
      <SliderField
        label="Top-p (P)"
        value={topP}
        scale={SAMPLING_LIMITS.topP}
        onCommit={setTopP}
        issue={issueFor('topP')}
        hint="Then keeps the fewest top tokens whose probabilities, renormalised over the top-k set, add up to at least P."
      />
    </div>
  );
}
