import { describe, expect, it } from 'vitest';
import { edgeCaseNotes } from './edge-cases';

const notes = (temperature: number, topK: number, topP: number, size = 60) =>
  edgeCaseNotes({ temperature, topK, topP }, size, 'Paris');

describe('edgeCaseNotes', () => {
  it('says nothing when no special case applies', () => {
    expect(notes(0.8, 36, 0.7)).toEqual([]);
    expect(notes(0.05, 2, 0.01)).toEqual([]);
  });

  it('T = 0 is greedy, and T below 0.05 is close to it', () => {
    expect(notes(0, 36, 0.7)).toEqual([
      'T = 0 is greedy decoding: all the probability goes to the top token, “Paris”, whatever K and P.',
    ]);
    expect(notes(0.04, 36, 0.7)).toEqual([
      'T = 0.04 is close to 0: nearly all the probability goes to the top token, “Paris”; as T → 0, sampling becomes greedy.',
    ]);
  });

  it('K = 1 is greedy whatever T; P = 0 keeps only the top token', () => {
    expect(notes(2, 1, 0.7)).toEqual([
      'K = 1 keeps only the top token, “Paris”: greedy whatever the temperature.',
    ]);
    expect(notes(1, 36, 0)).toEqual(['P = 0 keeps only the top token, “Paris”: greedy.']);
  });

  it('P = 1 keeps all K, or the whole list when K is larger', () => {
    expect(notes(1, 36, 1)).toEqual([
      'P = 1 keeps all K = 36 tokens that top-k kept: top-p removes nothing.',
    ]);
    expect(notes(1, 80, 1)).toEqual([
      'P = 1 keeps every token top-k kept: all 60 of the list, so top-p removes nothing.',
    ]);
  });

  it('lists every case that applies at once', () => {
    expect(notes(0, 1, 0)).toHaveLength(3);
  });
});
