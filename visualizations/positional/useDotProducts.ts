'use client';
/**
 * `useDotProducts(positions, dims)`: the distance view's matrix (dotProducts.ts) for the
 * latest sizes asked for. The first matrix is computed during the first render; each
 * later one in an effect, the page's rows at once and the worker's (dotProductClient)
 * when they arrive, so until then the previous matrix stays on screen. The latest
 * request wins: a result for sizes no longer asked for is dropped, never drawn. If the
 * worker fails, the page computes its rows too. How the rows are split follows how fast
 * the page and the worker have been (ShareBalance, one for the page, as the worker is).
 */
import { useEffect, useRef, useState } from 'react';
import { DotProductBuffers, ShareBalance, dotProductsHere, finishDotProducts, pageSplit, pageWork, startDotProducts, type DotProducts } from './dotProducts';
import { topRowsWorker } from './dotProductClient';

const balance = new ShareBalance();

export function useDotProducts(positions: number, dims: number): DotProducts {
  const buffers = useRef<DotProductBuffers | null>(null);
  buffers.current ??= new DotProductBuffers();
  const [shown, setShown] = useState(() => dotProductsHere(buffers.current!, positions, dims));
  const current = shown.grid.rows === positions && shown.dims === dims;

  useEffect(() => {
    if (current || !buffers.current) return;
    const own = buffers.current;
    const worker = topRowsWorker();
    const split = worker ? pageSplit(positions, balance.share) : 0;
    // the worker starts on its rows before the page starts on its own
    const theirs = split > 0 && worker ? worker.request(positions, dims, split) : null;
    const start = performance.now();
    const pending = startDotProducts(own, positions, dims, split);
    const pageMs = performance.now() - start;
    if (!theirs) {
      setShown(finishDotProducts(own, pending, null));
      return;
    }
    let latest = true;
    theirs.then(
      ({ packed, ms }) => {
        balance.record(pageWork(positions, split), pageMs, ms);
        if (latest) setShown(finishDotProducts(own, pending, packed));
      },
      () => latest && setShown(finishDotProducts(own, pending, null)),
    );
    return () => {
      latest = false;
    };
  }, [current, positions, dims]);

  return shown;
}
