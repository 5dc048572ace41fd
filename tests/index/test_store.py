"""The Chroma store wrapper (assistant/index/store.py): opening it from several threads at once.

Real embedded Chroma in a temporary folder, opened in a fresh Python process (Chroma keeps one shared
"system" per path per process, and the race is in starting it); no model is needed to open a collection.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from conftest import REPO_ROOT

SCRIPT = textwrap.dedent("""
    import json, sys, threading
    from pathlib import Path
    from assistant.settings import Settings
    from assistant.index.store import ChunkStore

    store = ChunkStore(Settings(data_dir=Path(sys.argv[1])), embeddings=None)
    barrier = threading.Barrier(4)
    errors, names = [], []

    def open_it():
        barrier.wait()
        try:
            names.append(store.collection.name)
        except Exception as exc:
            errors.append(repr(exc))

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"errors": errors, "names": names}))
""")


def test_threads_opening_the_store_together_all_get_the_collection(tmp_path, clean_env):
    """The app's warm-up thread and its first request open the store at the same moment; all must succeed.
    Without the store's lock Chroma raised KeyError / AttributeError for some of them (a 500 at start-up)."""
    for attempt in range(3):
        data_dir = tmp_path / f"data-{attempt}"
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(data_dir)], cwd=REPO_ROOT, env=clean_env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["errors"] == []
        assert result["names"] == ["classifications"] * 4
