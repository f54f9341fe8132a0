import * as z from 'zod/mini';
import { COUNTRY_CODES } from './countries.js';
import { SUPPORTED_LOCALES } from './locales.js';
import { AUDIENCES, LANGUAGE_LEVELS, PATHWAY_IDS, QUALIFICATIONS, RECOGNITION_STATES } from './quickcheck-values.js';

const years = (max: number) => z.number().check(z.minimum(0), z.maximum(max));
const MAX_SALARY_EUR = 10_000_000;

/**
 * What the rules read: the answers of the questionnaire (see domain/skilled-immigration-rules.md).
 * Strict: a misspelt field is an error, not silently a default answer.
 */
export const QuickcheckProfile = z
  .strictObject({
    citizenship: z.enum(COUNTRY_CODES),
    qualification: z.enum(QUALIFICATIONS),
    recognition: z.enum(RECOGNITION_STATES),
    stateRecognisedAbroad: z.boolean(),
    degreeYearsAgo: z.nullable(years(80)),
    itSpecialist: z.boolean(),
    shortageOccupation: z.boolean(),
    experienceYearsLast5: years(5),
    experienceYearsLast7: years(7),
    jobOffer: z.boolean(),
    annualSalaryEur: z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_SALARY_EUR))),
    collectiveAgreement: z.boolean(),
    germanLevel: z.enum(LANGUAGE_LEVELS),
    englishLevel: z.enum(LANGUAGE_LEVELS),
    age: z.int().check(z.minimum(14), z.maximum(100)),
    priorStayMonthsLast5: z.int().check(z.minimum(0), z.maximum(60)),
    spouseEligible: z.boolean(),
    fundsSecured: z.boolean(),
    pensionProof: z.boolean(),
    year: z.optional(z.int().check(z.minimum(2000), z.maximum(2100))),
    /** Employers get next steps of their own (accelerated procedure, declaration); the pathways are the same. */
    audience: z.optional(z.enum(AUDIENCES)),
  })
  .check(
    z.refine((p) => p.experienceYearsLast5 <= p.experienceYearsLast7, {
      path: ['experienceYearsLast5'],
      message: 'Experience in the last 5 years cannot exceed experience in the last 7 years.',
    }),
  );
export type QuickcheckProfile = z.infer<typeof QuickcheckProfile>;

/** A reason, condition or next step: a stable code the widget translates, with the figures it names. */
export const QuickcheckNote = z.object({
  code: z.string(),
  values: z.optional(z.record(z.string(), z.union([z.number(), z.string()]))),
});
export type QuickcheckNote = z.infer<typeof QuickcheckNote>;

export const QuickcheckPathway = z.object({
  id: z.enum(PATHWAY_IDS),
  basis: z.string(),
  reasons: z.array(QuickcheckNote),
  conditions: z.array(QuickcheckNote),
  nextSteps: z.array(QuickcheckNote),
});
export type QuickcheckPathway = z.infer<typeof QuickcheckPathway>;

export const PointsLine = z.object({ criterion: z.string(), points: z.number() });
export type PointsLine = z.infer<typeof PointsLine>;

/**
 * A pathway that does not fit, but only just: every requirement holds except one figure (salary or
 * points) that misses by a little. `missing` says which and by how much (values carry the figures).
 */
export const QuickcheckNearMiss = z.object({
  id: z.enum(PATHWAY_IDS),
  missing: z.array(QuickcheckNote),
});
export type QuickcheckNearMiss = z.infer<typeof QuickcheckNearMiss>;

export const QuickcheckResult = z.object({
  pathways: z.array(QuickcheckPathway),
  /** Pathways missed narrowly, with what is missing and by how much. */
  nearMisses: z.array(QuickcheckNearMiss),
  /** What the opportunity card still needs when it is not among the pathways (empty when it is, or for EU citizens). */
  opportunityCardMissing: z.array(QuickcheckNote),
  /** Null for EU/EEA/CH citizens, who need no opportunity card. */
  opportunityCardPoints: z.nullable(z.number()),
  opportunityCardBreakdown: z.array(PointsLine),
  opportunityCardThreshold: z.number(),
  /** What to do when nothing fits yet, or in addition to the pathways. */
  nextSteps: z.array(QuickcheckNote),
  ruleSetVersion: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  year: z.number(),
});
export type QuickcheckResult = z.infer<typeof QuickcheckResult>;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const euros = z.number().check(z.minimum(0));

/**
 * One year's figures and lists. Lives as a JSON file per year (packages/domain/rule-sets/):
 * next year's thresholds are an edit of data, never of code.
 */
export const RuleSet = z.object({
  version: z.string().check(z.minLength(1)),
  validFrom: isoDate,
  validUntil: isoDate,
  figures: z.object({
    contributionCeilingEur: euros,
    blueCardStandardSalaryEur: euros,
    blueCardLowerSalaryEur: euros,
    experienceBasedSalaryEur: euros,
    age45SalaryEur: euros,
    westernBalkansQuota: z.int(),
    acceleratedProcedureFeeEur: euros,
    opportunityCardMonthlyFundsEur: euros,
  }),
  limits: z.object({
    ageRuleFrom: z.int(),
    blueCardRecentDegreeYears: z.number(),
    itExperienceYearsLast7: z.number(),
    experienceBasedYearsLast5: z.number(),
    recognitionPartnershipGerman: z.enum(LANGUAGE_LEVELS),
    opportunityCardGerman: z.enum(LANGUAGE_LEVELS),
    opportunityCardEnglish: z.enum(LANGUAGE_LEVELS),
  }),
  countries: z.object({
    freeMovement: z.array(z.enum(COUNTRY_CODES)),
    privilegedNationals: z.array(z.enum(COUNTRY_CODES)),
    westernBalkans: z.array(z.enum(COUNTRY_CODES)),
  }),
  basis: z.record(z.enum(PATHWAY_IDS), z.string()),
  opportunityCardPoints: z.object({
    threshold: z.number(),
    partialRecognition: z.number(),
    experience5of7: z.number(),
    experience2of5: z.number(),
    shortageOccupation: z.number(),
    germanB2: z.number(),
    germanB1: z.number(),
    germanA2: z.number(),
    englishC1: z.number(),
    ageUnder35: z.number(),
    ageUnder40: z.number(),
    priorStay6Months: z.number(),
    spouseEligible: z.number(),
  }),
  sources: z.array(z.string()),
});
export type RuleSet = z.infer<typeof RuleSet>;

/** `GET /api/v1/quickcheck`: the rule sets the widget evaluates with, in the browser. */
export const QuickcheckDefinition = z.object({
  audience: z.enum(AUDIENCES),
  language: z.enum(SUPPORTED_LOCALES),
  /** The rule set valid today; the widget evaluates with it. */
  current: RuleSet,
  /** All known years, for `profile.year`. */
  ruleSets: z.array(RuleSet),
  questions: z.array(z.object({ id: z.string(), kind: z.string(), options: z.optional(z.array(z.string())) })),
});
export type QuickcheckDefinition = z.infer<typeof QuickcheckDefinition>;
