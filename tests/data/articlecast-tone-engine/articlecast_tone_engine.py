"""An articlecast engine that beeps once per word: deterministic, instant, and no speech library."""

import math
from array import array

from articlecast.engines import AudioFormat, Clip, VoiceInfo
from articlecast.errors import EngineError

RATE = 16000
SECONDS_PER_CHAR_WPM = 12.0


class ToneEngine:
    name = "tone"
    phonemes = None
    max_workers = None
    deterministic = True

    def check(self):
        pass

    def version(self):
        return "tone-1.0.0"

    def voices(self):
        return [VoiceInfo("tone/a4", "A4 beeps", ("en", "uk", "ru"), RATE), VoiceInfo("tone/a5", "A5 beeps", ("en",), RATE)]

    def synthesize(self, text, profile):
        voice = profile.voice or "tone/a4"
        if voice not in ("tone/a4", "tone/a5"):
            raise EngineError(f"The tone engine has no voice {voice!r}; its voices are tone/a4 and tone/a5.")
        pitch = 440 if voice == "tone/a4" else 880
        words = text.split() or [text]
        samples = array("h")
        for word in words:
            seconds = SECONDS_PER_CHAR_WPM * (len(word) + 1) / profile.rate
            count = round(seconds * RATE)
            beep = count * 3 // 4
            amplitude = 8000 * profile.volume
            samples.extend(round(amplitude * math.sin(2 * math.pi * pitch * i / RATE)) for i in range(beep))
            samples.extend([0] * (count - beep))
        return Clip(samples.tobytes(), AudioFormat(RATE))
