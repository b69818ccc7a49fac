"""The ``espeak`` engine: libespeak-ng called directly through ctypes, in synchronous mode.

The same voices (ids such as ``gmw/en-us``) and settings (rate, volume, pitch)
as pyttsx3 on Linux, without its pitfalls: ``espeak_Synth`` returns when the
audio is complete, handed over by a callback, with no file and no thread.

**Deterministic.** eSpeak NG keeps state between utterances in static variables
(the pitch "flutter" phase, gain control, echo buffer), so the same text voiced
twice in one process gives slightly different samples. The library is therefore
loaded afresh for every clip and unloaded after it (about 1 ms): the same text
and settings always give the same bytes. This needs the library to be loaded by
nobody else in the process, so this engine refuses to run where pyttsx3's eSpeak
driver is loaded (the runner gives each engine its own worker processes).

**Phoneme input.** eSpeak NG reads ``[[...]]`` as phoneme mnemonics when
``espeakPHONEMES`` is set. The prepare stage removes ``[[`` and ``]]`` from all
article text (``speech.clean.speakable``), so the only ``[[ ]]`` a segment can hold
are the pronunciation lexicon's phoneme entries (``phonemes = "espeak"`` below);
the flag is set only for text that contains them.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from ctypes import CFUNCTYPE, POINTER, Structure, c_char_p, c_int, c_short, c_size_t, c_ubyte, c_uint, c_void_p
from typing import ClassVar

from ..config import VoiceSettings
from ..errors import EngineError
from ..audio import AudioFormat, Clip
from .base import VoiceInfo, pick_voice
from .espeak_library import ESPEAK_RATE, find_library, is_loaded, unload

# speak_lib.h
AUDIO_OUTPUT_SYNCHRONOUS = 2
INITIALIZE_DONT_EXIT = 0x8000
POS_CHARACTER = 1
CHARS_UTF8 = 0x1
PHONEMES = 0x100
ENDPAUSE = 0x1000
RATE, VOLUME, PITCH, RANGE, PUNCTUATION, CAPITALS, WORDGAP = 1, 2, 3, 4, 5, 6, 7
EE_OK = 0
DEFAULT_RANGE = 50

_SynthCallback = CFUNCTYPE(c_int, POINTER(c_short), c_int, c_void_p)


class _Voice(Structure):
    _fields_ = (
        ("name", c_char_p),
        ("languages", c_void_p),
        ("identifier", c_char_p),
        ("gender", c_ubyte),
        ("age", c_ubyte),
        ("variant", c_ubyte),
        ("xx1", c_ubyte),
        ("score", c_int),
        ("spare", c_void_p),
    )


_lock = threading.Lock()
_samples: list[bytes] = []


@_SynthCallback
def _collect(wav, count, events):  # type: ignore[no-untyped-def]
    if wav and count > 0:
        _samples.append(ctypes.string_at(wav, count * 2))
    return 0


class EspeakEngine:
    """Voices text with libespeak-ng, loaded fresh for each clip so that output is deterministic."""

    name: ClassVar[str] = "espeak"
    phonemes: ClassVar[str | None] = "espeak"
    max_workers: ClassVar[int | None] = None
    deterministic: ClassVar[bool] = True

    def __init__(self) -> None:
        self._voices: list[VoiceInfo] | None = None

    def check(self) -> None:
        find_library()

    def version(self) -> str:
        with _session(listing=True) as (lib, _):
            lib.espeak_Info.restype = c_char_p
            lib.espeak_Info.argtypes = [POINTER(c_char_p)]
            return f"espeak-ng-{lib.espeak_Info(None).decode()}"

    def voices(self) -> list[VoiceInfo]:
        if self._voices is None:
            self._voices = self._list_voices()
        return list(self._voices)

    def _list_voices(self) -> list[VoiceInfo]:
        with _session(listing=True) as (lib, rate):
            lib.espeak_ListVoices.restype = POINTER(POINTER(_Voice))
            lib.espeak_ListVoices.argtypes = [c_void_p]
            found = lib.espeak_ListVoices(None)
            voices = []
            index = 0
            while found[index]:
                voice = found[index].contents
                identifier = voice.identifier.decode("utf-8", "replace").lower()
                voices.append(VoiceInfo(identifier, voice.name.decode("utf-8", "replace"), _languages(voice.languages), rate))
                index += 1
        return voices

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        """Voice a prepared segment; ``[[...]]`` in it (from the lexicon) is read as phonemes."""
        return self._voice(text, settings, CHARS_UTF8 | ENDPAUSE | (PHONEMES if "[[" in text else 0))

    def _voice(self, text: str, settings: VoiceSettings, flags: int) -> Clip:
        voice = settings.voice or self._voice_for(settings.language)
        data = text.encode("utf-8") + b"\0"
        with _session() as (lib, rate):
            lib.espeak_SetVoiceByName.argtypes = [c_char_p]
            if lib.espeak_SetVoiceByName(voice.encode("utf-8")) != EE_OK:
                raise EngineError(f"eSpeak NG has no voice {voice!r}; run 'articlecast voices --engine espeak' to see them.")
            lib.espeak_SetParameter.argtypes = [c_int, c_int, c_int]
            for parameter, value in (
                (RATE, settings.rate),
                (VOLUME, round(settings.volume * 100)),
                (PITCH, settings.pitch),
                (RANGE, DEFAULT_RANGE),
                (PUNCTUATION, 0),
                (CAPITALS, 0),
                (WORDGAP, 0),
            ):
                lib.espeak_SetParameter(parameter, value, 0)
            lib.espeak_SetSynthCallback.argtypes = [_SynthCallback]
            lib.espeak_SetSynthCallback(_collect)
            lib.espeak_Synth.argtypes = [c_void_p, c_size_t, c_uint, c_int, c_uint, c_uint, POINTER(c_uint), c_void_p]
            _samples.clear()
            status = lib.espeak_Synth(data, len(data), 0, POS_CHARACTER, 0, flags, None, None)
            pcm = b"".join(_samples)
            _samples.clear()
        if status != EE_OK:
            raise EngineError(f"eSpeak NG could not voice the text (error {status}).")
        return Clip(pcm, AudioFormat(rate))

    def _voice_for(self, language: str) -> str:
        voice = pick_voice(self.voices(), language)
        if voice is None:
            raise EngineError(f"eSpeak NG has no voice for language {language!r}; run 'articlecast voices --engine espeak' to see them.")
        return voice.id


@contextmanager
def _session(listing: bool = False) -> Iterator[tuple[ctypes.CDLL, int]]:
    """The library, freshly loaded and initialised (with its sample rate), unloaded afterwards.

    When someone else in this process has the library loaded (pyttsx3), voicing is
    refused, but ``listing`` (voices, version) uses the library as it is.
    """
    library = find_library()
    with _lock:
        shared = is_loaded(library.path)
        if shared and not listing:
            raise EngineError(
                "The espeak engine needs the eSpeak NG library to itself, but something else in this process "
                "(pyttsx3?) has loaded it; use one eSpeak-based engine per process."
            )
        lib = ctypes.CDLL(library.path)
        try:
            if shared:
                yield lib, ESPEAK_RATE
                return
            lib.espeak_Initialize.argtypes = [c_int, c_int, c_char_p, c_int]
            folder = library.data_folder.encode() if library.data_folder else None
            rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, folder, INITIALIZE_DONT_EXIT)
            try:
                if rate <= 0:
                    raise EngineError("eSpeak NG could not start: its espeak-ng-data folder is missing; reinstall eSpeak NG.")
                yield lib, rate
            finally:
                lib.espeak_Terminate()
        finally:
            unload(lib)


def _languages(address: int | None) -> tuple[str, ...]:
    """eSpeak's language list: a priority byte, a NUL-terminated name, repeated until a zero priority."""
    languages = []
    while address and ctypes.string_at(address, 1) != b"\0":
        name = ctypes.string_at(address + 1)
        languages.append(name.decode("utf-8", "replace").lower())
        address += len(name) + 2
    return tuple(languages)
