"""Crash-safe ingestion (issue 9): SIGKILL mid-ingest, one ingest at a time, answers never half-indexed.

Real components only: ``python -m assistant ingest`` as a real subprocess,
killed with SIGKILL at a seeded random point while it writes; the embedded
Chroma store and the registry in a temporary data dir; the real model.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.errors import IngestLockedError
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME, REPO_ROOT

N_DOCS = 60

TITLES = [
    "Account Clerk", "Bus Operator", "Park Ranger", "Library Assistant", "Water Treatment Operator", "Planner",
    "Building Inspector", "Payroll Technician", "Custodian", "Electrician", "Fleet Mechanic", "Social Worker",
    "Emergency Dispatcher", "Engineering Technician", "Records Specialist", "Recreation Leader",
    "Purchasing Agent", "Crime Analyst", "Grounds Worker", "Budget Analyst",
]
EMPLOYERS = ["City of Alder", "County of Birch", "Town of Cedar Falls", "Dogwood Unified School District",
             "Elm Valley Water Agency"]
DUTIES = [
    "Prepares and maintains accurate records and files for the assigned unit.",
    "Answers questions from the public in person, by telephone and by email.",
    "Operates and maintains the equipment and vehicles of the work unit.",
    "Inspects work sites for compliance with codes, ordinances and safety rules.",
    "Compiles statistical reports and summarizes findings for supervisors.",
    "Orders supplies, checks deliveries against purchase orders and keeps inventory.",
    "Trains and guides temporary staff and volunteers in routine procedures.",
    "Responds to emergencies and after-hours calls as scheduled.",
    "Enters, verifies and corrects data in the department's computer systems.",
    "Coordinates schedules with other departments, contractors and agencies.",
]
FILLER = (
    "Work is performed under {sup} supervision within established policies and procedures. The incumbent uses "
    "judgment in selecting the methods used and is expected to keep accurate records of all work performed, to "
    "communicate clearly with coworkers and members of the public, and to follow the safety rules that apply."
)


def class_spec(rng: random.Random, title: str, employer: str, prefix: str = "") -> tuple[str, float, float]:
    """A small class specification (six sections, about eight chunks) and its hourly salary range."""
    low = round(rng.uniform(15, 45), 2)
    high = round(low * rng.uniform(1.2, 1.5), 2)
    code = rng.randint(1000, 9999)
    duties = rng.sample(DUTIES, 6)
    sup = rng.choice(["general", "close", "direct"])
    paragraphs = "\n\n".join(FILLER.format(sup=sup) + f" Paragraph {i} of the {title} description."
                             for i in range(3))
    text = (
        f"{prefix}{title}\n{employer}\nClass Code: {code}\n\n"
        f"DEFINITION\n\nUnder {sup} supervision, performs {title.lower()} work.\n\n{paragraphs}\n\n"
        "EXAMPLES OF ESSENTIAL FUNCTIONS\n\n" + "\n".join(f"- {d}" for d in duties) + "\n\n"
        f"{paragraphs}\n\n"
        "MINIMUM QUALIFICATIONS\n\nEducation: High school diploma or equivalent.\n"
        f"Experience: {rng.randint(1, 5)} years of experience in {title.lower()} work.\n\n"
        "LICENSES AND CERTIFICATES\n\nA valid driver's license may be required.\n\n"
        f"SALARY\n\n${low:.2f} - ${high:.2f} hourly\n"
    )
    return text, low, high


def write_corpus(folder: Path, seed: int, n: int = N_DOCS) -> list[dict[str, object]]:
    """``n`` generated class specs (distinct title/employer pairs) in ``folder``; returns what each says."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    pairs = [(t, e) for t in TITLES for e in EMPLOYERS]
    rng.shuffle(pairs)
    written = []
    for i, (title, employer) in enumerate(pairs[:n]):
        text, low, high = class_spec(rng, title, employer)
        name = f"{title} {employer}".lower().replace(" ", "-") + ".txt"
        (folder / name).write_text(text, encoding="utf-8")
        written.append({"name": name, "doc_id": name[:-4], "title": title, "employer": employer, "low": low, "high": high})
    return written


def start_ingest(folder: Path, data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "ingest", str(folder), "--data-dir", str(data_dir), "--quiet"],
        cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def registry_states(data_dir: Path) -> dict[str, int]:
    """{'ready': n, 'indexing': n} read straight from the registry file (read-only; {} before it exists)."""
    path = data_dir / "registry.sqlite"
    if not path.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return dict(conn.execute("SELECT state, COUNT(*) FROM documents GROUP BY state").fetchall())
        finally:
            conn.close()
    except sqlite3.OperationalError:  # the schema is being created
        return {}


def wait_until(predicate, process: subprocess.Popen[str], timeout_s: float = 600.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the ingest exited ({process.returncode}) before {what}: {out[-2000:]} {err[-2000:]}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def kill(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)


# --- SIGKILL mid-ingest ------------------------------------------------------------------------


@pytest.mark.parametrize("seed, moment", [(9, "any"), (2024, "half-indexed")])
def test_sigkill_mid_ingest_then_sync_matches_the_corpus_exactly(seed, moment, tmp_path, data_dir, clean_env, settings,
                                                                  make_index, check_index):
    """Killed once some documents are ready: at a random moment after that ("any": embedding, writing vectors,
    committing), or the moment a document is seen marked 'indexing' (its vectors half-written)."""
    folder = tmp_path / "specs"
    written = write_corpus(folder, seed)
    rng = random.Random(seed)
    target = rng.randint(1, N_DOCS - 20)  # documents committed before the kill ...
    extra = rng.uniform(0.0, 0.4) if moment == "any" else 0.0  # ... plus a random moment after that

    def due() -> bool:
        states = registry_states(data_dir)
        return states.get("ready", 0) >= target and (moment == "any" or states.get("indexing", 0) > 0)

    process = start_ingest(folder, data_dir, clean_env)
    wait_until(due, process, what=f"{target} documents were ready ({moment})")
    time.sleep(extra)
    kill(process)
    assert process.returncode == -signal.SIGKILL
    at_kill = registry_states(data_dir)
    assert at_kill.get("ready", 0) < N_DOCS, f"the kill came after the ingest was done ({at_kill}); not mid-ingest"

    index = make_index(settings)
    # Retrieval never serves what the killed run left half-done: only 'ready' documents are live.
    assert len(index.registry.ready_documents()) == at_kill.get("ready", 0)
    print(f"killed at {at_kill}; vectors {index.store.count()}, live chunks {index.registry.counts()['chunks']}")
    summary = sync(index, [folder])
    assert summary.failed == []
    assert summary.added + summary.updated + summary.unchanged == N_DOCS
    per_doc = check_index(index)  # same chunk ids in registry and Chroma, all ready, no orphans
    assert set(per_doc) == {w["doc_id"] for w in written}
    assert {d.source for d in index.registry.ready_documents()} == {w["name"] for w in written}
    assert index.store.count() == sum(len(ids) for ids in per_doc.values())
    assert len({cid for ids in per_doc.values() for cid in ids}) == index.store.count()  # no duplicates

    # A second sync has nothing left to do, and a new process sees the same index.
    calls = index.embeddings.calls
    again = sync(index, [folder])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, N_DOCS)
    assert index.embeddings.calls == calls
    assert check_index(make_index(settings)) == per_doc


def registry_updating(data_dir: Path) -> int:
    """How many live documents a running ingest is rewriting (read-only)."""
    conn = sqlite3.connect(f"file:{data_dir / 'registry.sqlite'}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT COUNT(*) FROM updating").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def test_sigkill_mid_update_keeps_every_old_version_live_then_sync_finishes(tmp_path, data_dir, clean_env, settings,
                                                                            make_index, check_index):
    """Rewritten documents stay answerable from their old version until the new one is committed, even when the
    ingest writing the new version is killed half way; the next sync drops the stray vectors and finishes."""
    folder = tmp_path / "specs"
    written = write_corpus(folder, seed=31, n=40)
    index = make_index(settings)
    sync(index, [folder])
    old_text = {d.doc_id: d.text for d in index.registry.ready_documents(with_text=True)}
    rng = random.Random(32)
    for w in written:
        text, _, _ = class_spec(rng, str(w["title"]), str(w["employer"]), prefix="Revised classification.\n\n")
        path = folder / str(w["name"])
        stat = path.stat()
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    del index

    process = start_ingest(folder, data_dir, clean_env)
    wait_until(lambda: registry_updating(data_dir) > 0, process, what="an update was under way")
    kill(process)
    assert process.returncode == -signal.SIGKILL

    index = make_index(settings)
    live = {d.doc_id: d.text for d in index.registry.ready_documents(with_text=True)}
    assert set(live) == set(old_text), "a document stopped being answerable because its update was killed"
    revised = sorted(doc_id for doc_id, text in live.items() if text != old_text[doc_id])
    assert len(revised) < len(written), "the kill came after every update was committed"
    assert all(live[doc_id].startswith("Revised classification.") for doc_id in revised)
    assert index.registry.updating_documents(), "the cut-short update left no note for the next sync"

    summary = sync(index, [folder])
    assert summary.failed == [] and summary.updated == len(written) - len(revised)
    check_index(index)  # stray vectors of the cut-short update are gone; registry and Chroma agree
    assert all(d.text.startswith("Revised classification.") for d in index.registry.ready_documents(with_text=True))


# --- one ingest at a time --------------------------------------------------------------------


def test_second_sync_names_the_ingest_holding_the_lock(tmp_path, data_dir, clean_env, settings, make_index,
                                                       check_index):
    folder = tmp_path / "specs"
    write_corpus(folder, seed=5, n=30)
    process = start_ingest(folder, data_dir, clean_env)
    lock = data_dir / "ingest.lock"
    holder = f"pid {process.pid}"
    try:
        wait_until(lambda: lock.exists() and holder in lock.read_text(), process, what="the ingest took the lock")
        index = make_index(settings)
        with pytest.raises(IngestLockedError, match=f"already running \\({holder} since"):
            sync(index, [folder], wait_for_lock=False)
    finally:
        kill(process)
    # The kernel dropped the dead holder's lock: the next sync takes it and repairs what was left.
    summary = sync(index, [folder], wait_for_lock=False)
    assert summary.failed == [] and summary.added + summary.updated + summary.unchanged == 30
    assert len(check_index(index)) == 30


# --- answering while an ingest runs ----------------------------------------------------------------


def test_answers_during_a_sync_never_cite_a_document_that_is_not_ready(tmp_path, settings, make_index):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        (folder / name).write_bytes((CORPUS_DIR / name).read_bytes())
    index = make_index(settings)
    sync(index, [folder])
    assistant = Assistant(settings, index=index)
    generated = write_corpus(folder, seed=77, n=40)
    questions = [f"What is the salary for the {w['title']} at the {w['employer']}?" for w in generated]
    questions.insert(0, "What is the salary range for the Butte County IT specialist?")

    def ask_while(running: threading.Event, log: list, errors: list) -> None:
        i = 0
        while running.is_set() or i < 3:
            question = questions[i % len(questions)]
            i += 1
            try:
                answer = assistant.ask(question)
            except Exception:  # noqa: BLE001 - reported by the main thread
                errors.append(traceback.format_exc())
                return
            # Checked after the answer: in a sync that only adds or rewrites, 'ready' never goes back to missing.
            for c in answer.citations:
                record = index.registry.get_document(c.doc_id)
                ok = record is not None and record.state == "ready"
                log.append((question, c.doc_id, ok, c.quote, c.start, c.end))

    def phase(action) -> list:
        log: list = []
        errors: list = []
        running = threading.Event()
        running.set()
        asker = threading.Thread(target=ask_while, args=(running, log, errors))
        asker.start()
        try:
            action()
        finally:
            running.clear()
            asker.join(timeout=300)
        assert not errors, errors[0]
        return log

    # Phase 1: forty new documents arrive while questions are asked.
    added = phase(lambda: sync(index, [folder]))
    # Phase 2: twenty of them are rewritten, with a new first line that moves every offset, and new salaries.
    rng = random.Random(78)
    for w in generated[:20]:
        text, _, _ = class_spec(rng, str(w["title"]), str(w["employer"]), prefix="Revised classification.\n\n")
        path = folder / str(w["name"])
        stat = path.stat()
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    versions = {d.doc_id: [d.text] for d in index.registry.ready_documents(with_text=True)}
    rewritten = phase(lambda: sync(index, [folder]))
    for d in index.registry.ready_documents(with_text=True):
        versions.setdefault(d.doc_id, []).append(d.text)

    log = added + rewritten
    assert len(log) >= 5, "too few citations to say anything"
    not_ready = [entry[:2] for entry in log if not entry[2]]
    assert not not_ready, f"cited while not ready: {not_ready[:5]}"
    # Every quote is the exact span of a version of its document that was live (never old text at new offsets).
    mismatched = [entry[:2] for entry in log
                  if not any(text[entry[4]:entry[5]] == entry[3] for text in versions.get(entry[1], []))]
    assert not mismatched, f"quotes that are not a live version's text: {mismatched[:5]}"
    assert {entry[1] for entry in log} & {str(w["doc_id"]) for w in generated}, \
        "no generated document was ever cited: the questions never reached the new documents"
