"""kcoop: clean, structured records from saved Korean news article dumps.

>>> import kcoop
>>> record = kcoop.extract(open("fixtures/000_eef1bbc44fbea8fa.txt", "rb").read())
>>> record.title
'AI 중심으로 韓美 과학기술동맹 강화'
"""
__version__ = "0.1.0"

from .errors import InputError
from .pipeline import extract
from .record import Record

__all__ = ["InputError", "Record", "extract"]
