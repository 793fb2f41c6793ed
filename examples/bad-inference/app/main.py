"""Text generation API. The model is read from MODEL_DIR, which this image bakes in."""
import os
import threading

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

MODEL_DIR = os.environ.get("MODEL_DIR", "/app/models")

app = FastAPI(title="bad-inference")
_lock = threading.Lock()
_pipeline = None


class PredictRequest(BaseModel):
    prompt: str
    max_new_tokens: int = 64


class PredictResponse(BaseModel):
    text: str


def get_pipeline():
    """Loads the model on first use (torch and transformers import slowly)."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            import torch
            from transformers import pipeline

            device = 0 if torch.cuda.is_available() else -1
            _pipeline = pipeline("text-generation", model=MODEL_DIR, device=device)
        return _pipeline


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "model_loaded": _pipeline is not None}


@app.post("/predict", response_model=PredictResponse)
def predict(request: PredictRequest) -> PredictResponse:
    try:
        generator = get_pipeline()
    except Exception as exc:  # missing or broken weights
        raise HTTPException(status_code=503, detail=f"model not available: {exc}") from exc
    out = generator(request.prompt, max_new_tokens=request.max_new_tokens, do_sample=False)
    return PredictResponse(text=out[0]["generated_text"])
