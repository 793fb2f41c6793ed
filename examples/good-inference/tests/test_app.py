"""Runs without a model: /health answers before any weights are loaded."""
from fastapi.testclient import TestClient

from app.main import app


def test_health_before_model_load():
    client = TestClient(app)
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json()["model_loaded"] is False


def test_predict_validates_input():
    client = TestClient(app)
    assert client.post("/predict", json={"prompt": ""}).status_code == 422
