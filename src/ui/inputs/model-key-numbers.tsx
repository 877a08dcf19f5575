import { useMemo } from 'react';
import { isMoe, type ModelSpec } from '../../domain/model';
import { countParameters } from '../../domain/parameters';
import { formatInteger, formatParams } from '../../lib/format';
import { validateModel } from '../../domain/model-validation';

interface ModelKeyNumbersProps {
  model: ModelSpec;
  /** The count the model card publishes, shown beside ours for presets. */
  publishedParams?: string | undefined;
}

/** The few numbers that identify an architecture; the parameter count waits until the architecture is valid. */
export function ModelKeyNumbers({ model, publishedParams }: ModelKeyNumbersProps) {
  const params = useMemo(
    () => (validateModel(model).length === 0 ? countParameters(model) : null),
    [model],
  );
  const moe = isMoe(model);
  return (
    <dl className="key-figures">
      <div>
        <dt>Parameters</dt>
        <dd>
          {params ? (
            formatParams(params.total)
          ) : (
            <span className="muted">— (fix the fields below)</span>
          )}
          {params && moe && <> ({formatParams(params.active)} active)</>}
        </dd>
      </div>
      <div>
        <dt>Layers</dt>
        <dd>{formatInteger(model.layers)}</dd>
      </div>
      <div>
        <dt>Hidden size</dt>
        <dd>{formatInteger(model.hidden)}</dd>
      </div>
      <div>
        <dt>Heads / KV heads</dt>
        <dd>
          {formatInteger(model.heads)} / {formatInteger(model.kvHeads)}
        </dd>
      </div>
      <div>
        <dt>Context</dt>
        <dd>{formatInteger(model.maxPositions)} tokens</dd>
      </div>
      {moe && (
        <div>
          <dt>Experts</dt>
          <dd>
            {formatInteger(model.experts)}, {formatInteger(model.expertsPerToken)} per token
          </dd>
        </div>
      )}
      {publishedParams && (
        <div className="key-figures__wide">
          <dt>Published</dt>
          <dd>{publishedParams}</dd>
        </div>
      )}
    </dl>
  );
}
