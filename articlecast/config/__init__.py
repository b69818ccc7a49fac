"""Settings shared by every stage: voice profiles and the publication's settings, read from TOML."""

from .publication import SETTINGS_FILE, AudioSettings, Channel, Settings
from .toml import read_toml
from .voice import DISCLOSURE, DISCLOSURES, LanguageVoice, Pauses, ScriptSettings, VoiceProfile, VoiceSettings, default_engine

__all__ = [
    "DISCLOSURE",
    "DISCLOSURES",
    "SETTINGS_FILE",
    "AudioSettings",
    "Channel",
    "LanguageVoice",
    "Pauses",
    "ScriptSettings",
    "Settings",
    "VoiceProfile",
    "VoiceSettings",
    "default_engine",
    "read_toml",
]
