/** A widget with three stages, 0…2, like a step-through: the stepping tests' shared fixture. */
import { useRef, useState } from 'react';
import { useStepEvent } from '@/components/widget/useStepEvent';

export function ThreeSteps() {
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(0);
  useStepEvent(ref, (d) => {
    const next = step + d;
    if (next < 0 || next > 2) return false;
    setStep(next);
    return true;
  });
  return (
    <div ref={ref} data-testid="steps">
      <span data-testid="inner">stage {step}</span>
    </div>
  );
}
