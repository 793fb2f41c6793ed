// Findings are on the ENV line.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG021.js';

ruleTester(rule, {
  valid: [
    { name: 'default capabilities', code: 'FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nENV NVIDIA_DRIVER_CAPABILITIES=compute,utility\n' },
    { name: 'unrelated ENV', code: 'FROM python:3.11\nENV TOKENIZERS_PARALLELISM=false\n' },
    { name: 'builder stage only', code: 'FROM python:3.11 AS build\nENV CUDA_VISIBLE_DEVICES=0\nFROM python:3.11\n' },
  ],
  invalid: [
    {
      name: 'CUDA_VISIBLE_DEVICES',
      code: 'FROM python:3.11\nENV CUDA_VISIBLE_DEVICES=0\n',
      errors: [{ line: 2, message: /CUDA_VISIBLE_DEVICES=0/, severity: 'info' }],
    },
    {
      name: 'NVIDIA_VISIBLE_DEVICES=all, legacy form, lower-case',
      code: 'from python:3.11\nenv NVIDIA_VISIBLE_DEVICES all\n',
      errors: [{ line: 2, message: /bypassing/ }],
    },
    {
      name: 'capabilities all among several',
      code: 'FROM python:3.11\nENV A=1 \\\n    NVIDIA_DRIVER_CAPABILITIES=all\n',
      errors: [{ line: 2, message: /compute,utility/ }],
    },
    {
      name: 'inherited via FROM <stage>',
      code: 'FROM python:3.11 AS base\nENV CUDA_VISIBLE_DEVICES=1\nFROM base\n',
      errors: [{ line: 2 }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM python:3.11\r\nENV NVIDIA_VISIBLE_DEVICES=0\r\n', errors: [{ line: 2 }] },
  ],
});
