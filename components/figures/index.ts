/**
 * The figures' MDX tag names mapped to their components. The site's MDX
 * registry spreads this record and injects `locale`; authors never import a
 * figure directly. The tag names are the contract of README.md in this folder.
 */
import { AttentionFlowDiagram } from './AttentionFlowDiagram';
import { FamiliesDiagram } from './FamiliesDiagram';
import { LoraDiagram } from './LoraDiagram';
import { MaskDiagram } from './MaskDiagram';
import { MultiHeadDiagram } from './MultiHeadDiagram';
import { RopeDiagram } from './RopeDiagram';
import { ScaleChart } from './ScaleChart';
import { SinusoidDiagram } from './SinusoidDiagram';
import { TokenizationDiagram } from './TokenizationDiagram';
import { TrainingPipelineDiagram } from './TrainingPipelineDiagram';
import { TransformerBlockDiagram } from './TransformerBlockDiagram';
import { TransformerStackDiagram } from './TransformerStackDiagram';

export type { FigureBaseProps } from './DiagramFigure';

export const figures = {
  TransformerBlockDiagram,
  TransformerStackDiagram,
  TokenizationDiagram,
  AttentionFlowDiagram,
  MultiHeadDiagram,
  MaskDiagram,
  FamiliesDiagram,
  SinusoidDiagram,
  RopeDiagram,
  TrainingPipelineDiagram,
  LoraDiagram,
  ScaleChart,
};

/** The MDX tag names of the figures. */
export type FigureName = keyof typeof figures;
