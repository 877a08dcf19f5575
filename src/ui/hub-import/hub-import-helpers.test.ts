import { describe, expect, it } from 'vitest';
import { HubError } from '../../hub/hub-errors';
import { assumedValueText } from './assumption-text';
import { configName } from './config-name';
import { hubErrorView } from './hub-error-view';

describe('hubErrorView', () => {
  it('offers a retry only where asking again may help, and the paste path where the Hub is the obstacle', () => {
    const view = (error: unknown) => {
      const { canRetry, offerPaste } = hubErrorView(error);
      return { canRetry, offerPaste };
    };
    expect(view(new HubError({ kind: 'timeout', seconds: 15 }))).toEqual({
      canRetry: true,
      offerPaste: true,
    });
    expect(view(new HubError({ kind: 'gated-or-private', repoId: 'a/b', status: 401 }))).toEqual({
      canRetry: false,
      offerPaste: true,
    });
    expect(view(new HubError({ kind: 'not-json', reason: 'x' }))).toEqual({
      canRetry: false,
      offerPaste: false,
    });
  });

  it('names an unexpected failure plainly', () => {
    expect(hubErrorView(new Error('boom'))).toMatchObject({
      title: 'The import failed',
      message: 'boom',
    });
  });
});

describe('assumedValueText', () => {
  it('gives numbers their unit and choices their label', () => {
    expect(assumedValueText('maxPositions', 2048)).toBe('2,048 tokens');
    expect(assumedValueText('headDim', 256)).toBe('256 features');
    expect(assumedValueText('tiedEmbeddings', false)).toBe('no');
    expect(assumedValueText('norm', 'rmsnorm')).toBe('RMSNorm');
    expect(assumedValueText('slidingWindow', null)).toBe('none');
  });
});

describe('configName', () => {
  it('reads _name_or_path, else keeps the fallback', () => {
    expect(configName('{"_name_or_path": " org/x "}', 'f')).toBe('org/x');
    expect(configName('{"_name_or_path": ""}', 'f')).toBe('f');
    expect(configName('{}', null)).toBe('Pasted config.json');
    expect(configName('[1]', 'f')).toBe('f');
    expect(configName('not json', 'f')).toBe('f');
  });

  it('names a file without _name_or_path by its architecture class, else its family', () => {
    const arch =
      '{"_name_or_path": "", "architectures": ["GptOssForCausalLM"], "model_type": "gpt_oss"}';
    expect(configName(arch, null)).toBe('GptOssForCausalLM');
    expect(configName(arch, 'gpt-oss')).toBe('gpt-oss');
    expect(configName('{"model_type": "qwen3_moe"}', null)).toBe('qwen3_moe');
  });
});
