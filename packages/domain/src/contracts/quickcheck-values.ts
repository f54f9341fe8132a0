// The quickcheck contract's plain values, without zod: the widget imports these, and a module
// that builds zod schemas would bring zod into its bundle (ADR 0019).

/** Pathway ids are public: tests, events, content and consultation topics refer to them. */
export const PATHWAY_IDS = [
  'free-movement',
  'blue-card',
  'skilled-worker-academic',
  'skilled-worker-vocational',
  'experience-based',
  'privileged-nationals',
  'western-balkans',
  'recognition-measures',
  'opportunity-card',
] as const;
export type PathwayId = (typeof PATHWAY_IDS)[number];

export const QUALIFICATIONS = ['none', 'vocational', 'academic'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];
export const RECOGNITION_STATES = ['german', 'full', 'partial', 'none', 'unknown'] as const;
export type RecognitionState = (typeof RECOGNITION_STATES)[number];
export const LANGUAGE_LEVELS = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const AUDIENCES = ['worker', 'employer'] as const;
export type Audience = (typeof AUDIENCES)[number];
