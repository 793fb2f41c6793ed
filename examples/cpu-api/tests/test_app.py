from fastapi.testclient import TestClient

from app.main import app


def test_health_without_model():
    response = TestClient(app).get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_predict_rejects_empty_batch():
    assert TestClient(app).post("/predict", json={"texts": []}).status_code == 422
