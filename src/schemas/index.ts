// The public schemas, written once and shared by the importer, the content
// collections, the open-data export and the tests.
export * from './common.ts';
export * from './certificate.ts';
export * from './product.ts';
export * from './producer.ts';
export * from './point.ts';
export * from './event.ts';
export * from './story.ts';
export * from './meta.ts';
