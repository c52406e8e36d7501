/**
 * Induction score of one attention head on a probe sequence (a random span of
 * L tokens followed by one copy of it, see tasks/copy).
 *
 * At a position i in the second copy, the current token also appeared L
 * positions earlier; an induction head attends to the token that came right
 * after that earlier occurrence, at i − L + 1, because that is the token to
 * predict next. The score is the mean attention weight on that key over the
 * second copy: 1 for a perfect induction head, about 1/(i + 1) on average for
 * a head that spreads its attention evenly. 0.4 is the threshold used on this
 * site for "this head has become an induction head".
 */
export const INDUCTION_THRESHOLD = 0.4;

/** attention: [query][key] weights of one head; the second copy starts at secondStart and is `span` long. */
export function inductionScore(attention: ArrayLike<ArrayLike<number>>, secondStart: number, span: number): number {
  let sum = 0;
  let count = 0;
  for (let i = secondStart; i < secondStart + span && i < attention.length; i++) {
    sum += attention[i][i - span + 1];
    count++;
  }
  return count === 0 ? 0 : sum / count;
}

/** The first step at which a score series reaches the threshold, or null. */
export function firstCrossing(steps: readonly number[], scores: readonly number[], threshold = INDUCTION_THRESHOLD): number | null {
  for (let k = 0; k < scores.length; k++) if (scores[k] >= threshold) return steps[k];
  return null;
}
