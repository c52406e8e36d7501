'use client';
/** A labelled slider with its value shown beside it: the explorer's numeric controls (keyboard-operable as a native range input). */
import { useId } from 'react';

interface RangeControlProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  onChange: (value: number) => void;
}

export function RangeControl({ label, value, min, max, step = 1, onChange }: RangeControlProps) {
  const id = useId();
  return (
    <span className="pe-control">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.currentTarget.value))} />
      <output htmlFor={id}>{value}</output>
    </span>
  );
}
