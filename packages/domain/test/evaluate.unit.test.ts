import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QuickcheckProfile, type RuleSet } from '../src/contracts/index.js';
import { evaluate, ruleSetForYear } from '../src/quickcheck/rules/index.js';
import { shippedRuleSets } from './shipped-rule-sets.js';
import { quickcheckCases } from './quickcheck-cases.js';

const ruleSets = shippedRuleSets();
const ruleSet = (year: number): RuleSet => {
  const set = ruleSetForYear(ruleSets, year);
  assert.ok(set, `a rule set for ${year}`);
  return set;
};
const cases = quickcheckCases();
const base = cases.find((c) => c.name.startsWith('Indian economist'))!.profile;

describe('evaluate: the domain cases', () => {
  for (const { name, profile, expect } of cases) {
    it(name, () => {
      assert.ok(QuickcheckProfile.safeParse(profile).success, 'the case is a valid profile');
      const result = evaluate(profile, ruleSet(profile.year ?? 2026));
      assert.deepEqual(result.pathways.map((p) => p.id).sort(), [...expect.pathways].sort());
      assert.equal(result.opportunityCardPoints, expect.opportunityCardPoints);
      const withAge = result.pathways
        .filter((p) => p.conditions.some((c) => c.code === 'age-45-salary'))
        .map((p) => p.id);
      assert.deepEqual(withAge.sort(), [...expect.withAgeCondition].sort());
    });
  }
});

describe('evaluate: figures come from the year', () => {
  it('the same salary is a Blue Card in 2025 and not in 2026', () => {
    const profile = { ...base, annualSalaryEur: 49_000 };
    assert.ok(evaluate(profile, ruleSet(2025)).pathways.some((p) => p.id === 'blue-card'));
    assert.ok(!evaluate(profile, ruleSet(2026)).pathways.some((p) => p.id === 'blue-card'));
  });

  it('editing the data changes the threshold used, with no code change', () => {
    const edited: RuleSet = structuredClone(ruleSet(2026));
    edited.figures.blueCardStandardSalaryEur = 60_000;
    assert.ok(!evaluate(base, edited).pathways.some((p) => p.id === 'blue-card'));
    const reason = evaluate({ ...base, annualSalaryEur: 61_000 }, edited).pathways[0]!.reasons.find(
      (r) => r.code === 'salary-standard',
    );
    assert.equal(reason?.values?.threshold, 60_000);
  });

  it('reports the rule set version and its validity', () => {
    const result = evaluate(base, ruleSet(2025));
    assert.equal(result.ruleSetVersion, '2025-01');
    assert.equal(result.validFrom, '2025-01-01');
    assert.equal(result.validUntil, '2025-12-31');
  });
});

describe('evaluate: details a person relies on', () => {
  it('lists the age-45 salary line for a 50-year-old without pension proof, with the year’s figure', () => {
    const result = evaluate({ ...base, age: 50, annualSalaryEur: 48_000 }, ruleSet(2026));
    const academic = result.pathways.find((p) => p.id === 'skilled-worker-academic');
    assert.deepEqual(academic?.conditions.find((c) => c.code === 'age-45-salary')?.values, {
      age: 45,
      threshold: 55_770,
      shortfall: 7_770, // 48,000 € offered: how far below the line
    });
    const experience = result.pathways.find((p) => p.id === 'experience-based');
    assert.ok(
      experience && !experience.conditions.some((c) => c.code === 'age-45-salary'),
      '§ 19c (2) has no age line',
    );
  });

  it('drops the age line when pension provision is proven', () => {
    const result = evaluate({ ...base, age: 50, pensionProof: true }, ruleSet(2026));
    assert.ok(result.pathways.every((p) => !p.conditions.some((c) => c.code === 'age-45-salary')));
  });

  it('uses the lower Blue Card line for a degree less than three years old', () => {
    const recent = { ...base, annualSalaryEur: 46_000, degreeYearsAgo: 2 };
    assert.ok(evaluate(recent, ruleSet(2026)).pathways.some((p) => p.id === 'blue-card'));
    assert.ok(!evaluate({ ...recent, degreeYearsAgo: 3 }, ruleSet(2026)).pathways.some((p) => p.id === 'blue-card'));
  });

  it('breaks the points down so that they add up', () => {
    const result = evaluate(cases.find((c) => c.name.startsWith('Nurse with partial'))!.profile, ruleSet(2026));
    assert.equal(
      result.opportunityCardBreakdown.reduce((sum, line) => sum + line.points, 0),
      result.opportunityCardPoints,
    );
    assert.deepEqual(
      result.opportunityCardBreakdown.map((l) => l.criterion),
      ['partialRecognition', 'experience2of5', 'shortageOccupation', 'germanB1', 'ageUnder35'],
    );
  });

  it('gives employers the accelerated procedure with its fee, and workers the visa step', () => {
    const employer = evaluate({ ...base, audience: 'employer' }, ruleSet(2026));
    assert.deepEqual(employer.pathways[0]!.nextSteps[0], { code: 'accelerated-procedure', values: { fee: 411 } });
    assert.deepEqual(evaluate(base, ruleSet(2026)).pathways[0]!.nextSteps, [{ code: 'visa-application' }]);
  });

  it('orders pathways from the most direct route into work', () => {
    assert.deepEqual(
      evaluate(base, ruleSet(2026)).pathways.map((p) => p.id),
      ['blue-card', 'skilled-worker-academic', 'experience-based'],
    );
  });

  it('turns “nothing fits” into next steps', () => {
    const nobody = cases.find((c) => c.name.startsWith('Nobody fits'))!.profile;
    const codes = evaluate(nobody, ruleSet(2026)).nextSteps.map((s) => s.code);
    assert.deepEqual(codes, ['gain-qualification', 'find-job-offer', 'learn-german', 'consultation']);
  });
});
