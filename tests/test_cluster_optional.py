"""``--cluster`` without Dask installed: one line saying what to install, never a traceback.
Runs whether or not Dask is there (its import is made to fail in the child process)."""

from __future__ import annotations

import subprocess
import sys


def test_cluster_without_dask_installed_says_which_extra_to_install(tmp_path, fake_voice):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("测试通报\n\n今天开会讨论了三件事情。\n", encoding="utf-8")
    # As if the package were absent: an import of it fails.
    code = (
        "import sys; sys.modules['distributed'] = None; sys.modules['dask'] = None\n"
        "from audiobulletin.cli import main\n"
        f"main(['batch', {str(inbox)!r}, '-o', {str(tmp_path / 'out')!r}, '--voice', "
        f"{fake_voice!r}, '--cluster', 'local:2'])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "error: --cluster needs Dask distributed, which is not installed." in err
    assert 'hint: Install it: pip install "audiobulletin[cluster]"' in err
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "a.mp3").exists()
