import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG013.js';

ruleTester(rule, {
  valid: [
    { name: 'digest pinned', code: 'FROM python:3.11-slim@sha256:0123456789abcdef\n' },
    { name: 'scratch', code: 'FROM scratch\nCOPY a /a\n' },
    { name: 'FROM an earlier stage', code: 'FROM python:3.11@sha256:ab AS base\nFROM base\n' },
    { name: 'FROM a stage by index', code: 'FROM python:3.11@sha256:ab\nFROM 0\n' },
    { name: 'ARG without default', code: 'ARG BASE\nFROM $BASE\n' },
    // A version tag is what the rule asks for: suggesting a digest on every FROM of every file is noise.
    {
      name: 'version tag (huggingface/accelerate docker/accelerate-gpu/Dockerfile, stage 2)',
      code: 'FROM nvidia/cuda:12.6.3-cudnn-devel-ubuntu22.04  AS build-image\n',
    },
    { name: 'version tag', code: 'FROM python:3.11-slim\n' },
    {
      name: 'a latest- tag that pins a version (huggingface/text-generation-inference Dockerfile)',
      code: '# Rust builder\nFROM lukemathwalker/cargo-chef:latest-rust-1.85.1 AS chef\nWORKDIR /usr/src\n',
    },
    {
      name: 'placeholder default (kubeflow/kubeflow components/example-notebook-servers/jupyter-pytorch-cuda/Dockerfile)',
      code: '#\n# NOTE: Use the Makefiles to build this image correctly.\n#\n\nARG BASE_IMG=<jupyter>\nFROM $BASE_IMG\n',
    },
    {
      name: 'COPY --from an image is not a FROM (skylarmb/wikid Dockerfile)',
      code: 'FROM python:3.12-slim-bookworm\nCOPY --from=ghcr.io/astral-sh/uv:latest /uv /uvx /bin/\n',
    },
  ],
  invalid: [
    { name: 'no tag', code: 'FROM ubuntu\n', errors: [{ line: 1, message: /no tag/, severity: 'warning' }] },
    { name: 'latest, lower-case keyword', code: 'from nvidia/cuda:latest\n', errors: [{ line: 1, message: /:latest/ }] },
    {
      name: 'ARG default in FROM',
      code: 'ARG BASE=pytorch/pytorch\nFROM ${BASE} AS app\n',
      errors: [{ line: 2, message: /pytorch\/pytorch is not pinned/ }],
    },
    {
      name: 'ARG default built from earlier ARGs (jupyter/docker-stacks images/scipy-notebook/Dockerfile)',
      code: 'ARG REGISTRY=quay.io\nARG OWNER=jupyter\nARG BASE_IMAGE=$REGISTRY/$OWNER/minimal-notebook\nFROM $BASE_IMAGE\n',
      errors: [{ line: 4, message: /^quay\.io\/jupyter\/minimal-notebook is not pinned \(no tag\)/ }],
    },
    {
      name: 'moving channel tag (pytorch/serve examples/LLM/llama/chat_app/docker/Dockerfile)',
      code: 'ARG BASE_IMAGE=pytorch/torchserve:latest-gpu\n\nFROM $BASE_IMAGE as server\n',
      errors: [{ line: 3, message: /pytorch\/torchserve:latest-gpu is a moving tag/ }],
    },
    {
      name: 'only the unpinned FROM of several (huggingface/accelerate docker/accelerate-gpu/Dockerfile)',
      code: 'FROM continuumio/miniconda3:latest AS compile-image\nRUN true\nFROM nvidia/cuda:12.6.3-cudnn-devel-ubuntu22.04  AS build-image\n',
      errors: [{ line: 1, message: /continuumio\/miniconda3 is not pinned \(:latest\)/ }],
    },
    {
      name: 'registry with port keeps its colon',
      code: 'FROM localhost:5000/team/img\n',
      errors: [{ line: 1, message: /localhost:5000\/team\/img is not pinned \(no tag\)/ }],
    },
    { name: 'CRLF and BOM', code: '\uFEFFFROM a:1@sha256:x\r\nFROM b\r\n', errors: [{ line: 2 }] },
  ],
});
