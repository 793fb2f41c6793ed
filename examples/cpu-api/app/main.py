"""Sentiment classification on CPU. The model is downloaded into HF_HOME (a mounted volume)
the first time it is needed and loaded lazily, so the container starts in a second and
/health answers before any weights are read."""
import os
import threading

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

MODEL_ID = os.environ.get("MODEL_ID", "distilbert/distilbert-base-uncased-finetuned-sst-2-english")

app = FastAPI(title="cpu-api")
_lock = threading.Lock()
_classifier = None


class PredictRequest(BaseModel):
    texts: list[str] = Field(min_length=1, max_length=64)


class Prediction(BaseModel):
    label: str
    score: float


class PredictResponse(BaseModel):
    model: str
    predictions: list[Prediction]


def get_classifier():
    global _classifier
    with _lock:
        if _classifier is None:
            import torch
            from transformers import pipeline

            torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
            # HF_TOKEN, if the model is gated, is read from the runtime environment by huggingface_hub.
            _classifier = pipeline("text-classification", model=MODEL_ID, device=-1)
        return _classifier


@app.get("/health")
def health() -> dict:
    return {"status": "ok", "model": MODEL_ID, "model_loaded": _classifier is not None}


@app.post("/predict", response_model=PredictResponse)
def predict(request: PredictRequest) -> PredictResponse:
    try:
        classifier = get_classifier()
    except OSError as exc:  # download failed or model unknown
        raise HTTPException(status_code=503, detail=f"model {MODEL_ID} not available: {exc}") from exc
    results = classifier(request.texts, truncation=True)
    return PredictResponse(
        model=MODEL_ID,
        predictions=[Prediction(label=r["label"], score=float(r["score"])) for r in results],
    )
