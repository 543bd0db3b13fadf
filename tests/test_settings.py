"""The settings layer: config.toml checked once, and one merge of the command line, then
config.toml, then the defaults, into each stage's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli
from mutagen.mp3 import MP3

from audiobulletin.errors import ConfigError, InputError
from audiobulletin.settings import (
    MakeOptions,
    Table,
    config_path,
    load_settings,
    merge,
)


def _config(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("config", "named"),
    [
        ('vocie = "zm_yunjian"\n', "unknown setting 'vocie'."),
        ("[bacth]\njobs = 2\n", "unknown setting 'bacth'."),
        ("[batch]\nbitrates = 96\n", "unknown setting 'bitrates' in [batch]"),
        ("[batch]\nsample_rate = 48000\n", "unknown setting 'sample_rate' in [batch]"),
        ('[feed]\nurl = "https://example.org/"\n', "unknown setting 'url' in [feed]"),
        ('[cluster]\naddr = "local:1"\n', "unknown setting 'addr' in [cluster]"),
        ('[cache]\nmaxsize = "5G"\n', "unknown setting 'maxsize' in [cache]"),
        ("[fake]\namplitudes = 9\n", "unknown option(s) in [fake]: amplitudes"),
    ],
    ids=["top", "table", "batch", "batch-not-a-key", "feed", "cluster", "cache", "engine"],
)
def test_an_unknown_key_or_table_in_config_toml_is_refused_naming_it(config, named):
    path = _config(config)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.message.startswith(f"{path}: ")
    assert named in caught.value.message


def test_an_engine_table_is_checked_even_when_another_engine_speaks():
    # A typo in [fake] is found by a run that speaks with another engine, not left for the
    # night its table is first used.
    _config("[fake]\namplitude = 99999\n")
    with pytest.raises(ConfigError, match=r"\[fake\] amplitude"):
        load_settings()


@pytest.mark.parametrize(
    ("config", "named"),
    [
        ('threads = "2"\n', "setting 'threads' must be a whole number, got '2'"),
        ("rate = 3.0\n", "setting 'rate' must be between 0.5 and 2.0, got 3.0"),
        ('[batch]\nbitrate = "64"\n', "[batch] bitrate must be a whole number, got '64'"),
        ("[batch]\nhtml = 1\n", "[batch] html must be true or false, got 1"),
        ("[batch]\nrate = true\n", "[batch] rate must be a number or a change in per cent"),
        ('[batch]\nrate = "fast"\n', "[batch] rate 'fast' is not a rate"),
        ("[batch]\nloudness = []\n", "[batch] loudness must be a string or a number of LUFS"),
        ('[feed]\nmax_items = "5"\n', "[feed] max_items must be a whole number, got '5'"),
        ("[cluster]\naddress = 8786\n", "[cluster] address must be a string, got 8786"),
        ('[cache]\nmax_size = "lots"\n', "[cache] max_size"),
        ("[cache]\nolder_than = 30\n", "[cache] older_than must be an age"),
    ],
)
def test_a_value_of_the_wrong_type_in_config_toml_is_refused_naming_the_key(config, named):
    path = _config(config)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert caught.value.message.startswith(f"{path}: ")
    assert named in caught.value.message


@pytest.mark.parametrize(
    ("key", "value", "flag", "field", "says"),
    [
        ("bitrate", 65, "--bitrate", "bitrate_kbps", "must be one of 32, 40, 48"),
        ("rate", 3.0, "--rate", "rate", "must be within 0.5..2.0, got 3.0"),
        ("loudness", "loud", "--loudness", "loudness", "is not a loudness"),
        ("format", "ogg", "--format", "format", "must be one of mp3, wav; got 'ogg'"),
    ],
)
def test_a_value_out_of_range_names_the_option_or_the_key_it_came_from(
    tmp_path, key, value, flag, field, says
):
    table = Table("batch", tmp_path / "config.toml", {key: value})
    with pytest.raises(ConfigError) as from_config:
        MakeOptions.merged({}, table)
    assert from_config.value.message.startswith(f"{tmp_path / 'config.toml'}: [batch] {key} ")
    assert says in from_config.value.message
    with pytest.raises(InputError) as from_option:
        MakeOptions.merged({field: value})
    assert not isinstance(from_option.value, ConfigError)  # exit code 2, not 3
    assert from_option.value.message.startswith(f"Option {flag} ")
    assert says in from_option.value.message


def test_jobs_out_of_range_in_config_toml_names_the_key(tmp_path):
    from audiobulletin.batch import BatchOptions

    table = Table("batch", tmp_path / "config.toml", {"jobs": 0})
    with pytest.raises(ConfigError, match=r"\[batch\] jobs must be at least 1, got 0"):
        merge(BatchOptions, {}, table)


@pytest.mark.parametrize(
    ("option", "config", "expected"),
    [(None, None, 64), (None, 96, 96), (128, 96, 128), (128, None, 128)],
    ids=["default", "config", "option-over-config", "option"],
)
def test_the_command_line_beats_config_toml_which_beats_the_default(option, config, expected):
    _config("" if config is None else f"[batch]\nbitrate = {config}\n")
    options = MakeOptions.merged({"bitrate_kbps": option}, load_settings().table("batch"))
    assert options.mp3.bitrate_kbps == expected


@pytest.mark.parametrize(
    ("given", "config", "loudness"),
    [
        ({"format": "wav"}, "", "broadcast"),
        ({}, '[batch]\nformat = "wav"\n', "broadcast"),
        ({"format": "wav"}, '[batch]\nloudness = "podcast"\n', "podcast"),
        ({"format": "wav", "loudness": "-20"}, '[batch]\nloudness = "podcast"\n', "-20"),
        ({}, "[batch]\nloudness = -18\n", "-18"),
        ({}, "", "podcast"),
    ],
)
def test_the_loudness_follows_the_format_unless_it_is_set(given, config, loudness):
    _config(config)
    options = MakeOptions.merged(given, load_settings().table("batch"))
    assert options.assembly.loudness == loudness


def test_replace_and_of_set_a_field_in_the_stage_that_holds_it():
    options = MakeOptions.of(voice="v", workers=2, bitrate_kbps=96, html=True)
    assert options.synthesis.voice == "v" and options.synthesis.workers == 2
    assert options.mp3.bitrate_kbps == 96 and options.output.html
    assert options.replace(workers=1).synthesis.workers == 1
    with pytest.raises(TypeError, match="no field 'bitrate'"):
        options.replace(bitrate=96)


def test_the_up_to_date_key_covers_the_same_option_names_as_before():
    # A batch's key hashes these by name: renaming one would make every bulletin again.
    assert set(MakeOptions().flat()) == {
        "voice", "rate", "intro", "workers", "bitrate_kbps", "sample_rate", "artist",
        "album", "cache", "max_bytes", "html", "refresh_index", "engine", "fallback",
        "concurrency", "loudness", "metadata", "cover", "format", "wav_bits", "spread",
    }  # fmt: skip


def test_a_bitrate_in_config_toml_reaches_the_mp3(tmp_path, fake_voice):
    from audiobulletin.pipeline import make

    _config("[batch]\nbitrate = 32\n")
    options = MakeOptions.merged(
        {"voice": fake_voice, "workers": 1, "cache": False}, load_settings().table("batch")
    )
    make(str(EXAMPLE), tmp_path / "a.mp3", options)
    assert MP3(str(tmp_path / "a.mp3")).info.bitrate == 32_000


@pytest.mark.batchrun
def test_a_bitrate_the_mp3_cannot_have_is_one_error_line_naming_the_option(tmp_path):
    result = run_cli("make", str(EXAMPLE), "--engine", "fake", "--bitrate", "65", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert err.startswith("error: Option --bitrate must be one of 32, 40, 48"), err
    assert "Traceback" not in err
    assert not (tmp_path / "output").exists() or not any((tmp_path / "output").iterdir())


@pytest.mark.batchrun
def test_a_bitrate_out_of_range_in_the_batch_table_is_one_error_line_naming_the_key(tmp_path):
    path = _config("[batch]\nbitrate = 65\n")
    result = run_cli("batch", str(tmp_path), "--engine", "fake", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 3
    assert err.startswith(f"error: {path}: [batch] bitrate must be one of"), err


def test_the_defaults_shown_in_help_are_the_stages_own() -> None:
    """--help shows each flag's default, which lives in the stage that uses it: the two
    must not drift apart."""
    import typer.main

    from audiobulletin.cli import app
    from audiobulletin.publish.mp3 import Mp3Settings
    from audiobulletin.settings import OutputOptions, SynthesisOptions, TextOptions

    stage_defaults = {
        "--bitrate": str(Mp3Settings.bitrate_kbps),
        "--sample-rate": str(Mp3Settings.sample_rate),
        "--album": Mp3Settings.album,
        "--bits": str(OutputOptions.wav_bits),
        "--intro": "--intro" if TextOptions.intro else "--no-intro",
        "--cache": "--cache" if SynthesisOptions.cache else "--no-cache",
    }
    command = typer.main.get_command(app).commands["make"]  # type: ignore[attr-defined]
    shown = {}
    for param in command.params:
        for opt in param.opts:
            if opt in stage_defaults:
                shown[opt] = param.show_default
    assert shown == stage_defaults
