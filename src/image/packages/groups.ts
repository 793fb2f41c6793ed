// The groups ML engineers think in when an image is too big: the CUDA libraries, torch and its
// kin, the Python interpreter, other Python packages, system packages. Pure.
import type { PackageEcosystem, PackageGroup } from '../../report/types.js';

// Wheels: nvidia-cublas-cu12, nvidia-cudnn-cu13, nvidia-nccl-cu12, cuda-bindings, cuda-toolkit …
const CUDA_PYTHON = /^(nvidia-|cuda-|cupy-cuda|tensorrt)/;
// Debs from NVIDIA's repository and Debian's: cuda-cudart-12-4, libcublas-12-4, libcudnn9-cuda-12, libnccl2 …
const CUDA_SYSTEM =
  /^(cuda-|libcublas|libcudnn|libnccl|libcufft|libcurand|libcusolver|libcusparse|libcufile|libnpp|libnvjpeg|libnvjitlink|libnvrtc|libcutensor|libnvinfer|libnvonnxparsers|libcudart|nvidia-cuda)/;
const CUDA_CONDA =
  /^(cudatoolkit|cuda-|cudnn|nccl|libcublas|libcufft|libcurand|libcusolver|libcusparse|libnvjitlink|libnpp|libnvjpeg|pytorch-cuda|cutensor)/;
const TORCH =
  /^(torch|torchvision|torchaudio|torchtext|torchdata|torchao|torchrec|functorch|triton|pytorch-triton(-[a-z]+)?|xformers|flash-attn|torch-[a-z0-9-]+)$/;
const TORCH_CONDA = /^(pytorch|torchvision|torchaudio|torchtriton|pytorch-mutex|libtorch|triton)$/;
const INTERPRETER_SYSTEM = /^(lib)?python3(\.\d+)?(-minimal|-stdlib)?$/;

export function packageGroup(ecosystem: PackageEcosystem, name: string): PackageGroup {
  switch (ecosystem) {
    case 'python':
      if (CUDA_PYTHON.test(name)) return 'cuda';
      return TORCH.test(name) ? 'torch' : 'python';
    case 'conda':
      if (CUDA_CONDA.test(name)) return 'cuda';
      if (TORCH_CONDA.test(name)) return 'torch';
      return name === 'python' ? 'python-interpreter' : 'other';
    default:
      if (CUDA_SYSTEM.test(name)) return 'cuda';
      return INTERPRETER_SYSTEM.test(name) ? 'python-interpreter' : 'system';
  }
}

// A Python built from source (the python:3.x images, uv's managed Pythons) belongs to no package.
const INTERPRETER_FILES =
  /^(\/usr\/local|\/opt\/python[^/]*|\/root\/\.local\/share\/uv\/python\/[^/]+|\/usr\/local\/share\/uv\/python\/[^/]+)\/(lib\/python3\.\d+t?\/(?!(site|dist)-packages\/)|lib\/libpython3|bin\/python3|include\/python3)/;

/** A file of a Python interpreter that no package database lists. */
export const isInterpreterFile = (path: string): boolean => INTERPRETER_FILES.test(path);
