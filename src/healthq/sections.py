"""The sections of an entry and the levels of care: one registry, read by the validator, the commands,
the renderer and `check`. Adding a section or a level is one edit here.
"""

from __future__ import annotations

from typing import NamedTuple

# Named tuples, not dataclasses: the registry is imported by every command, and a dataclass writes
# and compiles its methods when the module is imported (about 3 ms for these two, with the import
# of dataclasses itself); a named tuple is immutable too, and as cheap as a class statement.


class Section(NamedTuple):
    key: str  # the field under "sections" in a data file
    command: str  # the command that prints it
    title: str  # its heading
    label: str  # how a note names it: "showing the causes of ..."
    summary: str  # the command's help line
    examples: tuple  # two example command lines for the help
    show: int = 0  # its place in `show`, which starts with the symptoms (what a reader checks first)
    numbered: bool = False  # a numbered list: the order and the count matter


# In the order of the commands in the help.
SECTIONS = (
    Section("causes", "causes", "Causes", "the causes", "What causes a condition.",
            ('causes "recurrent miscarriage"', "what causes kidney stones?"), show=2, numbered=True),
    Section("symptoms", "symptoms", "Symptoms", "the symptoms", "The symptoms and signs of a condition.",
            ("symptoms pcos", "symptoms of gout"), show=1),
    Section("treatment", "treatment", "Treatment", "the treatment", "How a condition is treated.",
            ("treatment piles", "how to treat period pain"), show=5),
    Section("diagnosis", "diagnosis", "Tests and diagnosis", "the tests", "The tests used to diagnose a condition.",
            ('diagnosis "coeliac disease"', "diagnosis uti"), show=4),
    Section("prevention", "prevention", "Prevention", "prevention", "How to lower the chance of getting a condition.",
            ('prevention "type 2 diabetes"', "prevention stroke"), show=6),
    Section("risk_factors", "risks", "Risk factors", "the risk factors", "What makes a condition more likely (risk factors).",
            ('risks "breast cancer"', "risks gout"), show=3, numbered=True),
    Section("complications", "complications", "Complications", "the complications", "What a condition can lead to.",
            ('complications "high blood pressure"', "complications diabetes"), show=7, numbered=True),
)
# When to get help is not a list of items but sentences per level of care; it has a command too.
WHEN = Section("when_to_seek_care", "when", "When to get help", "when to get help",
               "When to get help: emergency, urgent and routine signs.", ('when "chest pain"', "when miscarriage"))
SECTION_KEYS = tuple(s.key for s in SECTIONS)
SHOW_ORDER = tuple(s.key for s in sorted(SECTIONS, key=lambda s: s.show))
BY_KEY = {s.key: s for s in SECTIONS + (WHEN,)}
BY_COMMAND = {s.command: s for s in SECTIONS + (WHEN,)}


class Level(NamedTuple):
    key: str  # as written in the data (`triage`, `when_to_seek_care`, red flags)
    banner: str  # check's banner
    advice: str  # what check's banner says to do
    banner_style: str
    care: str | None = None  # the heading of its when_to_seek_care list; None when entries have no such list
    care_style: str = ""


# Least to most urgent: a level's position is its rank.
LEVELS = (
    Level("self-care", "SELF-CARE", "This can usually be looked after at home. Get help if it gets worse or does not improve.",
          "bold green"),
    Level("routine", "ROUTINE", "Book an appointment with your doctor in the next few days.", "bold",
          "Routine: book an appointment with your doctor if", "bold"),
    Level("urgent", "URGENT", "See a doctor today, or call a health advice line (NHS 111 in England).", "bold black on yellow",
          "Urgent: see a doctor or call a health advice line today if", "bold yellow"),
    Level("emergency", "EMERGENCY", "Call the emergency number (999, 911, 112) or go to the emergency department now.",
          "bold white on red", "Emergency: call the emergency number (999, 911, 112) or go to the emergency department now if",
          "bold red"),
)
LEVEL_KEYS = tuple(level.key for level in LEVELS)  # ("self-care", "routine", "urgent", "emergency")
LEVEL = {level.key: level for level in LEVELS}
# The lists of when_to_seek_care, most urgent first, as they are shown.
CARE_LEVELS = tuple(level.key for level in reversed(LEVELS) if level.care)


def rank(level: str) -> int:
    """0 for self-care up to 3 for emergency."""
    return LEVEL_KEYS.index(level)
