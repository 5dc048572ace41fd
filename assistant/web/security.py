"""Admin login sessions, the API key check, per-client rate limits and safe file names.

Passwords and keys are compared in constant time (:func:`hmac.compare_digest`)
and never logged. Sessions are random tokens kept in memory that expire after
``session_ttl_s``; restarting the server logs everyone out.

Example:
    >>> sessions = SessionStore(ttl_s=3600)
    >>> token = sessions.create("hr")
    >>> sessions.user(token)
    'hr'
    >>> RateLimiter(per_minute=1).hit("10.0.0.1"), RateLimiter(per_minute=0).hit("x")
    (None, None)
"""

from __future__ import annotations

import hmac
import re
import secrets
import threading
import time
import unicodedata
from collections import deque
from typing import Any, Callable, Mapping

from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.settings import Settings

SESSION_COOKIE = "jca_admin"
API_KEY_HEADER = "X-API-Key"


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def check_credentials(settings: Settings, user: str, password: str) -> bool:
    """True when both match the configured admin credentials (constant time; off when unset)."""
    if not settings.admin_enabled:
        return False
    user_ok = _same(user or "", settings.admin_user)
    password_ok = _same(password or "", settings.admin_password)
    return user_ok and password_ok


def presented_api_key(headers: Mapping[str, str]) -> str:
    """The key a request carries (X-API-Key, else ``Authorization: Bearer``), or ""."""
    given = headers.get(API_KEY_HEADER.lower()) or headers.get(API_KEY_HEADER) or ""
    if not given:
        auth = headers.get("authorization") or headers.get("Authorization") or ""
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
    return given


def api_key_ok(settings: Settings, headers: Mapping[str, str]) -> bool:
    """True when no API key is configured, or the request carries it (X-API-Key or Bearer)."""
    if not settings.api_key:
        return True
    given = presented_api_key(headers)
    return bool(given) and _same(given, settings.api_key)


def client_address(request: Any) -> str:
    """The client's address for per-client limits.

    ``request.client`` is the TCP peer, rewritten from ``X-Forwarded-For`` only when the peer is one of
    ``JCA_TRUSTED_PROXIES`` (the server's proxy-headers middleware does that, once, for every route).
    """
    client = getattr(request, "client", None)
    return getattr(client, "host", None) or "unknown"


class SessionStore:
    """Admin sessions: random token -> (user, expiry)."""

    def __init__(self, ttl_s: int) -> None:
        self.ttl_s = max(1, int(ttl_s))
        self._sessions: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()
        self._secret = secrets.token_bytes(32)

    def create(self, user: str) -> str:
        token = secrets.token_urlsafe(32)
        now = time.monotonic()
        with self._lock:
            self._sessions = {t: v for t, v in self._sessions.items() if v[1] > now}
            self._sessions[token] = (user, now + self.ttl_s)
        return token

    def user(self, token: str | None) -> str | None:
        if not token:
            return None
        with self._lock:
            entry = self._sessions.get(token)
            if entry is None:
                return None
            if entry[1] <= time.monotonic():
                del self._sessions[token]
                return None
            return entry[0]

    def drop(self, token: str | None) -> None:
        with self._lock:
            self._sessions.pop(token or "", None)

    def csrf_token(self, token: str | None) -> str | None:
        """The anti-forgery token of a live session (derived from it with a per-process secret), else None.

        Pages of this server read it (the admin page's script from ``/api/admin/csrf``, forms in a hidden
        field) and send it back; another site can neither read it nor compute it.
        """
        if not self.user(token):
            return None
        return hmac.new(self._secret, (token or "").encode("utf-8"), "sha256").hexdigest()

    def csrf_ok(self, token: str | None, given: str | None) -> bool:
        """True when ``given`` is the anti-forgery token of the live session ``token`` (constant time)."""
        expected = self.csrf_token(token)
        return bool(expected and given) and _same(given or "", expected or "")


class RateLimiter:
    """At most ``per_minute`` hits per key in any 60-second window (0 turns it off)."""

    def __init__(self, per_minute: int, window_s: float = 60.0) -> None:
        self.per_minute = int(per_minute)
        self.window_s = window_s
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._last_prune = time.monotonic()

    def hit(self, key: str) -> float | None:
        """Count a hit; None when allowed, else the seconds to wait before the next one is."""
        if self.per_minute <= 0:
            return None
        now = time.monotonic()
        with self._lock:
            if now - self._last_prune > self.window_s:
                self._hits = {k: q for k, q in self._hits.items() if q and q[-1] > now - self.window_s}
                self._last_prune = now
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(0.1, hits[0] + self.window_s - now)
            hits.append(now)
        return None


    def attempt(self, key: str, check: Callable[[], bool]) -> tuple[bool, float | None]:
        """One credential check under the limit: ``(ok, None)``, ``(False, None)`` for a wrong credential
        (which counts as a hit), or ``(False, wait)`` when over the limit: then even the right credential is
        refused, unchecked, until the window passes.

        Only failures count, so a script with the right password is never slowed; the check runs under the
        lock, so parallel guesses cannot all slip in before the first failure is counted.
        """
        if self.per_minute <= 0:
            return check(), None
        now = time.monotonic()
        with self._lock:
            if now - self._last_prune > self.window_s:
                self._hits = {k: q for k, q in self._hits.items() if q and q[-1] > now - self.window_s}
                self._last_prune = now
            hits = self._hits.get(key) or deque()
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False, max(0.1, hits[0] + self.window_s - now)
            if check():
                return True, None
            hits.append(now)
            self._hits[key] = hits
        return False, None


class FileNameError(ValueError):
    """An uploaded file's name cannot be used; the message says why."""


_SAFE_CHARS = re.compile(r"[^A-Za-z0-9._ ()+,&'-]+")


def safe_filename(raw: str, max_len: int = 120) -> str:
    """A plain file name for the corpus folder, or :class:`FileNameError`.

    Directory parts are dropped (``../../etc/passwd`` becomes ``passwd``, which is
    then refused for having no supported suffix), Unicode is normalised (NFKC) and
    reduced to a conservative set of characters, and hidden or empty names are refused.
    """
    if raw is None:
        raise FileNameError("the file has no name")
    name = unicodedata.normalize("NFKC", str(raw))
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")  # control/format characters
    name = name.replace("\\", "/").split("/")[-1].strip()
    name = "".join(
        ch if ch.isascii() else "" if unicodedata.category(ch) == "Mn" else "-"  # é -> e, – and 職 -> -
        for ch in unicodedata.normalize("NFKD", name)
    )
    name = _SAFE_CHARS.sub("-", name)
    name = re.sub(r"-{2,}", "-", name).strip()
    if not name or name.startswith("."):
        raise FileNameError(f"{raw!r} is not a usable file name")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        raise FileNameError(f"{name!r} has no file type; supported: {' '.join(sorted(SUPPORTED_SUFFIXES))}")
    suffix = "." + suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise FileNameError(f"unsupported file type {suffix}; supported: {' '.join(sorted(SUPPORTED_SUFFIXES))}")
    stem = stem[: max_len - len(suffix)].strip(" .-")
    if not stem:
        raise FileNameError(f"{raw!r} has no usable letters or digits in its name; rename it (e.g. clerk-typist.txt)")
    return stem + suffix
