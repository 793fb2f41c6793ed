#!/bin/sh
# Start-up: make sure the model is in the mounted cache (HF_HOME=/models), then hand over to
# the server. The first start downloads; later starts find the files and skip the network.
# HF_TOKEN, when the model is gated, comes from the runtime environment (a secret), never the image.
set -eu

python -m app.download

# From here on the model is read from the cache only: no network calls in the request path.
export HF_HUB_OFFLINE=1
exec "$@"
