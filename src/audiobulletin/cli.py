"""The command line: ``audiobulletin script``, ``make``, ``batch``, ``cluster``, ``cache``
and ``voices``.

This module is the one error boundary. Library code raises :class:`BulletinError`; :func:`main`
turns it into one clear line on stderr and the error's exit code, with no traceback. A broken
pipe and Ctrl-C end quietly. Heavy modules (jieba, wetext, onnxruntime) are imported inside
the commands, so ``audiobulletin --help`` stays instant.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from audiobulletin.errors import BulletinError, OutputError
from audiobulletin.reader import DEFAULT_MAX_BYTES
from audiobulletin.terminal import printable

if TYPE_CHECKING:
    from audiobulletin.batch import BatchOptions
    from audiobulletin.publish.feed import FeedSettings
    from audiobulletin.settings import Settings


def no_color() -> bool:
    """Whether the user asked for no colour and no decoration (https://no-color.org: the
    ``NO_COLOR`` variable set to anything but the empty string)."""
    return bool(os.environ.get("NO_COLOR"))


app = typer.Typer(
    help="Turn a written Chinese report into a spoken Mandarin MP3 bulletin with chapters.",
    no_args_is_help=True,
    # --install-completion / --show-completion for bash, zsh, fish and PowerShell
    add_completion=True,
    pretty_exceptions_enable=False,
    # Rich draws help and usage errors with bold type and boxes; NO_COLOR gets plain text.
    rich_markup_mode=None if no_color() else "rich",
)


ReportArg = Annotated[
    str, typer.Argument(help="The report: a text file, or '-' to read standard input.")
]
MaxSizeOpt = Annotated[
    int,
    typer.Option("--max-size", help="Refuse reports larger than this many bytes.", min=1),
]


def _version(value: bool) -> None:
    if value:
        from audiobulletin import __version__

        typer.echo(f"audiobulletin {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Turn a written Chinese report into a spoken Mandarin MP3 bulletin with chapters."""


def _err(message: str) -> None:
    """One line on stderr, with anything that would steer the terminal escaped."""
    typer.echo(printable(message), err=True)


def _out(text: str) -> None:
    """One line on stdout, with anything that would steer the terminal escaped (a report's
    text, title and file name are untrusted)."""
    typer.echo(printable(text))


@app.command()
def script(
    report: ReportArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
    intro: Annotated[
        bool, typer.Option("--intro/--no-intro", help="Put a spoken summary intro first.")
    ] = True,
    max_size: MaxSizeOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Show what will be spoken: title, intro, chapters and their spoken text."""
    from audiobulletin.pipeline import load_script

    result = load_script(report, intro=intro, max_bytes=max_size)
    for warning in result.warnings:
        _err(f"warning: {warning}")
    for note in result.notes:
        _err(f"note: {note}")
    if as_json:
        _out(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    _out(f"标题: {result.title}")
    if result.date:
        _out(f"日期: {result.date}")
    for number, segment in enumerate(result.chapters, 1):
        _out("")
        _out(f"[{number}] {segment.chapter}")
        if segment.text:
            _out(f"  written: {segment.text}".replace("\n", "\n           "))
        _out(f"  spoken:  {segment.spoken}")


class _Progress:
    """Sentences done and an ETA on stderr, redrawn in place on a terminal.

    When stderr is not a terminal (a nightly batch log), a line is written every 10% instead
    of a carriage-return animation that would fill the log.
    """

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._start = self._clock()
        self._first_done: int | None = None
        self._tty = sys.stderr.isatty()
        self._last_decile = -1

    def __call__(self, done: int, total: int) -> None:
        if self._first_done is None:
            self._first_done, self._start = done, self._clock()
        fresh = done - self._first_done
        elapsed = self._clock() - self._start
        eta = ""
        if fresh > 0 and done < total:
            eta = f", about {_duration(elapsed / fresh * (total - done))} left"
        line = f"speaking: {done}/{total} sentences{eta}"
        if self._tty:
            sys.stderr.write("\r\033[K" + line + ("\n" if done >= total else ""))
            sys.stderr.flush()
        else:
            decile = 10 * done // max(total, 1)
            if decile != self._last_decile or done >= total:
                self._last_decile = decile
                _err(line)


def parse_rate(value: str | float) -> float:
    """``--rate``: a multiplier (``0.9``) or edge-tts's signed percentage (``+10%``), read by
    :func:`audiobulletin.settings.parse_rate`; anything else is a usage error."""
    from audiobulletin.settings import parse_rate as parse

    try:
        return parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc) + ".") from None


RateOpt = Annotated[
    float | None,
    typer.Option(
        "--rate",
        parser=parse_rate,
        metavar="RATE",
        help="Speaking rate: a multiplier from 0.5 to 2.0 (0.9), or a change in per cent "
        "as edge-tts takes it (-10%, +25%).",
    ),
]


class _Say:
    """What goes to stderr besides errors, by ``-q``/``-v``/``--no-progress``.

    Quiet: warnings and errors only. Normal: progress, notes, warnings and the closing
    ``done:`` line. Verbose: also ``info:`` lines (engine and voice, each figure).
    """

    def __init__(self, quiet: bool = False, verbose: bool = False, progress: bool = True) -> None:
        if quiet and verbose:
            raise typer.BadParameter("-q/--quiet and -v/--verbose exclude each other.")
        self.level = 0 if quiet else 2 if verbose else 1
        self.progress = progress and self.level > 0

    def note(self, text: str) -> None:
        if self.level > 0:
            _err(f"note: {text}")

    def done(self, text: str) -> None:
        if self.level > 0:
            _err(f"done: {text}")

    def info(self, text: str) -> None:
        if self.level > 1:
            _err(f"info: {text}")


FormatOpt = Annotated[
    str | None,
    typer.Option(
        "--format",
        help="mp3 (default), or wav: a Broadcast WAV for radio playout (48 kHz, bext chunk with "
        "title, source, date and loudness, a cue point per chapter; EBU R128 by default). "
        "Default: from the -o name.",
    ),
]
BitsOpt = Annotated[
    int | None,
    typer.Option("--bits", help="Bits per sample of the WAV: 16 or 24.", show_default="24"),
]
QuietOpt = Annotated[
    bool, typer.Option("-q", "--quiet", help="Print only warnings and errors on stderr.")
]
VerboseOpt = Annotated[
    bool, typer.Option("-v", "--verbose", help="Also print what was chosen and measured.")
]
NoProgressOpt = Annotated[
    bool, typer.Option("--no-progress", help="No progress lines (notes and warnings stay).")
]


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}m{whole % 60:02d}s" if whole >= 60 else f"{whole}s"


# The options that set a stage's fields are named after those fields (bitrate_kbps for
# --bitrate), so that a command hands them on as they are: see audiobulletin.settings.merge.
OutputFileOpt = Annotated[
    str | None,  # a str, not a Path: Path would drop the trailing "/" that marks a folder
    typer.Option(
        "-o",
        "--output",
        help="Where to write the MP3 (default: output/<report name>.mp3); a folder; or "
        "'-' for standard output (the MP3 alone, no sidecars).",
    ),
]
VoiceOpt = Annotated[
    str | None, typer.Option("--voice", help="Voice profile; see `audiobulletin voices`.")
]
IntroOpt = Annotated[
    bool | None,
    typer.Option(
        "--intro/--no-intro", help="Put a spoken summary intro first.", show_default="--intro"
    ),
]
WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        help="Synthesis processes (default: one per core); never more than the cores, "
        "nor than the free memory holds (about 0.45 GiB each for Kokoro).",
        min=1,
    ),
]
BitrateOpt = Annotated[
    int | None, typer.Option("--bitrate", help="MP3 bitrate in kbit/s.", show_default="64")
]
SampleRateOpt = Annotated[
    int | None, typer.Option("--sample-rate", help="MP3 sample rate in Hz.", show_default="44100")
]
ArtistOpt = Annotated[str | None, typer.Option("--artist", help="Artist or organisation tag.")]
AlbumOpt = Annotated[
    str | None, typer.Option("--album", help="Album tag.", show_default="audiobulletin")
]
CacheOpt = Annotated[
    bool | None,
    typer.Option(
        "--cache/--no-cache", help="Reuse sentences spoken in earlier runs.", show_default="--cache"
    ),
]
EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="Speech engine: kokoro (offline), edge (online), or fake (a quick preview: "
        "tones as long as the speech, no voice needed); default: the voice's own.",
    ),
]
FallbackOpt = Annotated[
    str | None,
    typer.Option(
        "--fallback", help="Engine that speaks any chapter the first engine fails, e.g. kokoro."
    ),
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option("--concurrency", help="Requests in flight for an online engine (1-4)."),
]
LoudnessOpt = Annotated[
    str | None,
    typer.Option(
        "--loudness",
        help="podcast (-16 LUFS, the MP3's default), broadcast (EBU R128, -23 LUFS, the "
        "WAV's default), off, or a number of LUFS; the true peak stays at or under -1 dBTP.",
    ),
]
MakeJsonOpt = Annotated[
    bool,
    typer.Option(
        "--json",
        help="Print the files written and the figures (duration, chapters, sentences, "
        "cache hits, loudness) as JSON on stdout.",
    ),
]
MakeHtmlOpt = Annotated[
    bool,
    typer.Option(
        "--html",
        help="Also write <name>.html, a page to listen and read along, and refresh "
        "index.html in the same folder.",
    ),
]


@app.command()
def make(
    report: ReportArg,
    output: OutputFileOpt = None,
    voice: VoiceOpt = None,
    rate: RateOpt = None,
    intro: IntroOpt = None,
    workers: WorkersOpt = None,
    bitrate_kbps: BitrateOpt = None,
    sample_rate: SampleRateOpt = None,
    artist: ArtistOpt = None,
    album: AlbumOpt = None,
    cache: CacheOpt = None,
    max_bytes: MaxSizeOpt = DEFAULT_MAX_BYTES,
    html: MakeHtmlOpt = False,
    engine: EngineOpt = None,
    fallback: FallbackOpt = None,
    concurrency: ConcurrencyOpt = None,
    loudness: LoudnessOpt = None,
    fmt: FormatOpt = None,
    wav_bits: BitsOpt = None,
    as_json: MakeJsonOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    no_progress: NoProgressOpt = False,
) -> None:
    """Make the MP3 bulletin (with chapters, transcript and sidecars) from a report; or,
    with --format wav, a Broadcast WAV for radio playout."""
    given = dict(locals())  # first: the parameters, by the names of the fields they set
    from audiobulletin.settings import MakeOptions

    say = _Say(quiet, verbose, not no_progress)
    to_stdout = output == "-"
    if fmt is None:
        fmt = "wav" if output and output.lower().endswith(".wav") else "mp3"
    if to_stdout:
        _check_stdout(as_json, fmt, say)
    options = MakeOptions.merged({**given, "format": fmt, "html": html and not to_stdout})
    try:
        result = _run_make(report, output, options, say)
    except KeyboardInterrupt:  # nothing was published: files are only renamed into place
        _err("Interrupted.")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    for warning in result.warnings:
        _err(f"warning: {warning}")
    say.info(f"engine {result.engine}, voice {result.voice}")
    if result.loudness:
        say.info("loudness " + ", ".join(f"{k} {v}" for k, v in result.loudness.items()))
    say.done(
        f"{_duration(result.duration_ms / 1000)} of audio in {_duration(result.seconds)}; "
        f"{result.synthesized} sentences spoken, {result.cached} from the cache."
    )
    if as_json:
        _out(json.dumps(_make_figures(result), ensure_ascii=False, indent=2))
        return
    for path in result.files:
        _out(str(path))


def _check_stdout(as_json: bool, fmt: str, say: _Say) -> None:
    """``-o -``: refused on a terminal, and with ``--json`` (which prints on stdout too)."""
    if sys.stdout.isatty():
        from audiobulletin.errors import InputError

        raise InputError(
            "Refusing to write binary audio to a terminal.",
            hint="Redirect it (-o - > news.mp3, or | a player), or give -o news.mp3.",
        )
    if as_json:
        raise typer.BadParameter("--json prints on stdout, where -o - writes the MP3.")
    say.note(f"writing the {fmt.upper()} to standard output; no sidecars (.chapters.json, .vtt).")


def _run_make(report: str, output: str | None, options: Any, say: _Say) -> Any:
    """Run ``make``; with ``-o -``, in a temporary folder whose audio goes to stdout."""
    from audiobulletin.pipeline import make as run_make

    progress = _Progress() if say.progress else None
    if output != "-":
        return run_make(report, output, options, on_note=say.note, on_progress=progress)
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="audiobulletin-") as folder:
        result = run_make(report, folder + "/", options, on_note=say.note, on_progress=progress)
        with open(result.files[0], "rb") as audio:
            shutil.copyfileobj(audio, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    result.files = []
    return result


def _make_figures(result: Any) -> dict[str, Any]:
    """``make --json``: the files written and what a script wants to know about the run."""
    return {
        "files": [str(path) for path in result.files],
        "duration_s": round(result.duration_ms / 1000, 3),
        "chapters": result.chapters,
        "sentences": result.synthesized + result.cached,
        "synthesized": result.synthesized,
        "cache_hits": result.cached,
        "characters": result.characters,
        "engine": result.engine,
        "voice": result.voice,
        "loudness": result.loudness,
        "fallback_chapters": result.fallback_chapters,
        "warnings": list(result.warnings),
        "seconds": round(result.seconds, 3),
    }


def _feed_settings(given: dict[str, Any], settings: Settings) -> FeedSettings | None:
    """The feed's channel from the options, else ``[feed]`` in config.toml, else the
    defaults; None when no base URL is known (no feed is written)."""
    from audiobulletin.publish.feed import FeedSettings
    from audiobulletin.settings import chosen, merge

    table = settings.table("feed")
    if not chosen(FeedSettings, "base_url", given, table):
        return None
    return merge(FeedSettings, given, table)


FeedTitleOpt = Annotated[
    str | None, typer.Option("--title", help="The podcast's title (default: audiobulletin).")
]
FeedDescriptionOpt = Annotated[
    str | None, typer.Option("--description", help="The podcast's description.")
]
FeedAuthorOpt = Annotated[
    str | None, typer.Option("--author", help="itunes:author and the owner's name.")
]
FeedEmailOpt = Annotated[
    str | None, typer.Option("--email", help="The owner's e-mail (Apple requires it).")
]
FeedImageOpt = Annotated[
    str | None,
    typer.Option(
        "--image",
        help="Cover art: a square JPEG or PNG of 1400-3000 px (a file, copied into the output "
        "folder when outside it), or a URL; default: one drawn with the title.",
    ),
]
FeedCategoryOpt = Annotated[
    str | None,
    typer.Option(
        "--category",
        help="Apple Podcasts category, e.g. News or News/Daily News (default: News).",
    ),
]
FeedExplicitOpt = Annotated[
    bool | None, typer.Option("--explicit/--clean", help="itunes:explicit (default: false).")
]


InboxArg = Annotated[
    str | None,
    typer.Argument(help="Folder of reports (*.txt); default: batch.inbox in config.toml."),
]
OutputFolderOpt = Annotated[
    str | None,
    typer.Option(
        "-o", "--output", help="Output folder (default: batch.output in config.toml, or output)."
    ),
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Reports made at once, each in its own process (default 1). Never "
        "oversubscribed: each job is pinned to cores/N cores and runs as many synthesis "
        "workers as fit there (each with the `threads` setting's engine threads, 1 by "
        "default), so N x engine threads <= cores; a larger N is lowered.",
    ),
]
RecursiveOpt = Annotated[
    bool | None, typer.Option("--recursive/--no-recursive", "-r", help="Include subfolders.")
]
FollowSymlinksOpt = Annotated[
    bool | None,
    typer.Option(
        "--follow-symlinks/--no-follow-symlinks",
        help="Read reports that are symbolic links to files outside the inbox (default: "
        "skip them with a warning, so that no one who may write to the inbox can publish "
        "any file the run can read).",
    ),
]
PruneOpt = Annotated[
    bool | None,
    typer.Option(
        "--prune/--no-prune",
        help="Remove the bulletins of reports deleted from the inbox (files, index entry, "
        "feed item) and list them; default: keep them as an archive.",
    ),
]
ClusterOpt = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        help="Make the reports on a Dask cluster: the scheduler's address "
        "(tcp://host:8786) or local:N for N worker processes here; default: cluster.address "
        "in config.toml, else this process. See docs/cluster.md.",
    ),
]
BatchHtmlOpt = Annotated[
    bool | None,
    typer.Option(
        "--html/--no-html", help="Write a web page per bulletin and index.html (default: on)."
    ),
]
BatchQuietOpt = Annotated[
    bool, typer.Option("-q", "--quiet", help="Print only warnings and failures on stderr.")
]
FeedUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--feed-url", help="Base URL the output folder is served at: also write feed.xml."
    ),
]


@app.command()
def batch(
    inbox: InboxArg = None,
    output: OutputFolderOpt = None,
    jobs: JobsOpt = None,
    recursive: RecursiveOpt = None,
    follow_symlinks: FollowSymlinksOpt = None,
    prune: PruneOpt = None,
    cluster: ClusterOpt = None,
    voice: VoiceOpt = None,
    engine: EngineOpt = None,
    fallback: FallbackOpt = None,
    html: BatchHtmlOpt = None,
    rate: RateOpt = None,
    intro: IntroOpt = None,
    loudness: LoudnessOpt = None,
    bitrate_kbps: BitrateOpt = None,
    artist: ArtistOpt = None,
    album: AlbumOpt = None,
    format: FormatOpt = None,
    quiet: BatchQuietOpt = False,
    no_progress: NoProgressOpt = False,
    base_url: FeedUrlOpt = None,
    title: FeedTitleOpt = None,
    description: FeedDescriptionOpt = None,
    author: FeedAuthorOpt = None,
    email: FeedEmailOpt = None,
    image: FeedImageOpt = None,
    category: FeedCategoryOpt = None,
    explicit: FeedExplicitOpt = None,
) -> None:
    """Make every report in a folder, skipping those up to date; refresh the feed if asked.

    Writes batch-report.json in the output folder and a summary on stderr. Exit code 0 when
    every report was made or up to date, 1 when any failed (or another run holds the
    folder), 2 for usage errors, 5 when a file could not be written (a full disk: the other
    reports are still made), 130 on Ctrl-C (what was made is recorded). Settings may come
    from the batch and feed tables of config.toml.
    """
    given = dict(locals())  # first: the parameters, by the names of the fields they set
    from audiobulletin.batch import run_batch, summary_lines
    from audiobulletin.settings import load_settings

    settings = load_settings()
    folders = _batch_folders(given, settings)
    options = _batch_options(given, settings)
    feed = _feed_settings(given, settings)
    say = _batch_say(quiet, no_progress)
    try:
        result = run_batch(folders.inbox, folders.output, options, feed=feed, on_line=say)
    except KeyboardInterrupt:  # a second Ctrl-C while the run was writing its report
        _err("Interrupted.")
        raise typer.Exit(130) from None
    for line in summary_lines(result):
        say(line)
    if result.interrupted:
        _err("Interrupted.")
    else:
        _prune_cache_after_batch(settings, say)
    raise typer.Exit(result.exit_code)


@dataclass(frozen=True)
class _Folders:
    """Where a batch reads its reports and writes its bulletins."""

    inbox: Path
    output: Path


def _batch_folders(given: dict[str, Any], settings: Settings) -> _Folders:
    """The inbox and the output folder: from the command line, else ``[batch]``."""
    from audiobulletin.errors import InputError
    from audiobulletin.settings import BatchFolders, merge

    folders = merge(BatchFolders, given, settings.table("batch"))
    if not folders.inbox:
        raise InputError(
            "No report folder given.", hint="audiobulletin batch INBOX, or [batch] inbox = ..."
        )
    return _Folders(Path(folders.inbox), Path(folders.output))


def _batch_options(given: dict[str, Any], settings: Settings) -> BatchOptions:
    """A batch's options: each from the command line, else the ``[batch]`` (and
    ``[cluster]``) table of config.toml, else the defaults."""
    from audiobulletin.batch import BatchOptions
    from audiobulletin.settings import ClusterSettings, MakeOptions, merge

    table = settings.table("batch")
    # the pages play the MP3; a WAV run for the radio has none
    make = MakeOptions.merged(given, table, lambda fmt: {"html": fmt != "wav"})
    cluster = merge(ClusterSettings, {"address": given["cluster"]}, settings.table("cluster"))
    options = merge(
        BatchOptions, {**given, "make": make, "cluster": cluster.address or None}, table
    )
    return options


def _batch_say(quiet: bool, no_progress: bool) -> Callable[[str], None]:
    """Where a batch's lines go: ``-q`` keeps warnings and failures, ``--no-progress`` drops
    the sentence counts."""

    def say(line: str) -> None:
        if quiet and not _BATCH_ALARM_RE.search(line):
            return
        if no_progress and _BATCH_PROGRESS_RE.match(line):
            return
        _err(line)

    return say


#: Lines of a batch that ``-q`` keeps: warnings and failures.
_BATCH_ALARM_RE = re.compile(r"^\s*(?:warning:|failed:)|\bFAILED\b")
#: A batch's progress line: ``  report.txt: 12/40 sentences``.
_BATCH_PROGRESS_RE = re.compile(r"^\s+.*: \d+/\d+ sentences$")


@app.command()
def feed(
    folder: Annotated[str, typer.Argument(help="The output folder holding the bulletins.")],
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url", help="URL the folder is served at (default: feed.base_url, config.toml)."
        ),
    ] = None,
    title: FeedTitleOpt = None,
    description: FeedDescriptionOpt = None,
    author: FeedAuthorOpt = None,
    email: FeedEmailOpt = None,
    image: FeedImageOpt = None,
    category: FeedCategoryOpt = None,
    explicit: FeedExplicitOpt = None,
) -> None:
    """Write feed.xml (RSS 2.0 podcast feed) for the bulletins in an output folder."""
    given = dict(locals())  # first: the parameters, by the names of the fields they set

    from audiobulletin.errors import InputError
    from audiobulletin.publish.feed import write_feed
    from audiobulletin.settings import load_settings

    settings = _feed_settings(given, load_settings())
    if settings is None:
        raise InputError("No base URL given.", hint="--base-url https://example.org/bulletins/")
    path, count = write_feed(Path(folder), settings, on_warning=lambda w: _err(f"warning: {w}"))
    _err(f"done: {count} bulletins in the feed.")
    _out(str(path))


def _prune_cache_after_batch(settings: Settings, say: Callable[[str], None]) -> None:
    """With ``[cache] max_size`` (and ``older_than``) in config.toml, prune the clip cache
    once a batch is done, so a nightly run keeps it bounded without a job of its own."""
    from audiobulletin import paths
    from audiobulletin.cache import human, prune
    from audiobulletin.settings import CacheLimits, merge

    limits = merge(CacheLimits, {}, settings.table("cache"))
    if limits.max_size is None and limits.older_than is None:
        return
    done = prune(paths.cache_dir(), max_size=limits.max_size, older_than=limits.older_than)
    say(
        f"  cache: {done.entries} entries evicted ({human(done.freed)}), "
        f"{human(done.left.size)} kept"
    )


@app.command()
def cluster(
    address: Annotated[
        str | None,
        typer.Argument(help="Scheduler address; default: cluster.address in config.toml."),
    ] = None,
) -> None:
    """Show what a Dask cluster is doing: its workers, the report each is making, and how
    many reports wait."""
    from audiobulletin.cluster import connect, describe
    from audiobulletin.errors import InputError
    from audiobulletin.settings import ClusterSettings, load_settings, merge

    where = merge(ClusterSettings, {"address": address}, load_settings().table("cluster"))
    if not where.address:
        raise InputError("No cluster address given.", hint="audiobulletin cluster tcp://HOST:8786")
    with connect(where.address) as client:
        for line in describe(client):
            _out(line)


cache_app = typer.Typer(
    help="Show the clip cache's size, or evict what was least recently used.",
    invoke_without_command=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.callback()
def cache(ctx: typer.Context) -> None:
    """Show where the clip cache is, its size and its entries (sentences and MP3s)."""
    if ctx.invoked_subcommand is not None:
        return
    import time

    from audiobulletin import paths
    from audiobulletin.cache import human, usage

    root = paths.cache_dir()
    found = usage(root)
    _out(f"cache: {root}")
    _out(f"size: {human(found.size)} in {found.entries} entries")
    for kind, label in (("clip", "spoken sentences"), ("mp3", "encoded bulletins")):
        count, size = found.by_kind.get(kind, (0, 0))
        _out(f"  {label}: {count} ({human(size)})")
    if found.oldest is not None and found.newest is not None:
        day = "%Y-%m-%d %H:%M"
        _out(
            f"used: {time.strftime(day, time.localtime(found.oldest))} to "
            f"{time.strftime(day, time.localtime(found.newest))}"
        )


@cache_app.command("prune")
def cache_prune(
    max_size: Annotated[
        str | None,
        typer.Option(
            "--max-size", help="Evict the least recently used until the cache fits, e.g. 5G."
        ),
    ] = None,
    older_than: Annotated[
        str | None,
        typer.Option("--older-than", help="Evict what was not used for this long, e.g. 30d."),
    ] = None,
) -> None:
    """Evict cache entries least recently used first; safe while runs use the cache."""
    from audiobulletin import paths
    from audiobulletin.cache import human, parse_age, parse_size, prune
    from audiobulletin.errors import InputError

    if max_size is None and older_than is None:
        raise InputError("Nothing to prune by.", hint="Give --max-size 5G and/or --older-than 30d.")
    done = prune(
        paths.cache_dir(),
        max_size=parse_size(max_size) if max_size is not None else None,
        older_than=parse_age(older_than) if older_than is not None else None,
    )
    _out(
        f"evicted {done.entries} entries ({human(done.freed)}); "
        f"{human(done.left.size)} in {done.left.entries} entries kept"
    )


voices_app = typer.Typer(
    help="List the voices, or install Mandarin voice packs.", invoke_without_command=True
)
app.add_typer(voices_app, name="voices")


@voices_app.callback()
def voices(
    ctx: typer.Context,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine", help="Only this engine's voices; edge lists the service's own (online)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
) -> None:
    """List the voices: engine, language, gender, installed or not."""
    if ctx.invoked_subcommand is not None:
        return
    from dataclasses import asdict

    from audiobulletin.settings import load_settings
    from audiobulletin.voices import list_voices

    if engine == "edge":
        _edge_voices(as_json)
        return
    if engine is not None:
        from audiobulletin.engines.base import engine_class

        engine_class(engine)  # unknown engine: an error naming the known ones
    default = load_settings().voice
    rows = [v for v in list_voices() if engine is None or v.engine == engine]
    if as_json:
        listed = [{**asdict(v), "default": v.name == default} for v in rows]
        _out(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    _out(f"{'voice':<16}{'engine':<8}{'lang':<6}{'gender':<8}{'installed':<11}description")
    for v in rows:
        mark = "*" if v.name == default else " "
        _out(
            f"{mark}{v.name:<15}{v.engine:<8}{v.language:<6}{v.gender:<8}"
            f"{'yes' if v.installed else 'no':<11}{v.description}"
        )
    _out("(* = default voice)")


def _edge_voices(as_json: bool = False) -> None:
    """The online voices: the service's live list, or the known zh-CN ones when offline."""
    from dataclasses import asdict

    from audiobulletin.config import load_profiles
    from audiobulletin.engines.edge import list_edge_voices

    voices, offline_reason = list_edge_voices()
    profiles = {p.voice: p.name for p in load_profiles().values() if p.engine == "edge"}
    if as_json:
        listed = [{**asdict(v), "profile": profiles.get(v.name)} for v in voices]
        document = {"live": offline_reason is None, "offline_reason": offline_reason}
        _out(json.dumps({**document, "voices": listed}, ensure_ascii=False, indent=2))
        return
    _out(f"{'voice':<32}{'locale':<16}{'gender':<8}{'profile':<14}description")
    for v in voices:
        _out(
            f"{v.name:<32}{v.locale:<16}{v.gender:<8}{profiles.get(v.name, '-'):<14}{v.description}"
        )
    if offline_reason is None:
        _out(f"(live list from the service: {len(voices)} Chinese voices)")
    else:
        _out(f"(offline: the known zh-CN voices; the live list failed: {offline_reason})")
    _out("Use one: audiobulletin make REPORT --engine edge --voice zh-CN-YunyangNeural")


@voices_app.command("pull")
def voices_pull(
    names: Annotated[
        list[str] | None,
        typer.Argument(help="Voice packs to install, e.g. zf_xiaobei (default: all eight)."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--from", help="A folder or URL holding <name>.pt (default: Hugging Face)."),
    ] = None,
) -> None:
    """Download (or copy) Mandarin voice packs, verify their checksums and install them."""
    from audiobulletin.voices import pull

    for path in pull(names or (), source):
        _out(str(path))


#: Exit codes of the command line besides those of :mod:`audiobulletin.errors`.
EXIT_USAGE = 2
"""A bad option or argument (Typer's usage errors), as for bad input."""
EXIT_INTERRUPTED = 130
"""Ctrl-C (SIGINT): 128 + 2, as a shell reports a command killed by it."""
EXIT_BROKEN_PIPE = 141
"""The reader of standard output went away (``| head``): 128 + 13 (SIGPIPE), as a shell
reports ``cat`` in the same place; nothing is printed."""


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so that flushing it at exit, into the closed
    pipe, raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app inside the one error boundary.

    Exit codes: 0 done; 1 some reports of a batch failed; 2 a usage error (with usage text)
    or bad input; 3 voice; 4 engine; 5 output (:mod:`audiobulletin.errors`); 130 Ctrl-C;
    141 a broken pipe. A :class:`BulletinError` becomes ``error: <message>`` plus an
    optional ``hint:`` line. Typer runs outside its standalone mode so that these codes are
    ours, not Click's (which gives a broken pipe and "Aborted!" both exit 1).
    """
    try:
        from typer._click.exceptions import ClickException
    except ImportError:  # a Typer from before it carried its own Click
        from click import ClickException  # type: ignore[assignment]

    try:
        code = app(args=argv, prog_name="audiobulletin", standalone_mode=False)
    except BulletinError as exc:
        _err(f"error: {exc.message}")
        if exc.hint:
            _err(f"hint: {exc.hint}")
        sys.exit(exc.exit_code)
    except ClickException as exc:
        if no_color() or exc.exit_code != EXIT_USAGE:
            exc.show()
        else:
            from typer import rich_utils

            rich_utils.rich_format_error(exc)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); say nothing, like other Unix tools.
        _quiet_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except OSError as exc:
        # A disk that is full or a folder that vanished mid-run: say where, without a traceback.
        where = f": {exc.filename}" if exc.filename else ""
        _err(f"error: {exc.strerror or exc}{where}")
        sys.exit(OutputError.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as exc:
        # Typer turns a broken pipe inside a command into exit 1 after wrapping stdout so it
        # can no longer complain: that wrapper is how it is told from a failed batch.
        if exc.code == 1 and type(sys.stdout).__name__ == "PacifyFlushWrapper":
            _quiet_stdout()
            sys.exit(EXIT_BROKEN_PIPE)
        raise
    sys.exit(code if isinstance(code, int) else 0)


__all__ = ["app", "main"]
