"""Before ``ingest`` writes: hand the work to an app serving the data dir, and ``--rebuild``.

An app serving an embedded data dir keeps its Chroma client open and never sees vectors another
process writes (questions reaching them failed until a restart), so while one runs ``ingest``
refuses, saying how to add documents instead, or, given the admin credentials
(``JCA_ADMIN_USER``/``JCA_ADMIN_PASSWORD``), asks the app to do it through its admin API.

Example:
    $ JCA_ADMIN_USER=hr JCA_ADMIN_PASSWORD=... python -m assistant ingest --data-dir index
    The app at http://127.0.0.1:7860 re-indexed its corpus folder: added 1 / updated 0 / ...
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.index.integrity import move_aside
from assistant.index.serving import DataDirInUseError, ServingApp, serving_app
from assistant.settings import Settings


def hand_to_app(settings: Settings, paths: list[Path]) -> int | None:
    """None when no app serves the data dir (ingest goes on); else the exit status after the app did the work.

    Raises :class:`DataDirInUseError` (with what to do instead) when there are no admin credentials,
    or when the paths are neither the app's corpus folder nor files it can take as uploads.
    """
    if settings.uses_chroma_server:
        return None  # a Chroma server has many writers, and every process sees every write
    app = serving_app(settings.data_dir)
    if app is None:
        return None
    corpus = Path(app.corpus_dir).resolve() if app.corpus_dir else None
    whole_corpus = not paths or all(p.expanduser().resolve() == corpus for p in paths)
    files = [p for p in paths if p.is_file()]
    if not settings.admin_enabled or not (whole_corpus or len(files) == len(paths)):
        raise DataDirInUseError(_refusal(settings, app))
    import httpx

    auth = (settings.admin_user, settings.admin_password)
    try:
        if whole_corpus:
            reply = httpx.post(f"{app.url}/api/admin/reindex", auth=auth, timeout=None)
            what = "re-indexed its corpus folder"
        else:
            handles = [open(p, "rb") for p in files]
            try:
                reply = httpx.post(f"{app.url}/api/admin/documents", auth=auth, timeout=None,
                                   files=[("files", (p.name, h)) for p, h in zip(files, handles)])
            finally:
                for handle in handles:
                    handle.close()
            what = f"took {len(files)} file(s) into its corpus folder {app.corpus_dir}"
    except httpx.HTTPError as exc:
        raise DataDirInUseError(f"{_refusal(settings, app)} (handing the ingest to it failed: {exc})") from exc
    if reply.status_code != 200:
        raise DataDirInUseError(f"the app at {app.url} refused the ingest (HTTP {reply.status_code}: "
                                f"{reply.text[:300]}); check JCA_ADMIN_USER/JCA_ADMIN_PASSWORD")
    body: dict[str, Any] = reply.json()
    print(f"The app at {app.url} (serving {settings.data_dir}) {what}:")
    print(_describe(body))
    failed = body.get("failed") or []
    for item in failed:
        source, reason = (item.get("source"), item.get("reason")) if isinstance(item, dict) else item
        print(f"  FAILED {source}: {reason}")
    return 1 if failed else 0


def _refusal(settings: Settings, app: ServingApp) -> str:
    return (
        f"the app ({app.describe()}) serves {settings.data_dir}; its embedded vector store has one writer, and vectors "
        "another process writes would not be readable by the app (questions about them would fail). Instead: "
        f"upload on the admin page {app.url}/admin/, use the admin API "
        f"(curl -u USER:PASSWORD -F files=@FILE {app.url}/api/admin/documents, or POST {app.url}/api/admin/reindex), "
        "set JCA_ADMIN_USER and JCA_ADMIN_PASSWORD so this command hands the ingest to the app, stop the app first, "
        "or run a Chroma server (JCA_CHROMA_HOST) for several processes."
    )


def _describe(body: dict[str, Any]) -> str:
    keys = ("saved", "added", "updated", "removed", "unchanged", "chunks")
    parts = [f"{k} {len(body[k]) if isinstance(body[k], list) else body[k]}" for k in keys if k in body]
    return "  " + (" / ".join(parts) if parts else str(body)[:300])


def rebuild(settings: Settings) -> None:
    """Move the data dir aside (kept for inspection), so the sync that follows indexes everything afresh."""
    if settings.uses_chroma_server:
        raise AssistantError("--rebuild moves an embedded data dir aside; with a Chroma server (JCA_CHROMA_HOST) "
                             "delete the collection there instead")
    if not settings.data_dir.exists():
        return
    moved = move_aside(settings.data_dir)
    print(f"Moved {settings.data_dir} aside to {moved} (delete it once the new index works)")
