import { describe, expect, it } from 'vitest';
import { countParameters } from '../domain/parameters';
import { MODERN_CONFIG_ROWS } from '../test/modern-config-rows';
import { fixtureText } from './fixtures/fixture-text';
import { importConfigText } from './import-config';
import { shownAs } from '../test/shown-as';

describe('the 2025–2026 families give their published parameter counts', () => {
  it.each(MODERN_CONFIG_ROWS)('$file → $published ($source)', (row) => {
    const imported = importConfigText(fixtureText(row.file), row.file);
    const counts = countParameters(imported.model);
    expect(imported.family).toBe(row.family);
    expect(imported.model).toMatchObject(row.shape);
    const beyond = row.beyondTotal?.count(counts.mtp, counts.embeddings + counts.head) ?? 0;
    expect(counts.total + beyond).toBe(row.published);
    if (row.active) {
      const active = counts.active - (row.active.excludes === 'embeddings' ? counts.embeddings : 0);
      expect(shownAs(active / 1e9, row.active.billions)).toBe(true);
    }
  });

  it('Kimi-K2 rounds to the card\'s "1T total, 32B activated" and is within 0.000001% of the listed HF total', () => {
    // Model card: "Total Parameters 1T | Activated Parameters 32B"; third-party HF total
    // 1,026,408,235,864 (kvfit registry). The 3,416 parameters between them are a tensor this
    // mapping does not know; see src/hub/fixtures/SOURCES.md.
    const counts = countParameters(
      importConfigText(fixtureText('moonshotai_Kimi-K2-Instruct'), 'k2').model,
    );
    expect(Math.round(counts.total / 1e12)).toBe(1);
    expect(shownAs(counts.active / 1e9, 32)).toBe(true);
    expect(Math.abs(counts.total - 1_026_408_235_864) / 1_026_408_235_864).toBeLessThan(1e-8);
  });

  it('DeepSeek-V3 keeps its multi-token-prediction layer beside the 671B model', () => {
    const counts = countParameters(
      importConfigText(fixtureText('deepseek-ai_DeepSeek-R1'), 'r1').model,
    );
    // README_WEIGHTS.md: "Total parameters: 671B"; MTP "11.5B unique parameters".
    expect(counts.total).toBe(671_026_419_200);
    expect(Math.abs(counts.mtp / 1e9 - 11.5)).toBeLessThan(0.15);
  });
});
