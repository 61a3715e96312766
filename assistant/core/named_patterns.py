"""The [patterns] table of a data file, compiled, read by name: a name the file does not hold never matches (a rule
whose words are not written yet is off, not an error).  Kernel module: imports nothing of the project."""

from __future__ import annotations

import re
from collections.abc import Mapping

NEVER: re.Pattern[str] = re.compile("(?!)")  # matches nothing, not even an empty text


class NamedPatterns:
    """Mixed into a vocabulary loaded with a [patterns] table (not_stated.toml, glossary.toml)."""

    patterns: Mapping[str, re.Pattern[str]]

    def pattern(self, name: str) -> re.Pattern[str]:
        """The pattern `name`, or one that never matches when the data file has none of that name."""
        return self.patterns.get(name, NEVER)
