import { describe, expect, it } from 'vitest';
import { BAD_INPUT_KINDS, DEFAULT_TYPED, messageFor, type BadInputTarget } from './catalogue';
import { BAD_INPUT_ROWS } from './catalogue-rows';
import { openInput } from './exercise-input';
import { NOT_STORED } from './row-helpers';

const targetName = (target: BadInputTarget): string =>
  target.label ?? (target.driver.via === 'box' ? target.driver.box : target.driver.via);

describe.each(BAD_INPUT_ROWS)('bad input: $input', (row) => {
  it.each(row.targets.map((target) => [targetName(target), target] as const))(
    '%s',
    (_name, target) => {
      const enter = openInput(target.driver);
      for (const kind of BAD_INPUT_KINDS) {
        const { typed = DEFAULT_TYPED[kind], shows } = row.cases[kind];
        const outcome = enter(typed);
        const context = `${kind}: ${JSON.stringify(typed.slice(0, 40))}`;
        if (shows === null) expect(outcome.message, context).toBeNull();
        else expect(outcome.message, context).toContain(messageFor(shows, target));
        // Never NaN or Infinity, never a blank region, never a silently changed value.
        expect(outcome.pageText, context).not.toMatch(/NaN|Infinity/);
        const isCommitted = shows !== null && !NOT_STORED.includes(shows);
        if (target.driver.via === 'box' && target.driver.region !== 'sampling' && isCommitted) {
          // A value the store took but the engine rejects replaces the estimate with the reason.
          expect(outcome.pageText, context).toMatch(
            /Fix (this input|these inputs) to see an estimate/,
          );
        }
        if (outcome.shown !== undefined) {
          expect(outcome.pageText.trim(), context).not.toBe('');
          expect([typed, ''], context).toContain(outcome.shown);
          if (outcome.shown !== typed) expect(outcome.message, context).not.toBeNull();
        }
      }
    },
  );
});
