/**
 * The site's transformer maths in one import: `import { softmax } from '@/lib/math'`.
 * Widgets should not need to know which file holds what.
 */
export * from './linalg';
export * from './attention';
export * from './positional';
export * from './layers';
export * from './gemm';
