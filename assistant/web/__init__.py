"""The web app: chat page, embed page and widget, documents view, admin page and REST API.

Start it with ``python -m assistant serve`` or ``python app.py``; see docs/web.md.
Nothing here is imported by the answer engine. Importing this package turns off
Gradio's analytics and Hugging Face downloads (unless already set): the app runs
on intranets without internet.
"""

import os

for _name, _value in (("GRADIO_ANALYTICS_ENABLED", "False"), ("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"),
                      ("ANONYMIZED_TELEMETRY", "False"), ("GRADIO_RUN_HISTORY", "False")):
    os.environ.setdefault(_name, _value)
