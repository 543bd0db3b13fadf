"""The command line: ``audiobulletin script``, ``make`` and ``voices``.

This module is the one error boundary. Library code raises :class:`BulletinError`; :func:`main`
turns it into one clear line on stderr and the error's exit code, with no traceback. A broken
pipe and Ctrl-C end quietly. Heavy modules (jieba, wetext, onnxruntime) are imported inside
the commands, so ``audiobulletin --help`` stays instant.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from audiobulletin.errors import BulletinError
from audiobulletin.reader import DEFAULT_MAX_BYTES

app = typer.Typer(
    help="Turn a written Chinese report into a spoken Mandarin MP3 bulletin with chapters.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
    typer.echo(message, err=True)


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
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(f"标题: {result.title}")
    if result.date:
        typer.echo(f"日期: {result.date}")
    for number, segment in enumerate(result.chapters, 1):
        typer.echo("")
        typer.echo(f"[{number}] {segment.chapter}")
        if segment.text:
            typer.echo(f"  written: {segment.text}".replace("\n", "\n           "))
        typer.echo(f"  spoken:  {segment.spoken}")


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


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}m{whole % 60:02d}s" if whole >= 60 else f"{whole}s"


@app.command()
def make(
    report: ReportArg,
    output: Annotated[
        str | None,  # a str, not a Path: Path would drop the trailing "/" that marks a folder
        typer.Option(
            "-o", "--output", help="Where to write the MP3 (default: output/<report name>.mp3)."
        ),
    ] = None,
    voice: Annotated[
        str | None,
        typer.Option("--voice", help="Voice profile; see `audiobulletin voices`."),
    ] = None,
    rate: Annotated[float, typer.Option("--rate", help="Speaking rate, 0.5 to 2.0.")] = 1.0,
    intro: Annotated[
        bool, typer.Option("--intro/--no-intro", help="Put a spoken summary intro first.")
    ] = True,
    workers: Annotated[
        int | None,
        typer.Option("--workers", help="Synthesis processes (default: one per core).", min=1),
    ] = None,
    bitrate: Annotated[int, typer.Option("--bitrate", help="MP3 bitrate in kbit/s.")] = 64,
    sample_rate: Annotated[int, typer.Option("--sample-rate", help="MP3 sample rate in Hz.")] = (
        44100
    ),
    artist: Annotated[
        str | None, typer.Option("--artist", help="Artist or organisation tag.")
    ] = None,
    album: Annotated[str, typer.Option("--album", help="Album tag.")] = "audiobulletin",
    cache: Annotated[
        bool,
        typer.Option("--cache/--no-cache", help="Reuse sentences spoken in earlier runs."),
    ] = True,
    max_size: MaxSizeOpt = DEFAULT_MAX_BYTES,
    html: Annotated[
        bool,
        typer.Option(
            "--html",
            help="Also write <name>.html, a page to listen and read along, and refresh "
            "index.html in the same folder.",
        ),
    ] = False,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="Speech engine: kokoro (offline) or edge (online); default: the voice's own.",
        ),
    ] = None,
    fallback: Annotated[
        str | None,
        typer.Option(
            "--fallback", help="Engine that speaks any chapter the first engine fails, e.g. kokoro."
        ),
    ] = None,
    concurrency: Annotated[
        int | None,
        typer.Option("--concurrency", help="Requests in flight for an online engine (1-4)."),
    ] = None,
) -> None:
    """Make the MP3 bulletin (with chapters, transcript and sidecars) from a report."""
    from audiobulletin.pipeline import MakeOptions
    from audiobulletin.pipeline import make as run_make

    options = MakeOptions(
        voice=voice,
        rate=rate,
        intro=intro,
        workers=workers,
        bitrate_kbps=bitrate,
        sample_rate=sample_rate,
        artist=artist,
        album=album,
        cache=cache,
        max_bytes=max_size,
        html=html,
        engine=engine,
        fallback=fallback,
        concurrency=concurrency,
    )
    result = run_make(
        report,
        output,
        options,
        on_note=lambda note: _err(f"note: {note}"),
        on_progress=_Progress(),
    )
    for warning in result.warnings:
        _err(f"warning: {warning}")
    _err(
        f"done: {_duration(result.duration_ms / 1000)} of audio in {_duration(result.seconds)}; "
        f"{result.synthesized} sentences spoken, {result.cached} from the cache."
    )
    for path in result.files:
        typer.echo(str(path))


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
) -> None:
    """List the voices: engine, language, gender, installed or not."""
    if ctx.invoked_subcommand is not None:
        return
    from audiobulletin.config import load_settings
    from audiobulletin.voices import list_voices

    if engine == "edge":
        _edge_voices()
        return
    if engine is not None:
        from audiobulletin.engines.base import engine_class

        engine_class(engine)  # unknown engine: an error naming the known ones
    default = load_settings().voice
    rows = [v for v in list_voices() if engine is None or v.engine == engine]
    typer.echo(f"{'voice':<16}{'engine':<8}{'lang':<6}{'gender':<8}{'installed':<11}description")
    for v in rows:
        mark = "*" if v.name == default else " "
        typer.echo(
            f"{mark}{v.name:<15}{v.engine:<8}{v.language:<6}{v.gender:<8}"
            f"{'yes' if v.installed else 'no':<11}{v.description}"
        )
    typer.echo("(* = default voice)")


def _edge_voices() -> None:
    """The online voices: the service's live list, or the known zh-CN ones when offline."""
    from audiobulletin.config import load_profiles
    from audiobulletin.engines.edge import list_edge_voices

    voices, offline_reason = list_edge_voices()
    profiles = {p.voice: p.name for p in load_profiles().values() if p.engine == "edge"}
    typer.echo(f"{'voice':<32}{'locale':<16}{'gender':<8}{'profile':<14}description")
    for v in voices:
        typer.echo(
            f"{v.name:<32}{v.locale:<16}{v.gender:<8}{profiles.get(v.name, '-'):<14}{v.description}"
        )
    if offline_reason is None:
        typer.echo(f"(live list from the service: {len(voices)} Chinese voices)")
    else:
        typer.echo(f"(offline: the known zh-CN voices; the live list failed: {offline_reason})")
    typer.echo("Use one: audiobulletin make REPORT --engine edge --voice zh-CN-YunyangNeural")


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
        typer.echo(str(path))


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app inside the one error boundary.

    Usage errors are Typer's own (exit 2, with usage text). A :class:`BulletinError` becomes
    ``error: <message>`` plus an optional ``hint:`` line, and its exit code.
    """
    try:
        app(args=argv, prog_name="audiobulletin")
    except BulletinError as exc:
        _err(f"error: {exc.message}")
        if exc.hint:
            _err(f"hint: {exc.hint}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _err("Interrupted.")
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); say nothing, like other Unix tools.
        sys.stderr.close()
        sys.exit(141)


__all__ = ["app", "main"]
