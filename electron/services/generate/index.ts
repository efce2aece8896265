// The workspace generator: seeded, realistic deals for demos, tests and benchmarks.
export { DEFAULT_GENERATE_AS_OF, DEFAULT_GENERATE_SEED, generateDeal, generateDeals, type GenerateOptions } from './generate-deals';
export { DealFileExistsError, writeGeneratedWorkspace } from './write-generated-workspace';
export { seededRandom, type Random } from './seeded-random';
export { BUYING_CENTER_SIZES } from './generate-buying-center';
