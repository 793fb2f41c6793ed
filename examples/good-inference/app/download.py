"""Fetches the model into the Hugging Face cache (HF_HOME, a mounted volume) at start-up.

Run by entrypoint.sh before the server starts. Idempotent: files already in the cache are
not downloaded again. Set MODEL_DOWNLOAD=0 to skip (air-gapped clusters that pre-seed the volume).
"""
import os
import sys
import time


def main() -> int:
    model_id = os.environ.get("MODEL_ID", "Qwen/Qwen2.5-0.5B-Instruct")
    revision = os.environ.get("MODEL_REVISION") or None
    if os.environ.get("MODEL_DOWNLOAD", "1") == "0":
        print(f"download: skipped for {model_id} (MODEL_DOWNLOAD=0)", flush=True)
        return 0

    from huggingface_hub import snapshot_download

    started = time.monotonic()
    path = snapshot_download(
        repo_id=model_id,
        revision=revision,
        token=os.environ.get("HF_TOKEN") or None,  # runtime secret; None for public models
        allow_patterns=["*.json", "*.safetensors", "tokenizer*", "*.txt", "*.model"],
    )
    print(f"download: {model_id} ready in {path} ({time.monotonic() - started:.1f}s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
