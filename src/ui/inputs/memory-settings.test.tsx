import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemorySettings } from './memory-settings';
import { renderWithStore } from '../../test/render-with-store';
import { UnitSwitch } from './unit-switch';

const box = (name: string) => screen.getByRole('spinbutton', { name });
const says = (text: string) => expect.stringContaining(text);

async function enter(user: ReturnType<typeof renderWithStore>['user'], name: string, text: string) {
  await user.clear(box(name));
  await user.type(box(name), text);
}

describe('MemorySettings messages', () => {
  it('says what is wrong with the safety margin in %', async () => {
    const { user, scenario } = renderWithStore(<MemorySettings isInference={false} />);
    expect(box('Safety margin')).toHaveAccessibleDescription(
      says('Share of each GPU kept free, 0 to 90 % (the engine stores 0 to 0.9).'),
    );
    await enter(user, 'Safety margin', '95');
    expect(scenario().safetyMargin).toBe(0.95);
    expect(box('Safety margin')).toHaveAttribute('aria-invalid', 'true');
    expect(box('Safety margin')).toHaveAccessibleDescription(
      says('Safety margin must be from 0 to 90 %, got 95 %'),
    );
    await enter(user, 'Safety margin', '90');
    expect(box('Safety margin')).not.toHaveAttribute('aria-invalid');
  });

  it('never rounds a value over the limit to the limit itself', async () => {
    const { user } = renderWithStore(<MemorySettings isInference={false} />);
    await enter(user, 'Safety margin', '90.001');
    expect(box('Safety margin')).toHaveAccessibleDescription(
      says('Safety margin must be from 0 to 90 %, got more than 90 %'),
    );
    await enter(user, 'Utilisation', '0.9999');
    expect(box('Utilisation')).toHaveAccessibleDescription(
      says('Utilisation must be from 1 to 100 %, got less than 1 %'),
    );
  });

  it('says the utilisation range in %, and leaves out a value too long to print', async () => {
    const { user } = renderWithStore(<MemorySettings isInference={false} />);
    await enter(user, 'Utilisation', '0.5');
    expect(box('Utilisation')).toHaveAccessibleDescription(
      says('Utilisation must be from 1 to 100 %, got 0.5 %'),
    );
    await enter(user, 'Utilisation', '1e300');
    expect(box('Utilisation')).toHaveAccessibleDescription(
      says('Utilisation must be from 1 to 100 %'),
    );
    expect(document.body).not.toHaveTextContent(/got|0{20}|NaN|Infinity/);
  });

  it('says what is wrong with the overhead in GB, and in GiB after the unit switch', async () => {
    const { user, scenario } = renderWithStore(
      <>
        <UnitSwitch />
        <MemorySettings isInference={false} />
      </>,
      {},
      { unit: 'GB' },
    );
    await enter(user, 'Runtime overhead per GPU', '-1');
    expect(scenario().overheadBytes).toBe(-1e9);
    expect(box('Runtime overhead per GPU')).toHaveAccessibleDescription(
      says('Runtime overhead per GPU must be from 0 to 1,000,000 GB, got -1 GB'),
    );
    await user.click(screen.getByRole('radio', { name: 'GiB' }));
    expect(box('Runtime overhead per GPU')).toHaveAccessibleDescription(
      says('Runtime overhead per GPU must be from 0 to 931,323 GiB, got -0.931 GiB'),
    );
    await enter(user, 'Runtime overhead per GPU', '-1');
    expect(scenario().overheadBytes).toBe(-(2 ** 30));
    expect(box('Runtime overhead per GPU')).toHaveAccessibleDescription(
      says('Runtime overhead per GPU must be from 0 to 931,323 GiB, got -1 GiB'),
    );
  });
});

describe('MemorySettings KV-cache dtype', () => {
  const kvSelect = () => screen.getByRole('combobox', { name: 'KV-cache dtype' });
  const option = (name: RegExp) => screen.getByRole('option', { name });

  it('lists every type, greys out what vLLM does not offer and says who does', () => {
    renderWithStore(<MemorySettings isInference />, { mode: 'inference', engine: 'vllm' });
    expect(option(/^fp8 e4m3: 8 bits an element \+ 8 bytes of scales a layer$/)).toBeEnabled();
    expect(option(/^fp8 e5m2:/)).toBeEnabled();
    expect(
      option(/^q8_0 \(llama\.cpp\): 8\.5 bits an element \(not in vLLM; llama\.cpp\)$/),
    ).toBeDisabled();
    expect(option(/^q4_0 \(llama\.cpp\): 4\.5 bits an element/)).toBeDisabled();
    expect(kvSelect()).toHaveAccessibleDescription(
      says('Types vLLM does not offer are greyed out.'),
    );
  });

  it('under llama.cpp offers q8_0 and q4_0, greys out fp8, and says a quantized V cache needs flash attention', async () => {
    const { user, scenario } = renderWithStore(<MemorySettings isInference />, {
      mode: 'inference',
      engine: 'llamacpp',
    });
    expect(option(/^fp8 e4m3:.*\(not in llama\.cpp; vLLM, SGLang, TensorRT-LLM\)$/)).toBeDisabled();
    expect(kvSelect()).toHaveAccessibleDescription(
      says('A quantized V cache needs flash attention (-fa on).'),
    );
    await user.selectOptions(kvSelect(), 'q4_0');
    expect(scenario().kvDtype).toBe('q4_0');
  });

  it('a link that names a type the engine lacks shows the message on the select', () => {
    renderWithStore(<MemorySettings isInference />, {
      mode: 'inference',
      engine: 'trtllm',
      kvDtype: 'fp8-e5m2',
    });
    expect(kvSelect()).toHaveAttribute('aria-invalid', 'true');
    expect(kvSelect()).toHaveAccessibleDescription(
      says('TensorRT-LLM has no fp8 e5m2 KV cache (vLLM, SGLang have it)'),
    );
  });
});
