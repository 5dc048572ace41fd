"""Start the Job Classification Assistant web app with the settings from the environment.

    python app.py            # same as: python -m assistant serve

Every setting is a JCA_* environment variable (see docs/web.md), e.g.
JCA_PORT=8080 JCA_ADMIN_USER=hr JCA_ADMIN_PASSWORD=... python app.py
"""

from __future__ import annotations

import os
import sys

for _name, _value in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"),
                      ("ANONYMIZED_TELEMETRY", "False"), ("GRADIO_RUN_HISTORY", "False")):
    os.environ.setdefault(_name, _value)


def main() -> int:
    from assistant.settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from assistant.web.server import serve

    return serve(settings, sync_corpus=True)


if __name__ == "__main__":
    sys.exit(main())
