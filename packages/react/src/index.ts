// The package entry; the components and types are generated from the manifest (scripts/generate-frameworks.ts).
export * from './generated/index.js';
