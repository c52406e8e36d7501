/**
 * Interactive widgets available to MDX, by tag name, each declared with `lazyWidget`:
 * the chapter's HTML gets a placeholder, and the site script loads the component from
 * `visualizations/<widget>/` when the reader comes near. The registry injects `locale`.
 * Chapters that use any of these tags count as widget chapters for the weight budget.
 */
import type { LazyWidget } from '@/components/widget/lazyWidget';
import { AttentionByHand, AttentionExplorer, AttentionExplorerCompact } from '@/visualizations/attention';
import { ComputeCalculator } from '@/visualizations/compute';
import { TransformerBlockExplorer } from '@/visualizations/block';
import { TokenizerPlayground } from '@/visualizations/tokenizer';
import { FamiliesExplorer } from '@/visualizations/families';
import { PositionalEncodingExplorer } from '@/visualizations/positional';
import { NextTokenPlayground } from '@/visualizations/playground';
import { LearningCurve } from '@/visualizations/learning';
import { HeadGallery } from '@/visualizations/heads';
import { TrainItYourself } from '@/visualizations/training';

export const widgets: Record<string, LazyWidget> = {
  AttentionExplorer,
  AttentionByHand,
  AttentionExplorerCompact,
  ComputeCalculator,
  TransformerBlockExplorer,
  TokenizerPlayground,
  PositionalEncodingExplorer,
  FamiliesExplorer,
  NextTokenPlayground,
  LearningCurve,
  HeadGallery,
  TrainItYourself,
};
