import { describe, expect, it } from 'vitest';
import { isCommitSha, parseHubReference, repoIdProblem, revisionProblem } from './hub-id';

const SHA = '0e9e39f249a16976918f6564b8830bc894c89659';

function parsed(input: string, revision?: string) {
  const result = parseHubReference(input, revision);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error.message}`);
  return result.value;
}

function reason(input: string, revision?: string): string {
  const result = parseHubReference(input, revision);
  if (result.ok) throw new Error(`expected "${input}" to be rejected`);
  expect(result.error.kind).toBe('invalid-id');
  return result.error.message;
}

describe('parseHubReference reads what users paste', () => {
  it.each([
    ['meta-llama/Llama-3.1-8B', 'meta-llama/Llama-3.1-8B', 'main'],
    ['  Qwen/Qwen2.5-7B  ', 'Qwen/Qwen2.5-7B', 'main'],
    ['gpt2', 'gpt2', 'main'],
    ['Qwen/Qwen2.5-7B@v1.0', 'Qwen/Qwen2.5-7B', 'v1.0'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B', 'meta-llama/Llama-3.1-8B', 'main'],
    ['https://huggingface.co/meta-llama/Llama-3.1-8B/', 'meta-llama/Llama-3.1-8B', 'main'],
    ['huggingface.co/google/gemma-7b', 'google/gemma-7b', 'main'],
    [
      'https://www.huggingface.co/google/gemma-7b?library=transformers#usage',
      'google/gemma-7b',
      'main',
    ],
    ['https://hf.co/mistralai/Mistral-7B-v0.1', 'mistralai/Mistral-7B-v0.1', 'main'],
    [
      'https://huggingface.co/mistralai/Mistral-7B-v0.1/tree/main',
      'mistralai/Mistral-7B-v0.1',
      'main',
    ],
    [
      'https://huggingface.co/mistralai/Mistral-7B-v0.1/tree/dev/subfolder',
      'mistralai/Mistral-7B-v0.1',
      'dev',
    ],
    ['https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json', 'Qwen/Qwen3-8B', 'main'],
    [`https://huggingface.co/Qwen/Qwen3-8B/resolve/${SHA}/config.json`, 'Qwen/Qwen3-8B', SHA],
    [
      'https://huggingface.co/Qwen/Qwen3-8B/resolve/main/config.json?download=true',
      'Qwen/Qwen3-8B',
      'main',
    ],
    ['https://huggingface.co/Qwen/Qwen3-8B/raw/v2/config.json', 'Qwen/Qwen3-8B', 'v2'],
    [
      'https://huggingface.co/Qwen/Qwen3-8B/blob/refs%2Fpr%2F12/config.json',
      'Qwen/Qwen3-8B',
      'refs/pr/12',
    ],
    ['https://huggingface.co/Qwen/Qwen3-8B/tree/refs/pr/12', 'Qwen/Qwen3-8B', 'refs/pr/12'],
    ['https://huggingface.co/gpt2/tree/main', 'gpt2', 'main'],
    ['https://huggingface.co/Qwen/Qwen3-8B/discussions/3', 'Qwen/Qwen3-8B', 'main'],
  ])('%s → %s @ %s', (input, repoId, revision) => {
    expect(parsed(input)).toEqual({ repoId, revision });
  });

  it('lets a separately typed revision win over the one in the link', () => {
    expect(parsed('https://huggingface.co/Qwen/Qwen3-8B/tree/main', SHA)).toEqual({
      repoId: 'Qwen/Qwen3-8B',
      revision: SHA,
    });
    expect(parsed('Qwen/Qwen3-8B', '   ')).toEqual({ repoId: 'Qwen/Qwen3-8B', revision: 'main' });
  });
});

describe('bad ids are rejected before any request, naming what is wrong', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['org/name/extra', /more than one "\/"/],
    ['org//name', /empty part/],
    ['/name', /empty part/],
    ['org/na me', /contains " "/],
    ['org/naïve', /contains "ï"/],
    ['org/-name', /cannot start or end with "-" or "."/],
    ['org/name.', /cannot start or end/],
    ['.org/name', /cannot start or end/],
    ['org/na--me', /cannot contain "--" or ".."/],
    ['org/na..me', /cannot contain "--" or ".."/],
    ['org/name.git', /cannot end in ".git"/],
    [`org/${'a'.repeat(97)}`, /longer than 96/],
    ['https://github.com/meta-llama/llama', /only huggingface.co links.*github.com/],
    ['ftp://huggingface.co/org/name', /only https:\/\/huggingface.co links/],
    ['https://huggingface.co/datasets/org/name', /a dataset, not a model/],
    ['https://huggingface.co/spaces/org/app', /a Space, not a model/],
    ['https://huggingface.co/', /names no model/],
    ['https://huggingface.co/org/%E0%A4%A', /not correctly encoded/],
    ['org/name@', /revision is empty/],
    ['org/name@bad..ref', /cannot contain ".."/],
    ['org/name@feature branch', /contains " "/],
    ['org/name@refs/heads/x.lock', /not a valid branch/],
  ])('%j', (input, message) => {
    expect(reason(input)).toMatch(message);
  });

  it('accepts exactly 96 characters per name', () => {
    expect(repoIdProblem(`org/${'a'.repeat(96)}`)).toBeNull();
    expect(repoIdProblem('Foo-BAR_foo.bar123')).toBeNull();
    expect(repoIdProblem('_org/_name_')).toBeNull();
  });

  it('rejects a revision typed with forbidden characters', () => {
    expect(reason('Qwen/Qwen3-8B', 'main:1')).toMatch(/contains ":"/);
    expect(revisionProblem('refs/pr/1')).toBeNull();
  });
});

describe('isCommitSha', () => {
  it('is true only for 40 lowercase hex digits', () => {
    expect(isCommitSha(SHA)).toBe(true);
    expect(isCommitSha('main')).toBe(false);
    expect(isCommitSha(SHA.slice(1))).toBe(false);
    expect(isCommitSha(SHA.toUpperCase())).toBe(false);
  });
});
