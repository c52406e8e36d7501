/**
 * The only place that imports the widgets' code: island name → a loader for the
 * widget's component (each a separate chunk, fetched when the widget is mounted). The
 * server knows each widget only by its declaration (visualizations/<widget>/index.ts,
 * plain data); tests/unit/browser/widgetLoaders.test.ts checks that both name the same
 * widgets.
 */
import type { ComponentType } from 'react';
import type { WidgetProps } from '@/components/widget/widgetDeclaration';

export type WidgetLoader = () => Promise<{ default: ComponentType<WidgetProps> }>;

export const widgetLoaders: Record<string, WidgetLoader> = {
  'attention-explorer': () => import('@/visualizations/attention/AttentionExplorer'),
  'attention-by-hand': () => import('@/visualizations/attention/AttentionByHand'),
  'attention-explorer-compact': () => import('@/visualizations/attention/AttentionExplorerCompact'),
  'compute-calculator': () => import('@/visualizations/compute/ComputeCalculator'),
  'transformer-block-explorer': () => import('@/visualizations/block/TransformerBlockExplorer'),
  'tokenizer-playground': () => import('@/visualizations/tokenizer/TokenizerPlayground'),
  'positional-encoding-explorer': () => import('@/visualizations/positional/PositionalEncodingExplorer'),
  'families-explorer': () => import('@/visualizations/families/FamiliesExplorer'),
  'next-token-playground': () => import('@/visualizations/playground/NextTokenPlayground'),
  'next-token-glance': () => import('@/visualizations/playground/NextTokenGlance'),
  'learning-curve': () => import('@/visualizations/learning/LearningCurve'),
  'head-gallery': () => import('@/visualizations/heads/HeadGallery'),
  'generation-stepper': () => import('@/visualizations/generation/GenerationStepper'),
  'generation-compact': () => import('@/visualizations/generation/GenerationStepperCompact'),
  'logit-lens': () => import('@/visualizations/lens/LogitLens'),
  'train-it-yourself': () => import('@/visualizations/training/TrainItYourself'),
};
