"""A local stand-in for the edge read-aloud service, speaking its websocket protocol.

The real edge_tts client talks to it unchanged (only the service address differs), so tests
and the benchmark exercise the real client code. It speaks a tone for every voiced character
(:data:`CHAR_FRAMES` MP3 frames each) with short silences around each sentence, announces one
SentenceBoundary per sentence (split at 。！？!?；;), and can be told to misbehave: refuse
handshakes with given HTTP statuses, cut streams before ``turn.end``, answer nonsense for texts
holding a marker, announce one boundary for a whole request, or wait before answering. It
records what it was asked and sent, and how many connections were open at once.

The audio is a real 24 kHz mono 48 kbit/s CBR MP3 made by ffmpeg at start (``-reservoir 0``,
so every 144-byte frame stands alone and frames can be cut and joined freely).
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, unescape

from aiohttp import web

from audiobulletin.audio import ffmpeg_exe

FRAME_BYTES = 144  # 24 ms at 48 kbit/s
FRAME_MS = 24
CHAR_FRAMES = 6  # 144 ms of tone per voiced character
LEAD_FRAMES = 2
TAIL_FRAMES = 4
BASE_PATH = "/consumer/speech/synthesize/readaloud"
_SENTENCE_RE = re.compile(r"(?<=[。！？!?；;])")


def make_frames(folder: Path) -> tuple[list[bytes], list[bytes]]:
    """(tone frames, silence frames), encoded once by ffmpeg."""
    out = []
    for name, source in (
        ("tone", "sine=frequency=440:duration=4:sample_rate=24000"),
        ("silence", "anullsrc=r=24000:cl=mono:d=1"),
    ):
        path = folder / f"{name}.mp3"
        subprocess.run(
            [
                *(ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", source),
                *("-af", "volume=0.5"),
                *("-ar", "24000", "-ac", "1", "-c:a", "libmp3lame", "-b:a", "48k"),
                *("-reservoir", "0", "-id3v2_version", "0", "-write_xing", "0"),
                *("-f", "mp3", str(path)),
            ],
            check=True,
        )
        data = path.read_bytes()
        frames = [data[i : i + FRAME_BYTES] for i in range(0, len(data), FRAME_BYTES)]
        out.append(frames[4:-4])  # skip the encoder's ramp at both ends
    return out[0], out[1]


def voiced(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


@dataclass
class Request:
    text: str
    voice: str
    rate: str
    pitch: str
    volume: str


@dataclass
class FakeEdgeServer:
    """Start with :meth:`start` (returns the base URL for ``AUDIOBULLETIN_EDGE_URL``)."""

    tone: list[bytes]
    silence: list[bytes]
    latency_s: float = 0.0
    handshake_statuses: list[int] = field(default_factory=list)
    cut_streams: int = 0
    """This many streams are closed halfway through their audio."""
    drop_turn_end: int = 0
    """This many streams send all their audio, then close without ``turn.end``."""
    fail_marker: str | None = None
    whole_text_boundary: bool = False
    """Announce one boundary for the whole request instead of one per sentence."""
    requests: list[Request] = field(default_factory=list)
    handshakes: int = 0
    refused: int = 0
    audio_bytes_sent: int = 0
    max_active: int = 0
    voice_list: list[dict] = field(default_factory=list)
    _active: int = 0

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> str:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        ready.wait(10)
        return f"ws://127.0.0.1:{self.port}{BASE_PATH}"

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_get(f"{BASE_PATH}/edge/v1", self._speak)
        app.router.add_get(f"{BASE_PATH}/voices/list", self._voices)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        ready.set()
        self._loop.run_forever()

    # ------------------------------------------------------------------ the protocol

    async def _voices(self, request: web.Request) -> web.Response:
        return web.json_response(self.voice_list)

    async def _speak(self, request: web.Request) -> web.StreamResponse:
        self.handshakes += 1
        if self.handshake_statuses:
            self.refused += 1
            return web.Response(status=self.handshake_statuses.pop(0))
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._active += 1
        self.max_active = max(self.max_active, self._active)
        try:
            await self._turn(ws)
        finally:
            self._active -= 1
            await ws.close()
        return ws

    async def _turn(self, ws: web.WebSocketResponse) -> None:
        await ws.receive_str()  # speech.config
        ssml_message = await ws.receive_str()
        headers, ssml = ssml_message.split("\r\n\r\n", 1)
        rid = re.search(r"X-RequestId:(\w+)", headers).group(1)
        prosody = dict(re.findall(r"(\w+)='([^']*)'", re.search(r"<prosody[^>]*>", ssml)[0]))
        text = unescape(re.search(r"<prosody[^>]*>(.*)</prosody>", ssml, re.S).group(1))
        voice = re.search(r"<voice name='([^']*)'>", ssml).group(1)
        self.requests.append(
            Request(text, voice, prosody["rate"], prosody["pitch"], prosody["volume"])
        )
        if self.latency_s:
            await asyncio.sleep(self.latency_s)

        def frame(path: str, body: str) -> str:
            return (
                f"X-RequestId:{rid}\r\nContent-Type:application/json; charset=utf-8\r\n"
                f"Path:{path}\r\n\r\n{body}"
            )

        await ws.send_str(frame("turn.start", '{"context":{"serviceTag":"fake"}}'))
        await ws.send_str(frame("response", '{"context":{"serviceTag":"fake"}}'))
        if self.fail_marker and self.fail_marker in text:
            await ws.send_str(frame("nonsense", "{}"))
            return
        cut = self.cut_streams > 0
        if cut:
            self.cut_streams -= 1
        head = (
            f"X-RequestId:{rid}\r\nContent-Type:audio/mpeg\r\nX-StreamId:{uuid.uuid4().hex}\r\n"
            "Path:audio\r\n"
        ).encode()
        sentences = [s for s in _SENTENCE_RE.split(text) if s]
        if self.whole_text_boundary:
            sentences = [text]
        total = sum(LEAD_FRAMES + CHAR_FRAMES * voiced(s) + TAIL_FRAMES for s in sentences)
        sent_frames = 0
        sent_bytes = 0
        for sentence in sentences:
            n = voiced(sentence)
            if n == 0:
                continue
            offset_ticks = (sent_frames + LEAD_FRAMES) * FRAME_MS * 10_000
            duration_ticks = CHAR_FRAMES * n * FRAME_MS * 10_000
            meta = {
                "Metadata": [
                    {
                        "Type": "SentenceBoundary",
                        "Data": {
                            "Offset": offset_ticks,
                            "Duration": duration_ticks,
                            "text": {
                                "Text": escape(sentence),
                                "Length": len(sentence),
                                "BoundaryType": "SentenceBoundary",
                            },
                        },
                    }
                ]
            }
            await ws.send_str(frame("audio.metadata", json.dumps(meta, ensure_ascii=False)))
            frames = (
                self.silence[:LEAD_FRAMES]
                + [self.tone[i % len(self.tone)] for i in range(CHAR_FRAMES * n)]
                + self.silence[:TAIL_FRAMES]
            )
            for start in range(0, len(frames), 20):
                if cut and sent_frames >= total // 2:
                    return  # the socket closes here, before turn.end
                chunk = b"".join(frames[start : start + 20])
                await ws.send_bytes(len(head).to_bytes(2, "big") + head + chunk)
                sent_frames += len(chunk) // FRAME_BYTES
                sent_bytes += len(chunk)
        if self.drop_turn_end > 0:
            self.drop_turn_end -= 1
            return
        if sent_bytes:
            # The service's closing frame: an audio message without Content-Type or data.
            end_head = f"X-RequestId:{rid}\r\nPath:audio\r\n".encode()
            await ws.send_bytes(len(end_head).to_bytes(2, "big") + end_head)
        await ws.send_str(frame("turn.end", "{}"))
        self.audio_bytes_sent += sent_bytes
