"""A sentence that several reports share (a greeting, a recurring source line) is spoken
once per run, however many jobs meet it at the same moment: the fake engine logs every call
it makes, in every process."""

from __future__ import annotations

from clirun import run_cli

_REPORTS = {
    f"r{n}.txt": f"第{n}号工作通报\n\n欢迎收听本台节目。今天全市天气晴朗，气温二十度。"
    f"第{n}项工作已经按计划完成，下一步继续推进。\n"
    for n in range(1, 5)
}


def test_a_sentence_shared_by_reports_is_spoken_once_by_local_jobs(
    tmp_path, fake_voice, _isolated_home
):
    log = tmp_path / "spoken.txt"
    (_isolated_home / "config.toml").write_text(
        f'[fake]\ndelay_ms = 100\nlog_calls = "{log}"\n', encoding="utf-8"
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in _REPORTS.items():
        (inbox / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("batch", str(inbox), "-o", str(out), "--voice", fake_voice, "--jobs", "2")
    assert result.returncode == 0, result.stderr.decode()
    spoken = log.read_text(encoding="utf-8").splitlines()
    assert spoken.count("欢迎收听本台节目。") == 1
    assert len(spoken) == len(set(spoken))
