import { describe, expect, it } from 'vitest';
import { budgetGiven } from '../../src/cli/tiering.js';

// The CLI sets V8's interrupt budget for its process unless the user gave one (src/cli/tiering.ts).
describe('budgetGiven: a budget the user set is left alone', () => {
  const cases: Array<[string, string[], string | undefined, boolean]> = [
    ['nothing given', [], undefined, false],
    ['empty NODE_OPTIONS', [], '', false],
    ['other node flags', ['--enable-source-maps', '--max-old-space-size=4096'], '--trace-warnings', false],
    ['a flag that only contains the words', ['--my-interrupt-budget=1'], undefined, false],
    ['another V8 budget flag', ['--budget-for-feedback-vector-allocation=10'], undefined, false],
    ['node --interrupt-budget=N', ['--interrupt-budget=100000'], undefined, true],
    ['node --interrupt_budget=N', ['--interrupt_budget=100000'], undefined, true],
    ['node --interrupt-budget N', ['--interrupt-budget', '100000'], undefined, true],
    ['in NODE_OPTIONS, among others', [], '--trace-warnings --interrupt-budget=100000', true],
  ];
  it.each(cases)('%s', (_name, execArgv, nodeOptions, expected) => {
    expect(budgetGiven(execArgv, nodeOptions)).toBe(expected);
  });
});
