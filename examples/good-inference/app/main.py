"""Text generation API. Weights come from the Hugging Face cache in HF_HOME (a mounted
volume filled by app/download.py at start-up); the model is loaded on the first request."""
import os
import threading

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

MODEL_ID = os.environ.get("MODEL_ID", "Qwen/Qwen2.5-0.5B-Instruct")

app = FastAPI(title="good-inference")
_lock = threading.Lock()
_pipeline = None


class PredictRequest(BaseModel):
    prompt: str = Field(min_length=1, max_length=8000)
    max_new_tokens: int = Field(default=64, ge=1, le=512)


class PredictResponse(BaseModel):
    text: str


def get_pipeline():
    """Loads the model once, from the local cache (entrypoint.sh sets HF_HUB_OFFLINE=1)."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            import torch
            from transformers import pipeline

            use_gpu = torch.cuda.is_available()
            _pipeline = pipeline(
                "text-generation",
                model=MODEL_ID,
                device=0 if use_gpu else -1,
                torch_dtype=torch.float16 if use_gpu else torch.float32,
                model_kwargs={"local_files_only": True},
            )
        return _pipeline


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "model": MODEL_ID, "model_loaded": _pipeline is not None}


@app.post("/predict", response_model=PredictResponse)
def predict(request: PredictRequest) -> PredictResponse:
    try:
        generator = get_pipeline()
    except OSError as exc:  # not in the cache: the download step did not run or failed
        raise HTTPException(status_code=503, detail=f"model {MODEL_ID} not in cache: {exc}") from exc
    out = generator(
        request.prompt,
        max_new_tokens=request.max_new_tokens,
        do_sample=False,
        return_full_text=False,
    )
    return PredictResponse(text=out[0]["generated_text"])
