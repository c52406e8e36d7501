/**
 * The ranges of the sampling knobs that the generation stepper and the next-token
 * playground both show: the temperature slider (0 to MAX_TEMPERATURE in
 * hundredths) and the seed field. A link carrying a value outside them is
 * clamped by the widgets' URL schemas.
 */

export const MAX_TEMPERATURE = 2;
/** Largest seed a link may carry. */
export const MAX_SEED = 999_999;

/** Temperature rounded to the slider's step, for display and the URL. */
export function roundTemperature(t: number): number {
  return Math.round(Math.min(MAX_TEMPERATURE, Math.max(0, t)) * 100) / 100;
}
