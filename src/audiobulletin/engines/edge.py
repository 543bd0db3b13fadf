"""Microsoft's online neural voices through edge-tts, without losing a character.

edge-tts is a thin client of the service behind Edge's read-aloud, and it loses text in two
ways without raising: it does not split long Chinese text that has no whitespace (the service
then cuts the request short), and a stream that ends before ``turn.end`` returns normally with
the audio received so far. This engine therefore

* **splits the text itself** at sentence ends, into requests of at most
  :data:`MAX_REQUEST_BYTES` after XML escaping (the service's limit is 4096), joins short
  sentences into requests of up to :data:`GROUP_BYTES`, and never joins across a chapter;
* **checks every reply for truncation**: the stream must have reached ``turn.end``, and the audio
  (constant 48 kbit/s, so 6 bytes per ms) must reach the end of the last sentence boundary the
  service announced; a truncated reply is requested again;
* **retries with exponential backoff and jitter** on 403, 429 and 5xx, connection errors,
  timeouts, ``NoAudioReceived`` and truncation. Once one request has used up its tries on an
  outage (connection, timeout, refused handshake), the requests not yet started fail at once
  instead of each waiting through its own backoff;
* **never sends a text with nothing to say** (punctuation only): it gets an empty clip;
* **keeps concurrency small** (default 2, at most 4): the service blocks floods;
* **cuts each request's audio at the service's sentence boundaries**, so every sentence still
  gets its own clip and the transcript's cues follow the service's own timing. When the
  boundaries do not line up with the sentences sent, those sentences are requested one by one.

The service returns 24 kHz mono MP3; it is decoded to PCM here, so nothing downstream knows
which engine spoke. ``AUDIOBULLETIN_EDGE_URL`` replaces the service's base address (a test
server, a relay); edge-tts itself is imported only when speech is made.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import queue
import random
import re
import threading
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from audiobulletin.audio import AudioClip, decode_mp3
from audiobulletin.engines.base import MAX_CONCURRENCY, Engine, bad_setting, register
from audiobulletin.errors import EngineError, VoiceError
from audiobulletin.zh import ends_sentence, split_clauses, split_sentences, voiced_chars

DEFAULT_VOICE = "zh-CN-YunyangNeural"

#: Mandarin voices of the service (name, gender, note), for ``voices --engine edge`` offline.
KNOWN_VOICES: tuple[tuple[str, str, str], ...] = (
    ("zh-CN-XiaoxiaoNeural", "female", "warm, general purpose"),
    ("zh-CN-XiaoyiNeural", "female", "lively"),
    ("zh-CN-YunjianNeural", "male", "passionate, sports"),
    ("zh-CN-YunxiNeural", "male", "sunny, narration"),
    ("zh-CN-YunxiaNeural", "male", "young"),
    ("zh-CN-YunyangNeural", "male", "professional, news"),
    ("zh-CN-liaoning-XiaobeiNeural", "female", "Liaoning dialect"),
    ("zh-CN-shaanxi-XiaoniNeural", "female", "Shaanxi dialect"),
)

#: Replaces the service's base address (scheme ws/wss; the voice list is fetched over http/s).
URL_ENV = "AUDIOBULLETIN_EDGE_URL"

#: Largest request, in UTF-8 bytes after XML escaping: well under the service's 4096.
MAX_REQUEST_BYTES = 1500
#: Sentences are joined into one request up to this size (about 200 Han characters, under a
#: minute of speech): big enough to save round trips, small enough that a chapter is several
#: requests the concurrency can overlap, and that a retry repeats little.
GROUP_BYTES = 600
DEFAULT_CONCURRENCY = 2
#: The service's audio is constant 48 kbit/s MP3: 6 bytes per millisecond.
BYTES_PER_MS = 6
TICKS_PER_MS = 10_000
#: Audio may end this much before the last boundary's end without counting as truncated (a
#: frame and a half; the service's boundaries end at the last phoneme, its audio later).
TRUNCATION_SLACK_MS = 40.0
#: HTTP statuses of a refused handshake that are worth another try.
RETRY_STATUSES = frozenset({403, 408, 429, 500, 502, 503, 504})

_VOICE_RE = re.compile(r"^[a-z]{2,3}-[A-Z]{2,}-(?:[a-z]+-)?[A-Za-z]+Neural$")


def signed_percent(factor: float) -> str:
    """A multiplier as edge-tts's signed percentage: 0.9 -> "-10%", 1.25 -> "+25%"."""
    return f"{round((factor - 1.0) * 100):+d}%"


def signed_hz(hz: float) -> str:
    """A pitch shift in Hz as edge-tts writes it: 0 -> "+0Hz", -20 -> "-20Hz"."""
    return f"{round(hz):+d}Hz"


def escaped_bytes(text: str) -> int:
    """Size of ``text`` in a request: UTF-8 bytes after XML escaping."""
    return len(escape(text).encode("utf-8"))


def _service_urls() -> tuple[str, str] | None:
    """(websocket URL, voice list URL) from ``AUDIOBULLETIN_EDGE_URL``, or None when unset."""
    base = os.environ.get(URL_ENV, "").strip().rstrip("/")
    if not base:
        return None
    from edge_tts.constants import TRUSTED_CLIENT_TOKEN

    http = re.sub(r"^ws", "http", base)
    return (
        f"{base}/edge/v1?TrustedClientToken={TRUSTED_CLIENT_TOKEN}",
        f"{http}/voices/list?trustedclienttoken={TRUSTED_CLIENT_TOKEN}",
    )


def _use_service_urls() -> None:
    """Point edge-tts at ``AUDIOBULLETIN_EDGE_URL`` when it is set (the module attributes are
    what the client reads at request time)."""
    urls = _service_urls()
    if urls is None:
        return
    import edge_tts.communicate
    import edge_tts.voices

    edge_tts.communicate.WSS_URL, edge_tts.voices.VOICE_LIST = urls  # type: ignore[attr-defined]


class TruncatedAudio(Exception):
    """The stream ended early: no ``turn.end``, or less audio than the boundaries announced."""


@dataclass(frozen=True)
class _Boundary:
    offset_ms: float
    end_ms: float
    text: str


@dataclass(frozen=True)
class _Reply:
    audio: bytes
    boundaries: tuple[_Boundary, ...]
    turn_end: bool


@dataclass
class EdgeStats:
    """What the engine did, for benchmarks, tests and the curious."""

    requests: int = 0
    retries: int = 0
    truncated: int = 0
    audio_bytes: int = 0
    """MP3 bytes of the replies that were accepted (complete ones only)."""


def split_for_requests(text: str, limit: int = MAX_REQUEST_BYTES) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` escaped bytes, losing nothing.

    Built on the product's one splitter (:mod:`audiobulletin.zh`): at sentence ends first,
    then at clause punctuation, and as a last resort between two characters; the pieces are
    then packed greedily up to the byte limit. ``"".join(result) == text``.
    """
    if escaped_bytes(text) <= limit or len(text) <= 1:
        return [text]
    out: list[str] = []
    parts = list(text)
    for cut in (split_sentences(text, len(text)), split_clauses(text)):
        if len(cut) > 1:
            parts = cut
            break
    current = ""
    for part in parts:
        if current and escaped_bytes(current + part) > limit:
            out.extend(split_for_requests(current, limit))
            current = ""
        current += part
    if current:
        out.extend(split_for_requests(current, limit))
    # A piece with nothing to say (a run of dots) would come back without audio: fold it in.
    folded: list[str] = []
    for piece in out:
        if folded and (voiced_chars(piece) == 0 or voiced_chars(folded[-1]) == 0):
            folded[-1] += piece
        else:
            folded.append(piece)
    return folded


def _key(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def cut_points_ms(sentences: Sequence[str], boundaries: Sequence[_Boundary]) -> list[float] | None:
    """Where to cut a request's audio between its sentences, in ms (one fewer than sentences).

    Boundary texts are matched to the sentences by their letters (punctuation and spacing
    ignored). Each cut lies midway in the pause between the end of one sentence's last boundary
    and the start of the next sentence's first. None when the boundaries do not line up with
    the sentences: then the sentences must be spoken one per request.
    """
    keys = [_key(s) for s in sentences]
    starts, pos = [], 0
    for k in keys:
        starts.append(pos)
        pos += len(k)
    full = "".join(keys)
    located: list[tuple[int, _Boundary]] = []
    at = 0
    for b in boundaries:
        k = _key(b.text)
        if not k:
            continue
        found = full.find(k, at)
        if found < 0:
            return None
        located.append((found, b))
        at = found + len(k)
    cuts: list[float] = []
    for i in range(1, len(sentences)):
        first = next((b for start, b in located if start == starts[i]), None)
        if first is None:
            return None
        before = [b.end_ms for start, b in located if start < starts[i]]
        end = max(before) if before else 0.0
        cut = (end + first.offset_ms) / 2 if end <= first.offset_ms else first.offset_ms
        cuts.append(max(cut, cuts[-1] if cuts else 0.0))
    return cuts


def check_complete(reply: _Reply) -> None:
    """Raise :class:`TruncatedAudio` when the reply lost its end."""
    audio_ms = len(reply.audio) / BYTES_PER_MS
    if not reply.turn_end:
        raise TruncatedAudio(f"the stream ended before turn.end after {audio_ms:.0f} ms of audio")
    if reply.boundaries:
        last = max(b.end_ms for b in reply.boundaries)
        if audio_ms + TRUNCATION_SLACK_MS < last:
            raise TruncatedAudio(
                f"{audio_ms:.0f} ms of audio, but the sentences announced reach {last:.0f} ms"
            )


def _status(exc: BaseException) -> int | None:
    """The HTTP status behind a refused handshake (also when edge-tts wrapped it)."""
    import aiohttp

    for e in (exc, exc.__cause__, exc.__context__):
        if isinstance(e, aiohttp.ClientResponseError):
            return e.status
    return None


def is_outage(exc: BaseException) -> bool:
    """The service cannot be reached or refuses us: waiting helps, sending more does not."""
    import aiohttp

    if _status(exc) is not None:
        return _status(exc) in RETRY_STATUSES
    return isinstance(exc, aiohttp.ClientConnectionError | TimeoutError | asyncio.TimeoutError)


def is_retryable(exc: BaseException) -> bool:
    from edge_tts.exceptions import NoAudioReceived, WebSocketError

    return is_outage(exc) or isinstance(exc, NoAudioReceived | WebSocketError | TruncatedAudio)


def describe(exc: BaseException) -> str:
    """One line for the user about what went wrong with a request."""
    from edge_tts.exceptions import NoAudioReceived

    status = _status(exc)
    if status == 403:
        return "the service refused the connection (HTTP 403)"
    if status == 429:
        return "the service says too many requests (HTTP 429)"
    if status is not None:
        return f"the service answered HTTP {status}"
    if isinstance(exc, TimeoutError | asyncio.TimeoutError):
        return "the service did not answer in time"
    if isinstance(exc, NoAudioReceived):
        return "the service sent no audio (is the voice name right?)"
    if isinstance(exc, TruncatedAudio):
        return f"the audio was cut short: {exc}"
    text = str(exc).strip() or type(exc).__name__
    import aiohttp

    if isinstance(exc, aiohttp.ClientConnectorError):
        why = exc.os_error.strerror or str(exc.os_error)
        return f"cannot reach the service at {exc.host}:{exc.port} ({why})"
    if isinstance(exc, aiohttp.ClientConnectionError):
        return f"cannot reach the service ({text})"
    return text


@register("edge")
class EdgeEngine(Engine):
    """Online neural voices (zh-CN-YunyangNeural, zh-CN-XiaoxiaoNeural, ...) via edge-tts.

    Options: ``concurrency`` (requests in flight, 1..4), ``attempts`` (tries per request),
    ``backoff_s`` and ``backoff_max_s`` (the first retry waits about ``backoff_s``, each next
    one twice as long, up to ``backoff_max_s``; half of each wait is random), ``volume``
    (multiplier) and ``pitch_hz`` (shift), ``connect_timeout_s`` and ``receive_timeout_s``.
    """

    online = True
    parallel = False
    default_voice = DEFAULT_VOICE
    default_concurrency = DEFAULT_CONCURRENCY
    sample_rate = 24000
    max_chars = 300

    def __init__(
        self,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        attempts: int = 5,
        backoff_s: float = 1.0,
        backoff_max_s: float = 16.0,
        volume: float = 1.0,
        pitch_hz: float = 0.0,
        connect_timeout_s: int = 10,
        receive_timeout_s: int = 30,
        max_request_bytes: int = MAX_REQUEST_BYTES,
        group_bytes: int = GROUP_BYTES,
    ) -> None:
        if not 1 <= concurrency <= MAX_CONCURRENCY:
            raise EngineError(
                f"edge concurrency must be within 1..{MAX_CONCURRENCY}, got {concurrency}.",
                hint="The service blocks floods of parallel requests.",
            )
        if attempts < 1:
            raise bad_setting("edge", "attempts", "at least 1", attempts)
        if backoff_s < 0:
            raise bad_setting("edge", "backoff_s", "0 or more", backoff_s)
        if backoff_max_s < backoff_s:
            raise bad_setting(
                "edge", "backoff_max_s", f"at least backoff_s ({backoff_s})", backoff_max_s
            )
        if not 0 < max_request_bytes <= 4000:
            raise bad_setting("edge", "max_request_bytes", "within 1..4000", max_request_bytes)
        self.concurrency = concurrency
        self.attempts = attempts
        self.backoff_s = backoff_s
        self.backoff_max_s = backoff_max_s
        self.volume = signed_percent(volume)
        self.pitch = signed_hz(pitch_hz)
        self.connect_timeout_s = connect_timeout_s
        self.receive_timeout_s = receive_timeout_s
        self.max_request_bytes = max_request_bytes
        self.group_bytes = min(group_bytes, max_request_bytes)
        self.stats = EdgeStats()

    @property
    def model_id(self) -> str:
        return f"edge-tts/{self.volume}/{self.pitch}"

    @classmethod
    def check_voice(cls, voice: str) -> str:
        if not _VOICE_RE.match(voice):
            raise VoiceError(
                f"'{voice}' is not an edge voice name.",
                hint="Names look like zh-CN-YunyangNeural; list them: "
                "audiobulletin voices --engine edge",
            )
        return voice

    # ------------------------------------------------------------------ the Engine interface

    def synthesize(self, text: str, voice: str, rate: float = 1.0) -> AudioClip:
        for _index, outcome in self.synthesize_many([text], voice, rate):
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        raise AssertionError("synthesize_many yielded nothing")  # pragma: no cover

    def synthesize_many(
        self,
        texts: Sequence[str],
        voice: str,
        rate: float = 1.0,
        *,
        breaks: Set[int] = frozenset(),
    ) -> Iterator[tuple[int, AudioClip | Exception]]:
        voice = self.check_voice(voice)
        prosody = {"rate": signed_percent(rate), "volume": self.volume, "pitch": self.pitch}
        # Units: (text index, piece). A text too long for one request becomes several pieces,
        # spoken in order and joined again.
        units: list[tuple[int, str]] = []
        pieces_left: dict[int, int] = {}
        for index, text in enumerate(texts):
            if voiced_chars(text) == 0:
                continue
            pieces = split_for_requests(text, self.max_request_bytes)
            pieces_left[index] = len(pieces)
            units.extend((index, p) for p in pieces)
        for index, text in enumerate(texts):
            if voiced_chars(text) == 0:
                yield index, AudioClip(pcm=b"", sample_rate=self.sample_rate)
        if not units:
            return
        groups = self._groups(units, breaks)

        results: queue.Queue[tuple[int, AudioClip | Exception]] = queue.Queue()

        def work() -> None:
            # The requests run on an event loop of their own in a thread of their own, so that
            # callers stay synchronous; results come back through the queue as they finish.
            try:
                asyncio.run(self._speak_all(groups, units, voice, prosody, results.put))
            except BaseException as exc:  # never leave the caller waiting on the queue
                results.put((-1, EngineError(f"edge-tts stopped: {exc!r}")))

        worker = threading.Thread(target=work, name="edge-tts", daemon=True)
        worker.start()
        parts: dict[int, dict[int, AudioClip | Exception]] = {i: {} for i in pieces_left}
        for _ in range(len(units)):
            unit, outcome = results.get()
            if unit < 0:
                assert isinstance(outcome, Exception)
                raise outcome
            index = units[unit][0]
            parts[index][unit] = outcome
            if len(parts[index]) == pieces_left[index]:
                yield index, self._join([parts[index][u] for u in sorted(parts[index])])
        worker.join()

    # ------------------------------------------------------------------ internals

    def _join(self, outcomes: list[AudioClip | Exception]) -> AudioClip | Exception:
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                return outcome
        return AudioClip(
            pcm=b"".join(o.pcm for o in outcomes if isinstance(o, AudioClip)),
            sample_rate=self.sample_rate,
        )

    def _groups(self, units: list[tuple[int, str]], breaks: Set[int]) -> list[list[int]]:
        """Consecutive units joined into requests: only after a sentence end, never across a
        break, and within the size limit."""
        groups: list[list[int]] = []
        size = 0
        for u, (index, piece) in enumerate(units):
            if groups:
                prev_index, prev_piece = units[groups[-1][-1]]
                starts_passage = index != prev_index and index in breaks
                n = escaped_bytes(piece)
                if (
                    not starts_passage
                    and ends_sentence(prev_piece)
                    and size + n <= self.group_bytes
                ):
                    groups[-1].append(u)
                    size += n
                    continue
            groups.append([u])
            size = escaped_bytes(piece)
        return groups

    async def _speak_all(
        self,
        groups: list[list[int]],
        units: list[tuple[int, str]],
        voice: str,
        prosody: dict[str, str],
        emit: Any,
    ) -> None:
        gate = asyncio.Semaphore(self.concurrency)
        outage: list[Exception] = []

        async def one(group: list[int]) -> None:
            texts = [units[u][1] for u in group]
            try:
                clips = await self._speak_group(texts, voice, prosody, gate, outage)
            except Exception as exc:  # every unit gets an outcome, or the caller would hang
                if isinstance(exc, EngineError) and is_outage(exc.__cause__ or exc):
                    outage.append(exc)
                for u in group:
                    emit((u, exc))
                return
            for u, clip in zip(group, clips, strict=True):
                emit((u, clip))

        await asyncio.gather(*(one(g) for g in groups))

    async def _speak_group(
        self,
        sentences: list[str],
        voice: str,
        prosody: dict[str, str],
        gate: asyncio.Semaphore,
        outage: list[Exception],
    ) -> list[AudioClip]:
        """One request for ``sentences``, cut into one clip each.

        ``gate`` bounds the requests in flight (backoff waits included, so a struggling
        service is not sent more meanwhile); decoding happens outside it. Once ``outage``
        holds an error, requests not yet sent fail with it.
        """
        async with gate:
            if outage:
                raise outage[0]
            reply = await self._request("".join(sentences), voice, prosody)
        cuts: list[float] | None = []
        if len(sentences) > 1:
            cuts = cut_points_ms(sentences, reply.boundaries)
        if cuts is None:
            # The service saw other sentences than we sent; one per request keeps them apart.
            return [
                (await self._speak_group([s], voice, prosody, gate, outage))[0] for s in sentences
            ]
        pcm = await asyncio.to_thread(decode_mp3, reply.audio, self.sample_rate)
        samples = len(pcm) // 2
        edges = [0] + [min(samples, round(c * self.sample_rate / 1000)) for c in cuts] + [samples]
        return [
            AudioClip(pcm=pcm[2 * a : 2 * b], sample_rate=self.sample_rate)
            for a, b in itertools.pairwise(edges)
        ]

    async def _request(self, text: str, voice: str, prosody: dict[str, str]) -> _Reply:
        """One request, tried up to ``attempts`` times; an EngineError once they are used up."""
        for attempt in range(1, self.attempts + 1):
            try:
                reply = await self._request_once(text, voice, prosody)
                check_complete(reply)
            except Exception as exc:
                if isinstance(exc, TruncatedAudio):
                    self.stats.truncated += 1
                if not is_retryable(exc) or attempt == self.attempts:
                    tries = f" after {attempt} tries" if attempt > 1 else ""
                    raise EngineError(
                        f"edge-tts failed{tries}: {describe(exc)}.",
                        hint="Check the internet connection and the voice name, try again "
                        "later, or add --fallback kokoro.",
                    ) from exc
                self.stats.retries += 1
                await asyncio.sleep(self._backoff(attempt))
            else:
                self.stats.audio_bytes += len(reply.audio)
                return reply
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        """Seconds before try ``attempt + 1``: doubling from ``backoff_s``, half of it random
        so that parallel requests do not come back in step."""
        ceiling = min(self.backoff_max_s, self.backoff_s * 2 ** (attempt - 1))
        return float(ceiling / 2 + random.uniform(0, ceiling / 2))

    async def _request_once(self, text: str, voice: str, prosody: dict[str, str]) -> _Reply:
        import edge_tts

        _use_service_urls()
        self.stats.requests += 1
        communicate = edge_tts.Communicate(
            text,
            voice,
            rate=prosody["rate"],
            volume=prosody["volume"],
            pitch=prosody["pitch"],
            boundary="SentenceBoundary",
            connect_timeout=self.connect_timeout_s,
            receive_timeout=self.receive_timeout_s,
        )
        audio = bytearray()
        boundaries: list[_Boundary] = []
        async for chunk in communicate.stream():
            if chunk["type"] == "audio":
                audio += chunk["data"]
            elif chunk["type"] in ("SentenceBoundary", "WordBoundary"):
                offset = chunk["offset"] / TICKS_PER_MS
                boundaries.append(
                    _Boundary(offset, offset + chunk["duration"] / TICKS_PER_MS, chunk["text"])
                )
        # edge-tts updates its offset bookkeeping only on turn.end: 7.3 adds the request's
        # audio to cumulative_audio_bytes, 7.2 sets offset_compensation above zero. A stream
        # that stopped early leaves them behind what arrived.
        state = getattr(communicate, "state", {})
        if "cumulative_audio_bytes" in state:
            turn_end = state["cumulative_audio_bytes"] >= len(audio)
        else:
            turn_end = state.get("offset_compensation", 1) > 0
        return _Reply(bytes(audio), tuple(boundaries), turn_end)


# --------------------------------------------------------------------------- voice listing


@dataclass(frozen=True)
class EdgeVoice:
    """One voice of the service, as ``audiobulletin voices --engine edge`` lists it."""

    name: str
    locale: str
    gender: str
    description: str = ""
    styles: tuple[str, ...] = field(default=())


def known_voices() -> list[EdgeVoice]:
    return [
        EdgeVoice(name, name.rsplit("-", 1)[0], gender, note) for name, gender, note in KNOWN_VOICES
    ]


def list_edge_voices(timeout_s: float = 5.0) -> tuple[list[EdgeVoice], str | None]:
    """The service's Chinese voices, live; or the known list and why the live one failed.

    Returns ``(voices, None)`` when the list came from the service.
    """
    try:
        import edge_tts

        _use_service_urls()

        async def fetch() -> list[dict[str, Any]]:
            voices = await asyncio.wait_for(edge_tts.list_voices(), timeout_s)
            return [dict(v) for v in voices]

        data = asyncio.run(fetch())
    except Exception as exc:
        return known_voices(), describe(exc)
    voices = [
        EdgeVoice(
            name=v.get("ShortName", "?"),
            locale=v.get("Locale", "?"),
            gender=str(v.get("Gender", "?")).lower(),
            description=", ".join(v.get("VoiceTag", {}).get("VoicePersonalities", [])),
            styles=tuple(v.get("VoiceTag", {}).get("ContentCategories", [])),
        )
        for v in data
        if str(v.get("Locale", "")).startswith("zh-")
    ]
    return sorted(voices, key=lambda v: (v.locale, v.name)), None
