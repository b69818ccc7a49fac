"""Engines that misbehave on purpose, wrapping the real pyttsx3 engine.

pyttsx3 fails now and then (empty WAVs, crashes); these make each failure
happen every time so the runner's checks and retries can be tested.
They are loaded by name ("fake_engines:FlakyEngine") in spawned workers.
"""

import os
import signal
from pathlib import Path

from articlecast.audio import Clip
from articlecast.engines.espeak_engine import EspeakEngine
from articlecast.engines.pyttsx3_engine import Pyttsx3Engine

class FlakyEngine(Pyttsx3Engine):
    """Returns an empty clip once: the first call after the file $FLAKY_MARKER is missing."""

    def synthesize(self, text, profile):
        clip = super().synthesize(text, profile)
        marker = Path(os.environ["FLAKY_MARKER"])
        try:
            marker.touch(exist_ok=False)
        except FileExistsError:
            return clip
        return Clip(b"", clip.format)


class EmptyEngine(Pyttsx3Engine):
    """Always returns an empty clip."""

    def synthesize(self, text, profile):
        return Clip(b"", super().synthesize(text, profile).format)


class TruncatingEngine(Pyttsx3Engine):
    """Returns a tenth of the real clip, like a WAV read before it was complete."""

    def synthesize(self, text, profile):
        clip = super().synthesize(text, profile)
        return Clip(clip.pcm[: len(clip.pcm) // 10 // 2 * 2], clip.format)


class CrashingEngine(Pyttsx3Engine):
    """Dies with SIGSEGV on any text containing CRASH, as eSpeak NG did on huge inputs."""

    def synthesize(self, text, profile):
        if "CRASH" in text:
            os.kill(os.getpid(), signal.SIGSEGV)
        return super().synthesize(text, profile)


class CountingEngine(EspeakEngine):
    """Appends every text it voices to the file $VOICED_LOG, one line each.

    It speaks with the deterministic espeak engine: two builds that voice the same
    sentence at once must store the same clip.
    """

    def synthesize(self, text, profile):
        with open(os.environ["VOICED_LOG"], "a", encoding="utf-8") as log:
            log.write(text + "\n")
        return super().synthesize(text, profile)


class PhonemeEngine(Pyttsx3Engine):
    """Claims eSpeak NG phoneme input, so that lexicon phoneme entries can be prepared (never voiced)."""

    phonemes = "espeak"


class RaisingEngine(EspeakEngine):
    """Fails with an error of its own (not articlecast's) on any text containing "explode"."""

    def synthesize(self, text, profile):
        if "explode" in text:
            raise ValueError("the plug-in broke")
        return super().synthesize(text, profile)
