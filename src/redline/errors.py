"""The one error tree of redline.

Every error a user can cause carries a stable ``code``, a message that says what to do, and the exit code the
CLI returns for it. The API maps ``http_status`` in one place.

::

    RedlineError                      E000  exit 1  (never raised directly)
    ├── InputError                    E100  exit 3  bad input; the batch goes on without it
    │   ├── InputNotFoundError        E101
    │   ├── EmptyInputError           E102
    │   ├── BinaryInputError          E103
    │   ├── EncodingError             E104
    │   ├── InputTooLargeError        E105
    │   ├── UnsupportedLanguageError  E106
    │   ├── MalformedHTMLError        E107
    │   ├── MalformedJSONError        E108
    │   ├── InvalidMetadataError      E109
    │   └── FetchError                E110  a URL or feed could not be fetched
    ├── ConfigError                   E200  exit 4  settings, models, data files
    │   ├── ModelNotFoundError        E201
    │   └── DataFileError             E202
    ├── PipelineError                 E300  exit 5  stage order, unknown stage
    │   └── StageFailedError          E301          one stage failed on one article (kept in record.errors)
    ├── StoreError                    E400  exit 6  database problems
    └── EvalDataError                 E500  exit 7  evaluation data missing or in an unknown format
"""

from __future__ import annotations

from typing import ClassVar


class RedlineError(Exception):
    """Base of every error redline raises on purpose."""

    code: ClassVar[str] = "E000"
    exit_code: ClassVar[int] = 1
    http_status: ClassVar[int] = 500

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}" if self.hint else self.message


class InputError(RedlineError):
    code = "E100"
    exit_code = 3
    http_status = 422


class InputNotFoundError(InputError):
    code = "E101"
    http_status = 404


class EmptyInputError(InputError):
    code = "E102"


class BinaryInputError(InputError):
    code = "E103"
    http_status = 415


class EncodingError(InputError):
    code = "E104"
    http_status = 415


class InputTooLargeError(InputError):
    code = "E105"
    http_status = 413


class UnsupportedLanguageError(InputError):
    code = "E106"


class MalformedHTMLError(InputError):
    code = "E107"


class MalformedJSONError(InputError):
    code = "E108"


class InvalidMetadataError(InputError):
    code = "E109"


class FetchError(InputError):
    code = "E110"
    http_status = 502


class ConfigError(RedlineError):
    code = "E200"
    exit_code = 4


class ModelNotFoundError(ConfigError):
    code = "E201"


class DataFileError(ConfigError):
    code = "E202"


class PipelineError(RedlineError):
    code = "E300"
    exit_code = 5


class StageFailedError(PipelineError):
    code = "E301"


class StoreError(RedlineError):
    code = "E400"
    exit_code = 6
    http_status = 503


class EvalDataError(RedlineError):
    code = "E500"
    exit_code = 7
