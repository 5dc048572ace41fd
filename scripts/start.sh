#!/usr/bin/env bash
# Install (if needed), index corpus/ and start the chat app on http://127.0.0.1:7860
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
export HF_HUB_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False
.venv/bin/python -m assistant ingest
exec .venv/bin/python app.py "$@"
