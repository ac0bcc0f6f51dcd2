"""What `@dataclass` made for check's record classes (Token, Patient, Reading, Symptom, Vocabulary,
Report, Flag), written once by hand.

`@dataclass` writes each class's methods as source text and compiles it with exec() when the module
is imported: about 0.5 ms a class, 3.7 ms of every `check`. These bases give the same methods
without that: equality field by field between objects of the same class, the same repr (the class
name and each field that is shown, recursion shown as ...), no hash for a mutable record, and for a
frozen one a hash of its fields and FrozenInstanceError on any assignment. Each class lists its
fields in `_fields` and writes its own `__init__`.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from reprlib import recursive_repr


class Record:
    _fields: tuple[str, ...] = ()
    _repr_fields: tuple[str, ...] | None = None  # when some field is left out of the repr

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, f) for f in self._fields) == tuple(getattr(other, f) for f in other._fields)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - mutable and compared by value, as a dataclass with eq

    @recursive_repr()
    def __repr__(self) -> str:
        shown = self._fields if self._repr_fields is None else self._repr_fields
        return f"{self.__class__.__qualname__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in shown) + ")"


class FrozenRecord(Record):
    """A record whose fields are set once, in __init__ (with _set_fields)."""

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __hash__(self):
        return hash(tuple(getattr(self, f) for f in self._fields))

    def _set_fields(self, *values) -> None:
        """Each of `_fields`, in order, to its value: what a frozen record's __init__ does. Written to the
        instance's dict at once (what object.__setattr__ did a field at a time, as no field is a descriptor
        of the class): a check makes some 700 of these records, 515 of them the vocabulary's symptoms."""
        self.__dict__.update(zip(self._fields, values))
