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

app = typer.Typer(
    help="Turn a written Chinese report into a spoken Mandarin MP3 bulletin with chapters.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DEFAULT_MAX_SIZE = 5_000_000

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


def _load_script(source: str, *, intro: bool, max_size: int):  # -> Script
    from audiobulletin.document import parse
    from audiobulletin.reader import read_report
    from audiobulletin.script import build_script

    return build_script(parse(read_report(source, max_bytes=max_size)), intro=intro)


@app.command()
def script(
    report: ReportArg,
    as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False,
    intro: Annotated[
        bool, typer.Option("--intro/--no-intro", help="Put a spoken summary intro first.")
    ] = True,
    max_size: MaxSizeOpt = DEFAULT_MAX_SIZE,
) -> None:
    """Show what will be spoken: title, intro, chapters and their spoken text."""
    result = _load_script(report, intro=intro, max_size=max_size)
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
