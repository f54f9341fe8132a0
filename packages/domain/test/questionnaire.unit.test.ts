import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleSet } from '../src/contracts/index.js';
import {
  askedQuestions,
  decodeAnswers,
  encodeAnswers,
  nextUnanswered,
  profileFromAnswers,
  type Answers,
} from '../src/quickcheck/questions/index.js';
import { evaluate, ruleSetForYear } from '../src/quickcheck/rules/index.js';
import { shippedRuleSets } from './shipped-rule-sets.js';
import { quickcheckCases } from './quickcheck-cases.js';

const ruleSets = shippedRuleSets();
const cases = quickcheckCases();

/** Walks the questionnaire as a person would, answering each question it asks from the case. */
function walk(profile: Record<string, unknown>, ruleSet: RuleSet): { answers: Answers; asked: string[] } {
  const answers: Record<string, unknown> = {};
  const asked: string[] = [];
  for (let question = nextUnanswered(answers, ruleSet); question; question = nextUnanswered(answers, ruleSet)) {
    asked.push(question.id);
    answers[question.id] = profile[question.id];
  }
  return { answers: answers as Answers, asked };
}

describe('questionnaire', () => {
  for (const { name, profile, expect } of cases) {
    it(`asking only what matters still finds the right pathways: ${name}`, () => {
      const ruleSet = ruleSetForYear(ruleSets, profile.year ?? 2026)!;
      const { answers } = walk(profile, ruleSet);
      const result = evaluate(profileFromAnswers(answers, ruleSet, { year: profile.year }), ruleSet);
      assert.deepEqual(result.pathways.map((p) => p.id).sort(), [...expect.pathways].sort());
    });
  }

  it('is done after one question for an EU citizen', () => {
    const ruleSet = ruleSetForYear(ruleSets, 2026)!;
    assert.deepEqual(walk({ citizenship: 'PL' }, ruleSet).asked, ['citizenship']);
  });

  it('asks the salary only with a job offer', () => {
    const ruleSet = ruleSetForYear(ruleSets, 2026)!;
    const ids = (answers: Answers) => askedQuestions(answers, ruleSet).map((q) => q.id);
    assert.ok(ids({ citizenship: 'IN', jobOffer: true }).includes('annualSalaryEur'));
    assert.ok(!ids({ citizenship: 'IN', jobOffer: false }).includes('annualSalaryEur'));
  });

  it('keeps answers to questions no longer asked out of the profile', () => {
    const ruleSet = ruleSetForYear(ruleSets, 2026)!;
    const profile = profileFromAnswers({ citizenship: 'IN', jobOffer: false, annualSalaryEur: 90_000 }, ruleSet);
    assert.equal(profile.annualSalaryEur, null);
  });

  it('restores answers from a deep link and drops what it cannot trust', () => {
    const answers: Answers = {
      citizenship: 'VN',
      jobOffer: true,
      annualSalaryEur: 40_000,
      qualification: 'vocational',
    };
    assert.deepEqual(decodeAnswers(`#${encodeAnswers(answers)}`), answers);
    assert.deepEqual(decodeAnswers('#quickcheck=citizenship.ZZ~age.-4~jobOffer.yes~qualification.academic~evil.1'), {
      qualification: 'academic',
    });
    assert.equal(decodeAnswers('#faq-12'), undefined);
  });
});
