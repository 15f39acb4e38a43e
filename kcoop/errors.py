"""Errors that are the input's fault: reported as one line, never as a traceback."""


class InputError(ValueError):
    """The file cannot become a record (missing, empty, binary, too large, undecodable)."""
