"""`healthq validate` and the load path say the same about a file: the same first problem, with its line."""

import json

import pytest

from conftest import fixture_entry

SYNTAX = b'[\n{"id": "a",\n "title": "x"\n,,\n]'


def test_a_json_syntax_error_has_its_line_in_validate(cli, tmp_path):
    """validate reported "line": null for a syntax error, though the load warning said syntax.json:4."""
    path = tmp_path / "syntax.json"
    path.write_bytes(SYNTAX)
    r = cli("validate", "--json", str(path))
    assert r.code == 1
    (problem,) = r.json()["problems"]
    assert problem["line"] == 4 and problem["field"] == "(file)", problem
    assert problem["message"].startswith("is not valid JSON")
    text = cli("validate", str(path))
    assert text.out.startswith(f"{path}:4: entry -: (file): is not valid JSON"), text
    warning = cli("causes", "--data", str(path), "pcos").err
    assert warning.startswith(f"Warning: ignoring {path}: {path}:4: is not valid JSON"), warning


def _entry_with(field, value):
    entry = fixture_entry(related=[])
    entry["sections"]["causes"][1].pop("condition")
    entry[field] = value
    return entry


BROKEN = {
    "list-id": [{"id": ["x"]}],
    "number-id": [{"id": 5, "title": []}],
    "not-an-object": [1, 2],
    "bad-slug": [_entry_with("id", "Not A Slug")],
    "twice": [_entry_with("title", "A"), _entry_with("title", "B")],
    "empty-section": [{**_entry_with("title", "A"), "sections": {**_entry_with("title", "A")["sections"], "causes": []}}],
    "nested-list-alias": [_entry_with("aliases", [["x"]])],
    "dict-related": [_entry_with("related", [{"a": 1}])],
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_validate_and_the_load_warning_name_the_same_first_problem(cli, tmp_path, name):
    """Two copies of the per-file checks had drifted: a list as an id crashed every command (exit 4)
    while validate reported it. Whatever validate reports first, the load warning reports."""
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(BROKEN[name]), encoding="utf-8")
    v = cli("validate", str(path))
    assert v.code == 1 and v.out, v
    first = v.out.splitlines()[0]
    r = cli("causes", "--json", "--data", str(path), "recurrent miscarriage")
    assert r.code == 0 and r.json()["id"] == "recurrent-miscarriage", r
    assert r.err.startswith(f"Warning: ignoring {path}: {first}"), (r.err, first)
