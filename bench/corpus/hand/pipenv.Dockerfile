FROM python:3.10-slim AS builder
ENV PIPENV_VENV_IN_PROJECT=1
RUN pip install --no-cache-dir pipenv==2024.0.1
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --deploy --ignore-pipfile

FROM python:3.10-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY --from=builder /app/.venv /app/.venv
COPY . .
ENV PATH=/app/.venv/bin:$PATH
USER nobody
CMD ["python", "-m", "worker", "--queue", "inference"]
