/**
 * Interactive widgets available to MDX, by tag name → the widget's declaration (plain
 * data, components/widget/widgetDeclaration.ts): the chapter's HTML gets a placeholder,
 * and the site script loads the widget's code (browser/widgetLoaders.ts) when the reader
 * comes near. The registry injects `locale`. Chapters that use any of these tags count
 * as widget chapters for the weight budget.
 */
import type { WidgetDeclaration } from '@/components/widget/widgetDeclaration';
import { AttentionByHand, AttentionExplorer, AttentionExplorerCompact } from '@/visualizations/attention';
import { ComputeCalculator } from '@/visualizations/compute';
import { TransformerBlockExplorer } from '@/visualizations/block';
import { TokenizerPlayground } from '@/visualizations/tokenizer';
import { FamiliesExplorer } from '@/visualizations/families';
import { PositionalEncodingExplorer } from '@/visualizations/positional';
import { NextTokenGlance, NextTokenPlayground } from '@/visualizations/playground';
import { LearningCurve } from '@/visualizations/learning';
import { HeadGallery } from '@/visualizations/heads';
import { GenerationStepper, GenerationStepperCompact } from '@/visualizations/generation';
import { LogitLens } from '@/visualizations/lens';
import { TrainItYourself } from '@/visualizations/training';

export const widgets: Record<string, WidgetDeclaration> = {
  AttentionExplorer,
  AttentionByHand,
  AttentionExplorerCompact,
  ComputeCalculator,
  TransformerBlockExplorer,
  TokenizerPlayground,
  PositionalEncodingExplorer,
  FamiliesExplorer,
  NextTokenPlayground,
  NextTokenGlance,
  LearningCurve,
  HeadGallery,
  GenerationStepper,
  GenerationStepperCompact,
  LogitLens,
  TrainItYourself,
};
