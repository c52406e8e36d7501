'use client';
/**
 * `useDotProducts(positions, dims)`: the distance view's matrix (dotProducts.ts) for these
 * sizes, computed in the render that asks for them (one task from the slider's input to
 * the new picture), in buffers kept by the view. The matrix is marked as on screen once
 * committed, so a render that is abandoned never writes over the one the reader sees.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { DotProductBuffers, dotProducts, type DotProducts } from './dotProducts';

export function useDotProducts(positions: number, dims: number): DotProducts {
  const buffers = useRef<DotProductBuffers | null>(null);
  const products = useMemo(() => dotProducts((buffers.current ??= new DotProductBuffers()), positions, dims), [positions, dims]);
  useLayoutEffect(() => buffers.current?.onScreen(products.grid.values), [products]);
  return products;
}
