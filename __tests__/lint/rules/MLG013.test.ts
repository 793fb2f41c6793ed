import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG013.js';

ruleTester(rule, {
  valid: [
    { name: 'digest pinned', code: 'FROM python:3.11-slim@sha256:0123456789abcdef\n' },
    { name: 'scratch', code: 'FROM scratch\nCOPY a /a\n' },
    { name: 'FROM an earlier stage', code: 'FROM python:3.11@sha256:ab AS base\nFROM base\n' },
    { name: 'FROM a stage by index', code: 'FROM python:3.11@sha256:ab\nFROM 0\n' },
    { name: 'ARG without default', code: 'ARG BASE\nFROM $BASE\n' },
  ],
  invalid: [
    { name: 'no tag', code: 'FROM ubuntu\n', errors: [{ line: 1, message: /no tag/, severity: 'warning' }] },
    { name: 'latest, lower-case keyword', code: 'from nvidia/cuda:latest\n', errors: [{ line: 1, message: /:latest/ }] },
    { name: 'tag only is info', code: 'FROM python:3.11-slim\n', errors: [{ line: 1, severity: 'info' }] },
    {
      name: 'ARG default in FROM',
      code: 'ARG BASE=pytorch/pytorch\nFROM ${BASE} AS app\n',
      errors: [{ line: 2, message: /pytorch\/pytorch is not pinned/ }],
    },
    {
      name: 'registry with port keeps its colon',
      code: 'FROM localhost:5000/team/img\n',
      errors: [{ line: 1, message: /localhost:5000\/team\/img is not pinned \(no tag\)/ }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM a:1@sha256:x\r\nFROM b\r\n', errors: [{ line: 2 }] },
  ],
});
