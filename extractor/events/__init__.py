"""Events: what each date, duration and quantity is about, and who takes part.

The bilingual event lexicon lives in `extractor/lang/<lang>/events.py`; `component.py` is the
`extractor_events` pipeline stage.
"""

from .lexicon import find_slot, word_slot

__all__ = ["find_slot", "word_slot"]
