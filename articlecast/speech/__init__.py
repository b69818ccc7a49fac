"""The prepare stage: article text in, a script of speakable segments out (no audio here)."""

from .script import Script, Segment, prepare

__all__ = ["Script", "Segment", "prepare"]
