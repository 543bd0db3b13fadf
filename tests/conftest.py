"""Shared fixtures.

Every test runs with ``AUDIOBULLETIN_HOME`` in a fresh temporary folder and the voice download
URL pointed at a closed local port, so no test touches the real user folder or the internet.
Tests that need real voice packs ask for ``voice_url``: the local mirror
(``../shared/voices/kokoro-v1.0-zh``, or ``$AUDIOBULLETIN_VOICE_MIRROR``) served over HTTP, so
the real download-and-verify code runs. The mirror's files are never copied into the repo.
"""

from __future__ import annotations

import functools
import http.server
import os
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

#: A port nothing listens on (the "discard" service is not run anywhere we test), so a
#: download fails at once with "connection refused", like a machine that is offline.
OFFLINE_URL = "http://127.0.0.1:9/voices/"


def pytest_configure(config: pytest.Config) -> None:
    """Ctrl-C as a terminal sends it, even where the suite was started in the background by
    a script (``cmd &`` in a non-interactive shell starts it with SIGINT ignored, and every
    child it starts inherits that): the tests that press Ctrl-C need it heard."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-test user folder, and no real network for voice downloads."""
    home = tmp_path / "abhome"
    monkeypatch.setenv("AUDIOBULLETIN_HOME", str(home))
    monkeypatch.setenv("AUDIOBULLETIN_VOICE_URL", OFFLINE_URL)
    return home


@pytest.fixture(scope="session")
def voice_mirror() -> Path:
    """The local copy of the Mandarin voice packs; tests needing it skip when it is absent."""
    env = os.environ.get("AUDIOBULLETIN_VOICE_MIRROR")
    folder = Path(env) if env else REPO.parent / "shared" / "voices" / "kokoro-v1.0-zh"
    if not (folder / "SHA256SUMS").is_file():
        pytest.skip(f"voice mirror not found at {folder}")
    return folder


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def serve_dir() -> Iterator[Callable[[Path], str]]:
    """Factory: serve a folder over HTTP on 127.0.0.1; returns its base URL (ends with '/')."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def serve(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def mirror_url(voice_mirror: Path, serve_dir: Callable[[Path], str]) -> str:
    """Base URL of the voice mirror served locally (one server for the whole session)."""
    return serve_dir(voice_mirror)


@pytest.fixture
def voice_url(mirror_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """Point voice downloads at the local mirror for this test."""
    monkeypatch.setenv("AUDIOBULLETIN_VOICE_URL", mirror_url)
    return mirror_url


@pytest.fixture(scope="session")
def kokoro_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Kokoro model assembled once per session (92 MB) outside the per-test homes."""
    from audiobulletin.engines.kokoro import ensure_model

    return ensure_model(tmp_path_factory.mktemp("models"))


# --------------------------------------------------------------------------- edge (online)

#: Where the online engine goes in tests unless a test starts the fake service: a closed
#: local port, so nothing ever reaches the internet.
EDGE_OFFLINE_URL = "ws://127.0.0.1:9/consumer/speech/synthesize/readaloud"


@pytest.fixture(autouse=True)
def _edge_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOBULLETIN_EDGE_URL", EDGE_OFFLINE_URL)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture(scope="session")
def edge_frames(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[bytes], list[bytes]]:
    """Tone and silence MP3 frames for the fake edge service, encoded once by ffmpeg."""
    from edge_server import make_frames

    return make_frames(tmp_path_factory.mktemp("edge-audio"))


@pytest.fixture
def edge_server(edge_frames, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A fake edge service on 127.0.0.1 that the engine (and the CLI) is pointed at."""
    from edge_server import FakeEdgeServer

    server = FakeEdgeServer(*edge_frames)
    monkeypatch.setenv("AUDIOBULLETIN_EDGE_URL", server.start())
    yield server
    server.stop()


# --------------------------------------------------------------------------- fake voice


@pytest.fixture
def fake_voice(_isolated_home: Path) -> str:
    """A voice profile that speaks with the deterministic fake engine."""
    voices = _isolated_home / "voices"
    voices.mkdir(parents=True, exist_ok=True)
    (voices / "test_fake.toml").write_text(
        'engine = "fake"\nvoice = "tone"\nlanguage = "zh"\ngender = "neutral"\n'
        'description = "Tones whose length follows the text."\n',
        encoding="utf-8",
    )
    return "test_fake"


#: Fixtures that read the voice mirror in ../shared.
_SHARED_FIXTURES = frozenset({"voice_mirror", "mirror_url", "voice_url"})


def _reads_shared_data(module: object) -> bool:
    """Whether a test module reads ../shared through :mod:`shared_data` (``import
    shared_data`` or ``from shared_data import ...``)."""
    return any(
        getattr(value, "__name__", None) == "shared_data"
        or getattr(value, "__module__", None) == "shared_data"
        for value in vars(module).values()
    )


@pytest.hookimpl(tryfirst=True)  # before -m selects by the marks
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``shared`` every test that can see ../shared: those of a module that reads it, and
    those that ask for the voice mirror. The bare pass of ``.ci/run`` runs these again with
    ../shared hidden; the others never look at it, so their result cannot change there."""
    for item in items:
        module = getattr(item, "module", None)
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _SHARED_FIXTURES or (module is not None and _reads_shared_data(module)):
            item.add_marker(pytest.mark.shared)
