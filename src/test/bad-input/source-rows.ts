import type { BadInputRow } from './catalogue';
import { NUMBER, box, nameCases, wholeNumber } from './row-helpers';

const LLAMA_LINK = 'm.layers=32&m.hidden=4096&m.heads=32&m.intermediate=11008&m.vocab=32000';
const GPU_LINK = 'g.name=G&g.memoryBytes=8GiB&g.labelGB=8&g.bandwidthBytesPerSecond=1e11';
const FLOPS_RULE = 'must be a number of FLOP/s from 1e9 to 1e19';
const CONFIG_HEAD =
  '{"model_type":"llama","hidden_size":4096,"num_attention_heads":32,"vocab_size":32000,';
const MANY_LINES = Array.from({ length: 5001 }, (_, i) => `t${i}\t${i % 7}`).join('\n');

/** What comes from elsewhere: the sampling explorer's boxes and pasted list, the link, the Hub, a config. */
export const SOURCE_ROWS: readonly BadInputRow[] = [
  {
    input: 'Sampling: temperature (T) and top-p (P) number boxes',
    targets: [
      { ...box('sampling', 'Temperature (T) (exact)', 2), label: 'Temperature (T)' },
      { ...box('sampling', 'Top-p (P) (exact)', 1), label: 'Top-p (P)' },
    ],
    cases: {
      empty: { shows: NUMBER },
      negative: { shows: '{label} must be zero or more, got -1' },
      zero: { shows: null },
      fractional: { shows: '{label} must be at most {max}, got 2.5' },
      huge: { shows: '{label} must be at most {max}, got 1e+300' },
      nonNumeric: { shows: NUMBER },
      overLong: { shows: NUMBER },
    },
  },
  {
    input: 'Sampling: top-k (K) number box',
    targets: [{ ...box('sampling', 'Top-k (K) (exact)', 100_000_000), label: 'Top-k (K)' }],
    cases: wholeNumber(false),
  },
  {
    input: 'Sampling: the draw seed',
    targets: [box('sampling', 'Seed', 4_294_967_295)],
    cases: wholeNumber(true),
  },
  {
    input: 'Sampling: pasted tokens and logits (the logit of a line `yes<TAB>…`)',
    targets: [{ driver: { via: 'logits' } }],
    cases: {
      empty: { shows: 'Paste at least one token and its logit.' },
      negative: { typed: 'yes\t-1', label: 'yes<TAB>-1', shows: null },
      zero: { typed: 'yes\t0', label: 'yes<TAB>0', shows: null },
      fractional: { typed: 'yes\t2.5', label: 'yes<TAB>2.5', shows: null },
      huge: { typed: 'yes\t1e300', label: 'yes<TAB>1e300', shows: null },
      nonNumeric: {
        typed: 'yes\tabc',
        label: 'yes<TAB>abc',
        shows: "line 1: 'abc' is not a number",
      },
      overLong: {
        typed: MANY_LINES,
        label: '5,001 lines',
        shows: 'The list has 5,001 tokens; the explorer takes at most 5,000.',
      },
    },
  },
  {
    input: 'Share link: a count (`b=`, batch size; every count key reads the same way)',
    targets: [{ driver: { via: 'link', key: 'b' }, label: 'Batch size (b)', max: 1_000_000 }],
    cases: {
      empty: { shows: '{label} is not a number, got "".' },
      negative: { shows: '{label} must be a whole number from 1 to 1,000,000, got "-1".' },
      zero: { shows: '{label} must be a whole number from 1 to 1,000,000, got "0".' },
      fractional: { shows: '{label} must be a whole number from 1 to 1,000,000, got "2.5".' },
      huge: { shows: '{label} must be a whole number from 1 to 1,000,000, got "1e300".' },
      nonNumeric: { shows: '{label} is not a number, got "abc".' },
      overLong: {
        shows:
          '{label} must be a whole number from 1 to 1,000,000, got "9999999999999999999999999999999999999999…".',
      },
    },
  },
  {
    input:
      'Share link: a number from a list (`crc=`, the shortest context of "What can I run on this?")',
    targets: [
      { driver: { via: 'link', key: 'crc' }, label: 'What can I run: shortest context (crc)' },
    ],
    cases: {
      empty: { shows: '{label} must be one of 4096, 32768, 131072, got "".' },
      negative: { shows: '{label} must be one of 4096, 32768, 131072, got "-1".' },
      zero: { shows: '{label} must be one of 4096, 32768, 131072, got "0".' },
      fractional: { shows: '{label} must be one of 4096, 32768, 131072, got "2.5".' },
      huge: { shows: '{label} must be one of 4096, 32768, 131072, got "1e300".' },
      nonNumeric: { shows: '{label} must be one of 4096, 32768, 131072, got "abc".' },
      overLong: {
        shows:
          '{label} must be one of 4096, 32768, 131072, got "9999999999999999999999999999999999999999…".',
      },
    },
  },
  {
    input: 'Share link: a custom architecture field (`m.layers=`)',
    targets: [
      {
        driver: {
          via: 'link',
          key: 'm.layers',
          base: `m.name=M&${LLAMA_LINK.replace('m.layers=32&', '')}`,
        },
        label: 'Custom model: layers (m.layers)',
      },
    ],
    cases: {
      empty: { shows: '{label} is not a number, got "".' },
      negative: { shows: '{label} must be a whole number from 1 to 100,000, got "-1".' },
      zero: { shows: '{label} must be a whole number from 1 to 100,000, got "0".' },
      fractional: { shows: '{label} must be a whole number from 1 to 100,000, got "2.5".' },
      huge: { shows: '{label} must be a whole number from 1 to 100,000, got "1e300".' },
      nonNumeric: { shows: '{label} is not a number, got "abc".' },
      overLong: {
        shows:
          '{label} must be a whole number from 1 to 100,000, got "9999999999999999999999999999999999999999…".',
      },
    },
  },
  {
    input: "Share link: a custom GPU's compute (`g.peakFlops=`, FLOP/s; from 1e9)",
    targets: [
      {
        driver: { via: 'link', key: 'g.peakFlops', base: GPU_LINK },
        label: 'Custom GPU: peak FLOP/s (g.peakFlops)',
      },
    ],
    cases: {
      empty: { shows: '{label} is not a number, got "".' },
      negative: { shows: `{label} ${FLOPS_RULE}, got "-1".` },
      zero: { shows: `{label} ${FLOPS_RULE}, got "0".` },
      fractional: { shows: `{label} ${FLOPS_RULE}, got "2.5".` },
      huge: { shows: `{label} ${FLOPS_RULE}, got "1e300".` },
      nonNumeric: { shows: '{label} is not a number, got "abc".' },
      overLong: {
        shows: `{label} ${FLOPS_RULE}, got "9999999999999999999999999999999999999999…".`,
      },
    },
  },
  {
    input: 'Share link: a name (`m.name=`, `g.name=`)',
    targets: [
      {
        driver: { via: 'link', key: 'm.name', base: LLAMA_LINK },
        label: 'Custom model: name (m.name)',
      },
    ],
    cases: nameCases('{label} must not be empty, got "".'),
  },
  {
    input:
      'Share link: a size with a unit (`oh=`, runtime overhead; `g.memoryBytes=` alike, but above 0)',
    targets: [{ driver: { via: 'link', key: 'oh' }, label: 'Runtime overhead per GPU (oh)' }],
    cases: {
      empty: { shows: '{label} is not a number of bytes, got "".' },
      negative: {
        shows:
          '{label} must be a size from 0 to 1 PB, in bytes or with a unit such as 1.5GiB, got "-1".',
      },
      zero: { shows: null },
      fractional: { shows: null },
      huge: {
        shows:
          '{label} must be a size from 0 to 1 PB, in bytes or with a unit such as 1.5GiB, got "1e300".',
      },
      nonNumeric: {
        shows: '{label} has an unknown unit; use bytes or a GiB, MiB, GB or MB suffix, got "abc".',
      },
      overLong: {
        shows:
          '{label} must be a size from 0 to 1 PB, in bytes or with a unit such as 1.5GiB, got "9999999999999999999999999999999999999999…".',
      },
    },
  },
  {
    input: 'Share link: the whole query string (`?-1`, `?abc`, …)',
    targets: [{ driver: { via: 'link' } }],
    cases: {
      empty: { shows: null },
      negative: {
        shows: 'Unknown setting "-1" is not a setting this calculator knows; it was ignored.',
      },
      zero: {
        shows: 'Unknown setting "0" is not a setting this calculator knows; it was ignored.',
      },
      fractional: {
        shows: 'Unknown setting "2.5" is not a setting this calculator knows; it was ignored.',
      },
      huge: {
        shows: 'Unknown setting "1e300" is not a setting this calculator knows; it was ignored.',
      },
      nonNumeric: {
        shows: 'Unknown setting "abc" is not a setting this calculator knows; it was ignored.',
      },
      overLong: {
        shows:
          'Unknown setting "9999999999999999999999999999999999999999…" is not a setting this calculator knows; it was ignored.',
      },
    },
  },
  {
    input:
      'Hugging Face model id (checked before any request; an accepted id is then asked of the Hub)',
    targets: [{ driver: { via: 'hub-id' } }],
    cases: {
      empty: { shows: 'That is not a Hugging Face model id: the id is empty.' },
      negative: {
        shows: 'That is not a Hugging Face model id: "-1" cannot start or end with "-" or ".".',
      },
      zero: { shows: null },
      fractional: { shows: null },
      huge: { shows: null },
      nonNumeric: { shows: null },
      overLong: {
        shows: `That is not a Hugging Face model id: "${'9'.repeat(400)}" is longer than 96 characters.`,
      },
    },
  },
  {
    input: 'Pasted config.json: the whole text',
    targets: [{ driver: { via: 'config' } }],
    cases: {
      empty: { shows: 'That file is not valid JSON: the file is empty.' },
      negative: {
        shows: "That JSON is not a transformer's config.json: it is number, not a JSON object.",
      },
      zero: {
        shows: "That JSON is not a transformer's config.json: it is number, not a JSON object.",
      },
      fractional: {
        shows: "That JSON is not a transformer's config.json: it is number, not a JSON object.",
      },
      huge: {
        shows: "That JSON is not a transformer's config.json: it is number, not a JSON object.",
      },
      nonNumeric: {
        shows: `That file is not valid JSON: Unexpected token 'a', "abc" is not valid JSON.`,
      },
      overLong: {
        shows: "That JSON is not a transformer's config.json: it is number, not a JSON object.",
      },
    },
  },
  {
    input: 'Pasted config.json: a size field (`"num_hidden_layers": …`)',
    targets: [
      {
        driver: {
          via: 'config',
          template: (typed) => `${CONFIG_HEAD}"num_hidden_layers":${typed}}`,
        },
      },
    ],
    cases: {
      empty: {
        typed: '""',
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be a number.",
      },
      negative: {
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be at least 1, got -1.",
      },
      zero: {
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be at least 1, got 0.",
      },
      fractional: {
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be a whole number, got 2.5.",
      },
      huge: {
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be at most 9007199254740991, got 1e+300.",
      },
      nonNumeric: {
        typed: '"abc"',
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be a number.",
      },
      overLong: {
        shows:
          "The config's numbers cannot describe a real model: num_hidden_layers must be finite.",
      },
    },
  },
];
