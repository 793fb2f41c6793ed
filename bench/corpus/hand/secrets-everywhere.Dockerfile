FROM python:3.12
ARG GITHUB_TOKEN
ARG AWS_ACCESS_KEY_ID
ARG AWS_SECRET_ACCESS_KEY=changeme
ENV OPENAI_API_KEY=sk-proj-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
ENV MAX_TOKENS=2048 TOKENIZERS_PARALLELISM=false
COPY .env /app/.env
COPY id_rsa /root/.ssh/id_rsa
COPY certs/server.pem /etc/ssl/private/
RUN git clone https://${GITHUB_TOKEN}@github.com/acme/private-models.git /models
RUN aws s3 cp s3://acme-models/classifier.pt /models/classifier.pt
RUN pip install -r /app/requirements.txt
CMD python /app/main.py
