// Findings are on the line of the query (the command, or the heredoc line with the Python call).
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG020.js';

ruleTester(rule, {
  valid: [
    { name: 'nvcc needs no GPU', code: 'FROM nvidia/cuda:12.1.0-devel-ubuntu22.04\nRUN nvcc --version\n' },
    {
      name: 'writing a check script is not running it',
      code: 'FROM python:3.11\nRUN echo "import torch; print(torch.cuda.is_available())" > /check.py\n',
    },
    { name: 'query at start-up', code: 'FROM python:3.11\nCMD ["python", "-c", "import torch; assert torch.cuda.is_available()"]\n' },
    { name: 'mention of cuda in a path', code: 'FROM python:3.11\nRUN ls /usr/local/cuda/lib64\n' },
  ],
  invalid: [
    {
      name: 'nvidia-smi',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN nvidia-smi\n',
      errors: [{ line: 2, message: /nvidia-smi/, severity: 'warning' }],
    },
    {
      name: 'nvidia-smi || true on a continuation line',
      code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN echo check && \\\n    (nvidia-smi || true)\n',
      errors: [{ line: 2, position: 3 }],
    },
    {
      name: 'python -c torch.cuda.is_available()',
      code: 'FROM python:3.11\nRUN python3 -c "import torch; assert torch.cuda.is_available()"\n',
      errors: [{ line: 2, message: /torch\.cuda\.is_available\(\)/ }],
    },
    {
      name: 'device_count, lower-case',
      code: 'from python:3.11\nrun python -c "import torch; print(torch.cuda.device_count())"\n',
      errors: [{ line: 2 }],
    },
    {
      name: 'heredoc fed to python',
      code: 'FROM python:3.11\nRUN python3 <<EOF\nimport torch\nprint(torch.cuda.is_available())\nEOF\n',
      errors: [{ line: 2, position: 4 }],
    },
    { name: 'JSON form', code: 'FROM nvidia/cuda:12.1.0-base-ubuntu22.04\nRUN ["nvidia-smi", "-L"]\n', errors: [{ line: 2 }] },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nRUN nvidia-smi\r\n', errors: [{ line: 2 }] },
  ],
});
