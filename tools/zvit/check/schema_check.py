"""JSON Schema (Draft 2020-12) -> located findings.

A clean file, the common case, is checked by jsonschema-rs (compiled, fast).
Only a file that fails is handed to python-jsonschema, whose errors carry the
paths and values needed to explain the failure; that import is paid only then.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from zvit.check.schemas import ANY_OF_WORDS, NON_EMPTY, PATTERN_KINDS, TYPE_WORDS
from zvit.core.findings import Finding, error
from zvit.core.ids import to_latin
from zvit.core.messages import Words
from zvit.load.yamlfile import Loaded

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

_REQUIRED = re.compile(r"^'(.*)' is a required property$")
_YEARS = re.compile(r"\s*([0-9]{4})\s*[-–—]\s*([0-9]{4})\s*\Z")


class SchemaChecker:
    """One compiled schema, reused for every file that it applies to."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self._fast = jsonschema_rs.validator_for(schema, validate_formats=True)
        self._slow: Any = None

    def check(self, loaded: Loaded) -> list[Finding]:
        if self._fast.is_valid(loaded.data):
            return []
        if self._slow is None:
            self._slow = _explaining_validator(self.schema)
        findings: dict[tuple[object, ...], Finding] = {}
        for err in self._slow.iter_errors(loaded.data):
            for finding in _explain(err, loaded):
                # `pattern` and `enum` may both reject one value; say it once.
                findings.setdefault((finding.location, finding.code, repr(finding.args)), finding)
        return list(findings.values())


def _explaining_validator(schema: dict[str, Any]) -> Any:
    """python-jsonschema, with `pattern` read as ECMAScript reads it.

    Python's `$` also matches before a final newline, so `id: |` followed by
    `I.1` ("I.1\n") would pass here while jsonschema-rs and the editor reject it;
    the explanation must agree with the verdict.
    """
    from jsonschema import Draft202012Validator, validators
    from jsonschema.exceptions import ValidationError

    def pattern(validator: Any, value: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
        ecma = value[:-1] + r"\Z" if value.endswith("$") and not value.endswith("\\$") else value
        if validator.is_type(instance, "string") and not re.search(ecma, instance):
            yield ValidationError(f"{instance!r} does not match {value!r}")

    extended = validators.extend(Draft202012Validator, {"pattern": pattern})
    return extended(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _explain(err: ValidationError, loaded: Loaded) -> Iterator[Finding]:
    path = tuple(err.absolute_path)
    kind = err.validator
    if "propertyNames" in err.schema_path and isinstance(err.instance, str):
        # A key failed the rules for keys (a look-alike letter, the form of an id): point at the key.
        yield _bad_id(loaded, path + (err.instance,), err.instance, key=True)
    elif kind == "anyOf":
        yield from _explain_any_of(err, loaded)
    elif kind == "required":
        match = _REQUIRED.match(err.message)
        missing = match.group(1) if match else str(err.validator_value)
        yield error(loaded.locate(path, key=True), "schema.required", property=missing)
    elif kind == "additionalProperties":
        allowed = list((err.schema.get("properties") or {}).keys()) if isinstance(err.schema, dict) else []
        extensions = list((err.schema.get("patternProperties") or {}).keys()) if isinstance(err.schema, dict) else []
        for key in err.instance:
            if key not in allowed and not any(re.search(p, str(key)) for p in extensions):
                yield _unknown_key(loaded, path, str(key), allowed)
    elif kind == "propertyNames":
        key = str(err.instance)
        yield _bad_id(loaded, path + (key,), key, key=True)
    elif kind == "type" and path and path[-1] == "id" and _json_type(err.instance) in ("integer", "number"):
        yield error(loaded.locate(path), "schema.id-number")
    elif kind == "type" and path == ("year",) and isinstance(err.instance, str) and _YEARS.match(err.instance):
        first, last = _YEARS.match(err.instance).groups()  # type: ignore[union-attr]
        yield error(loaded.locate(path), "schema.year-range", value=err.instance, first=first, last=last)
    elif kind == "type":
        expected = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
        yield error(
            loaded.locate(path),
            "schema.type",
            expected=Words(str(TYPE_WORDS.get(t, t)) for t in expected),
            actual=Words([TYPE_WORDS[_json_type(err.instance)]]),
        )
    elif kind == "enum":
        # A range spelled as an enum says nothing to a value that is not a number: its `type` does.
        if not (_is_number_list(err.validator_value) and _json_type(err.instance) != "integer"):
            yield _not_in(loaded, path, err.instance, list(err.validator_value))
    elif kind == "const":
        yield error(loaded.locate(path), "schema.const", expected=err.validator_value)
    elif kind == "pattern" and err.validator_value == NON_EMPTY:
        yield error(loaded.locate(path), "schema.min-length")
    elif kind == "pattern":
        yield _bad_id(loaded, path, str(err.instance), key=False, pattern=str(err.validator_value))
    elif kind == "format":
        yield error(loaded.locate(path), f"schema.format.{err.validator_value}", value=err.instance)
    elif kind in ("minimum", "exclusiveMinimum"):
        yield error(loaded.locate(path), "schema.minimum", value=err.instance, limit=err.validator_value)
    elif kind in ("maximum", "exclusiveMaximum"):
        yield error(loaded.locate(path), "schema.maximum", value=err.instance, limit=err.validator_value)
    elif kind == "minLength":
        yield error(loaded.locate(path), "schema.min-length")
    elif kind in ("minItems", "minProperties"):
        yield error(loaded.locate(path), "schema.min-items")
    elif kind == "uniqueItems":
        yield error(loaded.locate(path), "schema.unique-items")
    else:
        yield error(loaded.locate(path), "schema.other", detail=err.message)


def _explain_any_of(err: ValidationError, loaded: Loaded) -> Iterator[Finding]:
    """Text or a mapping (a status), a name or a mapping (a form): explain the branch the user evidently meant.

    Alternatives that only require fields (`year` or `period`) name them all.
    Otherwise a branch is meant unless the value has the wrong type for it; of
    several, the one whose complaints lie deeper inside the value (a key of the
    mapping, an item of the list) rather than at the value itself.
    """
    alternatives = err.validator_value if isinstance(err.validator_value, list) else []
    if alternatives and all(isinstance(b, dict) and set(b) - {"errorMessage"} == {"required"} for b in alternatives):
        options = Words(" + ".join(b["required"]) for b in alternatives)
        yield error(loaded.locate(tuple(err.absolute_path), key=True), "schema.required-any", options=options)
        return
    here = tuple(err.absolute_path)
    branches: dict[int, list[ValidationError]] = {}
    for sub in err.context or ():
        if sub.relative_schema_path:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    meant = [subs for subs in branches.values() if not any(s.validator == "type" and _at(s, here) for s in subs)]
    deeper = [subs for subs in meant if not all(_at(s, here) for s in subs)]
    chosen = deeper or meant
    if chosen and (len(chosen) == 1 or not isinstance(err.instance, dict | list)):
        for sub in chosen[0]:
            yield from _explain(sub, loaded)
        return
    if here and here[0] == "measures":
        expected = ANY_OF_WORDS
    else:
        types = {TYPE_WORDS.get(str(s.validator_value), "type.string") for subs in branches.values() for s in subs}
        expected = Words(sorted(types))
    yield error(
        loaded.locate(here),
        "schema.type",
        expected=expected,
        actual=Words([TYPE_WORDS[_json_type(err.instance)]]),
    )


def _at(sub: ValidationError, path: tuple[object, ...]) -> bool:
    return tuple(sub.absolute_path) == path


def _is_number_list(values: object) -> bool:
    return isinstance(values, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in values)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _unknown_key(loaded: Loaded, parent: tuple[object, ...], key: str, allowed: list[str]) -> Finding:
    location = loaded.locate(parent + (key,), key=True)
    fixed, letters = to_latin(key)
    if letters and fixed in allowed:
        return error(location, "id.lookalike", id=key, fixed=fixed, letters=", ".join(letters))
    near = difflib.get_close_matches(key, allowed, n=1, cutoff=0.8)
    if parent == ("measures",):
        programme = loaded.data.get("programme", "") if isinstance(loaded.data, dict) else ""
        if near:
            return error(location, "report.unknown-measure-near", id=key, programme=programme, suggestion=near[0])
        return error(location, "report.unknown-measure", id=key, programme=programme)
    return error(location, "schema.additional-property", property=key, allowed=", ".join(allowed))


def _not_in(loaded: Loaded, path: tuple[object, ...], value: object, allowed: list[object]) -> Finding:
    numbers = [a for a in allowed if isinstance(a, int) and not isinstance(a, bool)]
    if isinstance(value, int) and not isinstance(value, bool) and numbers and len(numbers) == len(allowed):
        # A range spelled as an enum (the editor words enums, not ranges): say which end is passed.
        low, high = min(numbers), max(numbers)
        if numbers == list(range(low, high + 1)) and not low <= value <= high:
            code, limit = ("schema.minimum", low) if value < low else ("schema.maximum", high)
            return error(loaded.locate(path), code, value=value, limit=limit)
    fixed, letters = to_latin(str(value))
    if letters and fixed in allowed:
        return error(loaded.locate(path), "id.lookalike", id=value, fixed=fixed, letters=", ".join(letters))
    return error(loaded.locate(path), "schema.enum", value=value, allowed=", ".join(str(a) for a in allowed))


def _bad_id(loaded: Loaded, path: tuple[object, ...], value: str, *, key: bool, pattern: str = "") -> Finding:
    location = loaded.locate(path, key=key)
    fixed, letters = to_latin(value)
    if letters and (not pattern or re.match(pattern, fixed)):
        return error(location, "id.lookalike", id=value, fixed=fixed, letters=", ".join(letters))
    kind = PATTERN_KINDS.get(pattern, "measure-id" if key else "")
    if kind:
        return error(location, f"schema.pattern.{kind}", value=value)
    return error(location, "schema.pattern", value=value, pattern=pattern)
