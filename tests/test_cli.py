"""The command line: help everywhere, the JSON contract, and one clean line for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli

from audiobulletin.cli import app


def _commands(group, prefix=()):
    """Every command path of the typer app, e.g. ("voices", "pull")."""
    import typer.main

    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, cmd in click_group.commands.items():
        yield (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, (*prefix, name))


def test_every_command_has_help_text():
    paths = list(_commands(app))
    assert ("script",) in paths
    for path in paths:
        result = run_cli(*path, "--help")
        assert result.returncode == 0, path
        assert b"Usage" in result.stdout, path


def test_script_json_keeps_the_contract():
    result = run_cli("script", str(EXAMPLE), "--json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert isinstance(data["title"], str) and data["title"]
    assert set(data["intro"]) >= {"chapter", "spoken"}
    assert data["segments"]
    for segment in data["segments"]:
        assert set(segment) >= {"chapter", "text", "spoken"}
        assert not any(c.isascii() and c.isdigit() for c in segment["spoken"])
    titles = [data["intro"]["chapter"]] + [s["chapter"] for s in data["segments"]]
    assert len(titles) == len(set(titles))


def test_script_reads_stdin_when_given_a_dash():
    from_file = run_cli("script", str(EXAMPLE), "--json")
    from_stdin = run_cli("script", "-", "--json", stdin=EXAMPLE.read_bytes())
    assert from_stdin.returncode == 0, from_stdin.stderr.decode()
    assert json.loads(from_stdin.stdout) == json.loads(from_file.stdout)


def test_script_readable_view_shows_title_and_chapters():
    result = run_cli("script", str(EXAMPLE))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("标题: ")
    assert "[1] " in out and "[2] " in out


def test_editor_line_is_reported_not_spoken():
    result = run_cli("script", str(EXAMPLE), "--json")
    data = json.loads(result.stdout)
    spoken = data["intro"]["spoken"] + "".join(s["spoken"] for s in data["segments"])
    assert "责任编辑" not in spoken
    assert "责任编辑" in result.stderr.decode()


def _bad_inputs(tmp: Path) -> dict[str, tuple[list[str], bytes | None]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp / "blank.txt"
    blank.write_text(" \n\u3000\u00a0\r\n\t\n", encoding="utf-8")
    binary = tmp / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    garbled = tmp / "garbled.txt"
    garbled.write_bytes("正文".encode() + b"\xff\xfe\xfa\xfb\xfc\x80\x81" * 20)
    big = tmp / "big.txt"
    big.write_text("这是一段很长的正文。" * 200, encoding="utf-8")
    return {
        "empty file": (["script", str(empty)], None),
        "whitespace only": (["script", str(blank)], None),
        "binary file": (["script", str(binary)], None),
        "undecodable bytes": (["script", str(garbled)], None),
        "a directory": (["script", str(tmp)], None),
        "missing path": (["script", str(tmp / "nope.txt")], None),
        "over the size limit": (["script", str(big), "--max-size", "1000"], None),
        "empty stdin": (["script", "-"], b""),
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty file",
        "whitespace only",
        "binary file",
        "undecodable bytes",
        "a directory",
        "missing path",
        "over the size limit",
        "empty stdin",
    ],
)
def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path, case):
    args, stdin = _bad_inputs(tmp_path)[case]
    result = run_cli(*args, stdin=stdin, cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and lines[0].startswith("error: "), err
    assert len([line for line in lines if line.startswith("error: ")]) == 1
    assert result.stdout == b""
