"""The web app: chat page, embed page and widget, documents view, admin page and REST API.

Start it with ``python -m assistant serve`` or ``python app.py``; see docs/web.md.
Nothing here is imported by the answer engine. The entry points call
:func:`assistant.settings.use_offline_environment` before Gradio is imported, so
the app runs on intranets without internet.
"""
