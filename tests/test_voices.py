"""Voice packs (download, verify, pull, fallback), profiles and user paths."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from audiobulletin import config, paths, voices
from audiobulletin import settings as settings_mod
from audiobulletin.errors import VoiceError


def _digests(mirror: Path) -> dict[str, str]:
    out = {}
    for line in (mirror / "SHA256SUMS").read_text().splitlines():
        digest, file = line.split()
        out[file.removesuffix(".pt")] = digest
    return out


# --------------------------------------------------------------------------- paths, imports


def test_home_follows_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOBULLETIN_HOME", str(tmp_path / "x"))
    assert paths.home() == tmp_path / "x"
    assert paths.voices_dir() == tmp_path / "x" / "voices"
    assert paths.models_dir() == tmp_path / "x" / "models"
    monkeypatch.delenv("AUDIOBULLETIN_HOME")
    assert paths.home().name == "audiobulletin"


def test_imports_stay_light() -> None:
    code = (
        "import sys, audiobulletin.voices, audiobulletin.config, audiobulletin.paths;"
        "heavy = ('numpy', 'onnxruntime', 'kokoro_onnx', 'misaki');"
        "print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- pinned digests


def test_pinned_digests_match_mirror(voice_mirror: Path) -> None:
    assert _digests(voice_mirror) == voices.MANDARIN_PACKS


# --------------------------------------------------------------------------- download


def test_download_verifies_and_installs(voice_url: str) -> None:
    assert not voices.is_installed("zf_xiaobei")
    resolved = voices.resolve_voice("zf_xiaobei")
    assert resolved.name == "zf_xiaobei" and resolved.fallback_note is None
    assert resolved.style.shape == (510, 1, 256) and resolved.style.dtype == np.float32
    assert np.isfinite(resolved.style).all() and np.abs(resolved.style).max() > 0.01
    installed = voices.pack_path("zf_xiaobei")
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == voices.MANDARIN_PACKS["zf_xiaobei"]
    assert voices.is_installed("zf_xiaobei")
    # No temporary files left behind.
    assert sorted(p.name for p in installed.parent.iterdir()) == ["zf_xiaobei.pt"]


def test_installed_pack_is_used_offline(voice_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    voices.download("zm_yunxi")
    monkeypatch.setenv("AUDIOBULLETIN_VOICE_URL", "http://127.0.0.1:9/")
    resolved = voices.resolve_voice("zm_yunxi")
    assert resolved.name == "zm_yunxi" and resolved.fallback_note is None


def _tampered_mirror(mirror: Path, dest: Path, name: str) -> Path:
    dest.mkdir()
    data = bytearray((mirror / f"{name}.pt").read_bytes())
    data[-100] ^= 0xFF
    (dest / f"{name}.pt").write_bytes(bytes(data))
    return dest


def test_corrupt_download_is_refused_and_not_cached(
    voice_mirror: Path,
    serve_dir: Callable[[Path], str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = serve_dir(_tampered_mirror(voice_mirror, tmp_path / "bad", "zf_xiaoni"))
    monkeypatch.setenv("AUDIOBULLETIN_VOICE_URL", url)
    with pytest.raises(VoiceError) as err:
        voices.resolve_voice("zf_xiaoni")
    message = err.value.message
    assert "zf_xiaoni.pt" in message and voices.MANDARIN_PACKS["zf_xiaoni"] in message
    assert "got " in message and "voices pull" in (err.value.hint or "")
    assert not isinstance(err.value, voices.VoiceDownloadError)  # no silent fallback
    folder = paths.voices_dir()
    assert not folder.exists() or list(folder.iterdir()) == []


def test_damaged_installed_pack_is_fetched_again(voice_url: str) -> None:
    path = voices.download("zf_xiaoyi")
    path.write_bytes(path.read_bytes()[:-10])
    assert voices.load_installed("zf_xiaoyi") is None and not path.exists()
    assert voices.resolve_voice("zf_xiaoyi").fallback_note is None
    assert voices.is_installed("zf_xiaoyi")


# --------------------------------------------------------------------------- pull


def test_pull_from_folder(voice_mirror: Path) -> None:
    installed = voices.pull(["zf_xiaobei", "zm_yunxi"], str(voice_mirror))
    assert [p.name for p in installed] == ["zf_xiaobei.pt", "zm_yunxi.pt"]
    assert voices.is_installed("zm_yunxi") and not voices.is_installed("zf_xiaoni")


def test_pull_from_url(mirror_url: str) -> None:
    installed = voices.pull(["zm_yunyang"], mirror_url)
    assert installed == [voices.pack_path("zm_yunyang")]
    assert voices.resolve_voice("zm_yunyang").name == "zm_yunyang"


def test_pull_rejects_tampered_folder(voice_mirror: Path, tmp_path: Path) -> None:
    bad = _tampered_mirror(voice_mirror, tmp_path / "bad", "zm_yunjian")
    with pytest.raises(VoiceError, match="checksum"):
        voices.pull(["zm_yunjian"], str(bad))
    assert not voices.is_installed("zm_yunjian")


def test_pull_errors_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(VoiceError, match="Unknown Mandarin voice pack 'zf_nobody'"):
        voices.pull(["zf_nobody"], str(tmp_path))
    with pytest.raises(VoiceError, match="neither a folder nor a URL"):
        voices.pull(["zf_xiaobei"], str(tmp_path / "missing"))
    with pytest.raises(VoiceError, match=r"zf_xiaobei\.pt"):
        voices.pull(["zf_xiaobei"], str(tmp_path))  # empty folder
    with pytest.raises(voices.VoiceDownloadError, match="zf_xiaobei"):
        voices.pull(["zf_xiaobei"], "http://127.0.0.1:9/")


# --------------------------------------------------------------------------- fallback


def test_offline_falls_back_to_japanese_pack_with_one_line_note() -> None:
    # conftest points downloads at a closed port.
    resolved = voices.resolve_voice("zf_xiaobei")
    assert resolved.name == "jf_gongitsune" and resolved.requested == "zf_xiaobei"
    assert resolved.style.shape == (510, 1, 256)
    note = resolved.fallback_note
    assert note is not None and "\n" not in note
    assert "audiobulletin voices pull zf_xiaobei" in note and "jf_gongitsune" in note
    assert not voices.is_installed("zf_xiaobei")


def test_japanese_and_unknown_packs() -> None:
    assert voices.resolve_voice("jm_kumo").fallback_note is None
    with pytest.raises(VoiceError, match="Unknown voice pack 'xx_none'"):
        voices.resolve_voice("xx_none")


def test_user_npy_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = paths.voices_dir()
    folder.mkdir(parents=True)
    np.save(folder / "my_voice.npy", np.full((510, 1, 256), 0.1, dtype=np.float32))
    assert voices.resolve_voice("my_voice").style[0, 0, 0] == pytest.approx(0.1)
    np.save(folder / "bad_voice.npy", np.zeros((3, 256), dtype=np.float32))
    with pytest.raises(VoiceError, match="shape"):
        voices.resolve_voice("bad_voice")


# --------------------------------------------------------------------------- profiles


def test_catalogue_lists_all_voices(voice_mirror: Path) -> None:
    voices.pull(["zf_xiaobei"], str(voice_mirror))
    infos = {v.name: v for v in voices.list_voices()}
    assert set(voices.MANDARIN_PACKS) | set(voices.FALLBACK_PACKS) <= set(infos)
    assert infos["zf_xiaobei"].installed and not infos["zf_xiaoni"].installed
    assert infos["jf_gongitsune"].installed and infos["jf_gongitsune"].fallback
    assert infos["zm_yunxi"].gender == "male" and infos["zm_yunxi"].language == "zh"
    assert config.DEFAULT_VOICE in infos
    order = [v.fallback for v in voices.list_voices()]
    assert order == sorted(order)  # Mandarin first


def test_profile_validation_names_the_field() -> None:
    good = config.VoiceProfile(name="a", engine="kokoro", voice="zf_xiaobei")
    assert config.VoiceProfile.from_dict(good.to_dict()) == good
    with pytest.raises(VoiceError, match="'speed'"):
        config.VoiceProfile(name="a", engine="kokoro", voice="v", speed=3.0)
    with pytest.raises(VoiceError, match="'gender'"):
        config.VoiceProfile(name="a", engine="kokoro", voice="v", gender="x")
    with pytest.raises(VoiceError, match="'engine'"):
        config.VoiceProfile(name="a", engine="", voice="v")
    with pytest.raises(VoiceError, match="sped"):
        config.VoiceProfile.from_dict({"engine": "kokoro", "voice": "v", "sped": 1.2}, name="a")
    with pytest.raises(VoiceError, match="'voice' is missing"):
        config.VoiceProfile.from_dict({"engine": "kokoro"}, name="a")


def test_user_profile_overrides_and_adds() -> None:
    folder = paths.voices_dir()
    folder.mkdir(parents=True)
    (folder / "zf_xiaobei.toml").write_text(
        'engine = "kokoro"\nvoice = "zf_xiaobei"\nspeed = 1.1\ndescription = "mine"\n'
    )
    (folder / "anchor.toml").write_text('engine = "edge"\nvoice = "zh-CN-XiaoxiaoNeural"\n')
    profiles = config.load_profiles()
    assert profiles["zf_xiaobei"].speed == 1.1 and profiles["zf_xiaobei"].description == "mine"
    assert profiles["anchor"].engine == "edge" and profiles["zm_yunxi"].engine == "kokoro"
    assert {v.name: v for v in voices.list_voices()}["anchor"].installed
    (folder / "broken.toml").write_text("engine = \n")
    with pytest.raises(VoiceError, match=r"broken\.toml"):
        config.load_profiles()


def test_get_profile_unknown_lists_known() -> None:
    with pytest.raises(VoiceError) as err:
        config.get_profile("nobody")
    assert "zf_xiaobei" in (err.value.hint or "")


def test_settings_defaults_and_file() -> None:
    assert settings_mod.load_settings() == settings_mod.Settings()
    path = settings_mod.config_path()
    path.parent.mkdir(parents=True)
    path.write_text('voice = "zm_yunxi"\nrate = 1.2\n[feed]\ntitle = "x"\n')
    settings = settings_mod.load_settings()
    assert settings.voice == "zm_yunxi" and settings.rate == 1.2
    feed = settings.table("feed")
    assert feed is not None and dict(feed.values) == {"title": "x"}
    path.write_text("[publish]\nx = 1\n")  # a table nothing reads: a typo, not ignored
    with pytest.raises(VoiceError, match="unknown setting 'publish'"):
        settings_mod.load_settings()
    path.write_text("threads = 0\n")
    with pytest.raises(VoiceError, match="'threads'"):
        settings_mod.load_settings()


@pytest.mark.parametrize("speed", [0.2, 3, "fast", True])
def test_a_speed_out_of_every_engine_s_range_is_refused_where_it_is_given(speed) -> None:
    from audiobulletin.engines.kokoro import KokoroEngine
    from audiobulletin.errors import EngineError, VoiceError
    from audiobulletin.rates import check_speed

    with pytest.raises(VoiceError, match="speed"):
        check_speed(speed, "Voice profile field 'speed'", VoiceError)
    with pytest.raises(EngineError, match="'rate'"):
        KokoroEngine().synthesize("你好", "zf_xiaobei", rate=speed)
