import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGE_LEVELS, QUALIFICATIONS, RECOGNITION_STATES } from '../src/contracts/index.js';
import { nextUnanswered, stepOf, type Answers, type QuestionId } from '../src/quickcheck/questions/index.js';
import { ruleSetForYear } from '../src/quickcheck/rules/index.js';
import { shippedRuleSets } from './shipped-rule-sets.js';

const ruleSet = ruleSetForYear(shippedRuleSets(), 2026)!;
const { blueCardLowerSalaryEur: lower, blueCardStandardSalaryEur: standard } = ruleSet.figures;
const { experienceBasedSalaryEur: experienceLine } = ruleSet.figures;

/**
 * Every answer that can change which questions follow (salaries in each band between the lines,
 * ages either side of 45, …); answers that change nothing downstream get one value.
 */
const CHOICES: Record<QuestionId, readonly unknown[]> = {
  citizenship: ['PL', 'IN', 'RS', 'US'],
  jobOffer: [true, false],
  annualSalaryEur: [20_000, (experienceLine + lower) / 2, (lower + standard) / 2, standard + 1_000],
  qualification: QUALIFICATIONS,
  recognition: RECOGNITION_STATES,
  stateRecognisedAbroad: [true, false],
  degreeYearsAgo: [1, 5],
  itSpecialist: [true, false],
  shortageOccupation: [true, false],
  experienceYearsLast7: [0, 3, 6],
  experienceYearsLast5: [2],
  collectiveAgreement: [true, false],
  germanLevel: [LANGUAGE_LEVELS[0], 'B2'],
  englishLevel: ['C1'],
  age: [30, 50],
  pensionProof: [true, false],
  priorStayMonthsLast5: [0],
  spouseEligible: [false],
  fundsSecured: [true, false],
};

/** Walks every path through the questionnaire, calling `visit` with the progress shown at each step. */
function everyPath(visit: (shown: number[]) => void, answers: Answers = {}, shown: number[] = []): number {
  const question = nextUnanswered(answers, ruleSet);
  if (!question) {
    visit(shown);
    return 1;
  }
  const here = [...shown, stepOf(question.id, answers, ruleSet)];
  let paths = 0;
  for (const value of CHOICES[question.id]) {
    paths += everyPath(visit, { ...answers, [question.id]: value } as Answers, here);
  }
  return paths;
}

describe('progress', () => {
  it('never goes back while a person moves forward, on every path', () => {
    const paths = everyPath((shown) => {
      for (let i = 1; i < shown.length; i++) {
        assert.ok(shown[i]! > shown[i - 1]!, `progress ${shown.join(', ')} goes back at step ${i + 1}`);
      }
    });
    assert.ok(paths > 1_000, `walked ${paths} paths`);
  });
});
