/**
 * Published peak throughput of accelerators used to train large language
 * models, for the training compute calculator. Each figure is the vendor's
 * datasheet number for dense matrix arithmetic in the precision LLM training
 * uses (16-bit inputs on tensor cores), without structured sparsity:
 *
 * - NVIDIA V100 (SXM2): "Tensor Performance 125 TFLOPS", NVIDIA Tesla V100
 *   datasheet (2017/2018). GPT-3 was trained on V100 GPUs (Brown et al. 2020, §2.3).
 * - NVIDIA A100 (SXM): "BF16 Tensor Core 312 TFLOPS" (624 only with sparsity),
 *   NVIDIA A100 Tensor Core GPU datasheet (2020).
 * - NVIDIA H100 (SXM): "BF16 Tensor Core 1,979 TFLOPS" *with sparsity*, i.e.
 *   989 TFLOPS dense, NVIDIA H100 Tensor Core GPU datasheet (2022).
 * - AMD Instinct MI300X: "Peak BF16 1307.4 TFLOPs" dense (2614.9 with
 *   sparsity), AMD Instinct MI300X data sheet (2023).
 * - NVIDIA B200 (HGX, 1,000 W): "FP16/BF16 Tensor Core 4.5 PFLOPS" *with
 *   sparsity*, i.e. 2,250 TFLOPS dense, NVIDIA HGX B200 specifications (2024).
 *
 * Peak is what the chip could do if every cycle were spent on matrix maths;
 * a training run sustains a fraction of it (the utilisation), which the
 * calculator asks for separately.
 */

export interface Accelerator {
  /** Stable identifier, safe for keys and URLs. */
  id: string;
  /** Product name. */
  name: string;
  /** Year the product was announced. */
  year: number;
  /** Peak dense 16-bit tensor throughput in FLOP/s. */
  peakFlops: number;
  /** Datasheet URL. */
  source: string;
}

const TFLOPS = 1e12;

export const accelerators: readonly Accelerator[] = [
  {
    id: 'v100',
    name: 'NVIDIA V100',
    year: 2017,
    peakFlops: 125 * TFLOPS,
    source: 'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf',
  },
  {
    id: 'a100',
    name: 'NVIDIA A100',
    year: 2020,
    peakFlops: 312 * TFLOPS,
    source: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  },
  {
    id: 'h100',
    name: 'NVIDIA H100',
    year: 2022,
    peakFlops: 989 * TFLOPS,
    source: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    year: 2023,
    peakFlops: 1307.4 * TFLOPS,
    source: 'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html',
  },
  {
    id: 'b200',
    name: 'NVIDIA B200',
    year: 2024,
    peakFlops: 2250 * TFLOPS,
    source: 'https://www.nvidia.com/en-us/data-center/hgx/',
  },
];
