import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuickcheckProfile, QuickcheckResult } from '../src/contracts/index.js';
import { evaluate, ruleSetForYear } from '../src/quickcheck/rules/index.js';
import { shippedRuleSets } from './shipped-rule-sets.js';
import { quickcheckCases } from './quickcheck-cases.js';

const ruleSet2026 = ruleSetForYear(shippedRuleSets(), 2026)!;
const cases = quickcheckCases();
const economist = cases.find((c) => c.name.startsWith('Indian economist'))!.profile;
const seeker = cases.find((c) => c.name.startsWith('Job seeker with 5 points'))!.profile;
const nurse = cases.find((c) => c.name.startsWith('Vietnamese nurse'))!.profile;
const run = (profile: QuickcheckProfile) => evaluate({ ...profile, year: 2026 }, ruleSet2026);
const missOf = (result: QuickcheckResult, id: string) => result.nearMisses.find((miss) => miss.id === id);

describe('near misses: what is missing and by how much', () => {
  it('an Indian graduate offered 50,000 € misses the 2026 Blue Card by 700 €', () => {
    const result = run({ ...economist, annualSalaryEur: 50_000 });
    assert.ok(!result.pathways.some((p) => p.id === 'blue-card'));
    const miss = missOf(result, 'blue-card');
    assert.deepEqual(miss?.missing[0], {
      code: 'salary-short',
      values: { shortfall: 700, threshold: 50_700, year: 2026 },
    });
    // Between the two lines: the lower one (shortage occupations, recent degrees) is named too.
    assert.equal(miss?.missing[1]?.code, 'lower-line-would-apply');
  });

  it('in a shortage occupation the lower line is the one missed', () => {
    const result = run({ ...economist, shortageOccupation: true, annualSalaryEur: 45_000 });
    assert.deepEqual(missOf(result, 'blue-card')?.missing, [
      { code: 'salary-short-shortage', values: { shortfall: 934.2, threshold: 45_934.2, year: 2026 } },
    ]);
  });

  it('far below the line is no near miss, nor is a pathway that fits', () => {
    assert.equal(missOf(run({ ...economist, annualSalaryEur: 40_000 }), 'blue-card'), undefined);
    assert.equal(missOf(run(economist), 'blue-card'), undefined);
  });

  it('the experience-based line names the shortfall and the collective agreement', () => {
    const tunisian = cases.find((c) => c.name.startsWith('Tunisian'))!.profile;
    const result = run({ ...tunisian, annualSalaryEur: 44_000, collectiveAgreement: false });
    assert.deepEqual(
      missOf(result, 'experience-based')?.missing.map((n) => n.code),
      ['salary-short', 'or-collective-agreement'],
    );
    assert.equal(missOf(result, 'experience-based')?.missing[0]?.values?.shortfall, 1_630);
  });

  it('one point short of the opportunity card, with everything else in place', () => {
    const result = run(seeker);
    assert.deepEqual(missOf(result, 'opportunity-card')?.missing, [
      { code: 'points-short', values: { missing: 1, points: 5, threshold: 6 } },
    ]);
  });

  it('age 45 and over: the salary condition says by how much it is missed', () => {
    const result = run({ ...economist, age: 50, pensionProof: false, annualSalaryEur: 52_000 });
    const condition = result.pathways
      .find((p) => p.id === 'skilled-worker-academic')!
      .conditions.find((c) => c.code === 'age-45-salary');
    assert.equal(condition?.values?.shortfall, 3_770);
  });
});

describe('opportunity card: the points and the pathway agree', () => {
  it('enough points but no card: the result says what else is missing', () => {
    const result = run(nurse); // 7 points, job offer, funds not asked
    assert.ok(result.opportunityCardPoints! >= result.opportunityCardThreshold);
    assert.ok(!result.pathways.some((p) => p.id === 'opportunity-card'));
    assert.deepEqual(
      result.opportunityCardMissing.map((n) => n.code),
      ['card-funds'],
    );
  });

  it('exactly 6 points qualify when the rest holds', () => {
    const six = { ...seeker, age: 30 }; // 5 + 1 for being under 35 instead of under 40
    const result = run(six);
    assert.equal(result.opportunityCardPoints, 6);
    assert.ok(result.pathways.some((p) => p.id === 'opportunity-card'));
    assert.deepEqual(result.opportunityCardMissing, []);
  });

  it('names every gap: qualification, language, points and funds', () => {
    const nobody = cases.find((c) => c.name.startsWith('Nobody fits'))!.profile;
    const result = run({ ...nobody, englishLevel: 'A2' });
    assert.deepEqual(
      result.opportunityCardMissing.map((n) => n.code),
      ['card-qualification', 'card-language', 'card-points', 'card-funds'],
    );
  });
});
