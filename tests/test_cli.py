"""What a person at the terminal sees: exit codes, stdout and stderr, for every command."""

import json

import pytest

from conftest import FIXTURES, fixture_entry, write_dataset

SECTIONS = {
    "causes": "causes",
    "symptoms": "symptoms",
    "treatment": "treatment",
    "diagnosis": "diagnosis",
    "prevention": "prevention",
    "risks": "risk_factors",
    "complications": "complications",
    "when": "when_to_seek_care",
}


def test_main_job_prints_causes_related_sources_and_disclaimer(cli):
    r = cli("causes", "recurrent miscarriage")
    assert r.code == 0, r
    out = r.out
    assert out.startswith("Recurrent miscarriage — Causes")
    for cause in ("Antiphospholipid syndrome", "Thyroid disease", "Poorly controlled diabetes", "balanced translocation", "No cause found"):
        assert cause in out
    assert " 1. " in out and "11. " in out  # numbered causes
    assert "Related topics" in out and "healthq show miscarriage" in out
    assert "Sources (reviewed 20" in out and "https://www.nhs.uk/conditions/miscarriage/" in out
    assert "not a diagnosis" in out.splitlines()[-1] or "not a diagnosis" in out.splitlines()[-2]
    assert "\x1b" not in out  # piped: no colour codes
    assert r.err == ""


@pytest.mark.parametrize("query", [
    "habitual abortion", "Recurrent Pregnancy Loss", "what are the causes of recurrent miscarriage?",
    "RPL", "recurent miscarage", "causes of repeated miscarriages",
])
def test_people_find_recurrent_miscarriage_however_they_type_it(cli, query):
    r = cli("causes", "--json", *query.split())
    assert r.code == 0, r
    assert r.json()["id"] == "recurrent-miscarriage"


def test_typo_answers_with_a_note_saying_what_was_matched(cli):
    r = cli("causes", "recurent miscarage")
    assert r.code == 0
    assert r.out.startswith("Recurrent miscarriage")
    assert r.err.startswith("Note: showing Recurrent miscarriage")


@pytest.mark.parametrize("command,section", SECTIONS.items())
def test_section_json_contract(cli, command, section):
    r = cli(command, "--json", "recurrent", "miscarriage")
    assert r.code == 0, r
    data = r.json()
    assert {"id", "title", "section", "items", "related", "sources"} <= data.keys()
    assert data["id"] == "recurrent-miscarriage" and data["section"] == section
    assert isinstance(data["items"], list) and data["items"]
    assert all({"id", "title"} <= rel.keys() for rel in data["related"])
    assert all({"publisher", "title", "url"} <= s.keys() for s in data["sources"])


@pytest.mark.parametrize("command", list(SECTIONS))
def test_section_commands_render_text(cli, command):
    r = cli(command, "habitual", "abortion")
    assert r.code == 0, r
    assert r.out.startswith("Recurrent miscarriage — ")
    assert "Sources" in r.out and "not a diagnosis" in r.out


def test_when_lists_emergency_signs_first(cli):
    r = cli("when", "recurrent miscarriage")
    assert r.code == 0
    emergency = r.out.index("Emergency:")
    assert emergency < r.out.index("Urgent:") < r.out.index("Routine:")
    assert "heavy bleeding" in r.out


def test_no_match_exit_1_with_suggestions_on_stderr(cli):
    r = cli("causes", "qwxz", "plorb", "zzzzq")
    assert r.code == 1
    assert r.out == ""
    assert r.err.startswith("Error: no match for 'qwxz plorb zzzzq'")
    assert len(r.err.strip().splitlines()) == 1


def test_no_match_json_is_an_empty_result(cli):
    r = cli("causes", "--json", "qwxz", "plorb", "zzzzq")
    assert r.code == 1
    data = r.json()
    assert data["items"] == [] and data["id"] is None and data["error"] == "no match"
    r = cli("search", "--json", "qwxzplorbzzzzq")
    assert r.code == 1 and r.json() == []


@pytest.mark.parametrize("args", [
    ("causes",), ("causes", ""), ("causes", "   "), ("cuases", "pcos"), ("search", "pcos", "--limit", "0"),
    ("search", "pcos", "--limit", "many"), ("list", "--category", "no-such-category"), ("causes", "--bogus", "x"),
    ("check", "fever", "--sex", "robot"), ("check", "fever", "--age", "-3"),
])
def test_usage_errors_exit_2_with_one_error_line(cli, args):
    r = cli(*args)
    assert r.code == 2, r
    assert r.out == ""
    lines = r.err.strip().splitlines()
    assert lines[0].startswith("Error: ") and len(lines) <= 2
    assert "Traceback" not in r.err


def test_version(cli):
    from healthq import __version__

    r = cli("--version")
    assert (r.code, r.out) == (0, f"healthq {__version__}\n")


def test_bare_command_prints_help(cli):
    r = cli("--help")
    assert r.code == 0
    assert "healthq causes" in r.out and "check" in r.out


@pytest.mark.parametrize("command", list(SECTIONS) + ["show", "search", "related", "list", "check", "validate"])
def test_every_command_has_help_with_examples(cli, command):
    r = cli(command, "--help")
    assert r.code == 0
    assert "Examples:" in r.out and f"healthq {command}" in r.out
    assert "--json" in r.out


def test_every_command_is_in_the_readme():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in list(SECTIONS) + ["show", "search", "related", "list", "check", "validate"]:
        assert f"healthq {command}" in readme, command


def test_search_json_contract_sorted_best_first(cli):
    r = cli("search", "--json", "miscarriage", "--limit", "5")
    assert r.code == 0
    results = r.json()
    assert results and len(results) <= 5
    for item in results:
        assert {"id", "title", "aliases", "score", "matched"} <= item.keys()
        assert 0 <= item["score"] <= 100
    scores = [i["score"] for i in results]
    assert scores == sorted(scores, reverse=True)


def test_exact_alias_beats_fuzzy_title(cli, tmp_path):
    # "zz test condition" is an alias of Testitis; the title "Testosis" is only a fuzzy match for it
    data = str(FIXTURES / "mini.json")
    r = cli("search", "--json", "--data", data, "zz test condition")
    results = r.json()
    assert results[0]["id"] == "testitis" and results[0]["score"] == 100
    assert results[0]["matched"] == "zz test condition"


def test_list_json_contract_and_category(cli):
    r = cli("list", "--json")
    assert r.code == 0
    rows = r.json()
    assert rows and all({"id", "title", "aliases", "category"} <= row.keys() for row in rows)
    r = cli("list", "--json", "--category", "Pregnancy")
    assert r.code == 0
    rows = r.json()
    assert rows and {row["category"] for row in rows} == {"pregnancy"}


def test_show_json_is_the_stored_entry(cli):
    from conftest import ROOT

    r = cli("show", "--json", "habitual", "abortion")
    assert r.code == 0
    stored = json.loads((ROOT / "data" / "conditions" / "recurrent-miscarriage.json").read_text(encoding="utf-8"))
    assert r.json() == stored


def test_show_renders_every_section(cli):
    r = cli("show", "recurrent miscarriage")
    assert r.code == 0
    for heading in ("Symptoms", "Causes", "Risk factors", "Tests and diagnosis", "Treatment", "Prevention", "Complications", "When to get help", "Sources", "Codes: ICD10 N96"):
        assert heading in r.out


def test_related_json_ids_exist(cli):
    r = cli("related", "--json", "recurrent miscarriage")
    assert r.code == 0
    data = r.json()
    assert data["id"] == "recurrent-miscarriage"
    for rel in data["related"]:
        assert cli("show", "--json", rel["id"]).json()["id"] == rel["id"]


def test_user_dataset_entry_replaces_bundled_one_and_says_so(cli, tmp_path):
    from conftest import ROOT

    stored = json.loads((ROOT / "data" / "conditions" / "recurrent-miscarriage.json").read_text(encoding="utf-8"))
    stored["summary"] = "A local replacement summary."
    path = write_dataset(tmp_path / "mine.json", [stored])
    r = cli("show", "--data", str(path), "recurrent miscarriage")
    assert r.code == 0
    assert "A local replacement summary." in r.out
    assert r.err.count("replaces the bundled entries for recurrent-miscarriage") == 1


def test_healthq_data_environment_variable(cli, monkeypatch):
    monkeypatch.setenv("HEALTHQ_DATA", str(FIXTURES / "mini.json"))
    r = cli("causes", "--json", "testitis")
    assert r.code == 0 and r.json()["id"] == "testitis"


def test_broken_user_file_warns_and_bundled_data_still_answers(cli, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("[{\"id\": ", encoding="utf-8")
    before = broken.read_bytes()
    r = cli("causes", "--json", "--data", str(broken), "recurrent miscarriage")
    assert r.code == 0
    assert r.json()["id"] == "recurrent-miscarriage"
    assert r.err.startswith(f"Warning: ignoring {broken}")
    assert broken.read_bytes() == before  # never changed


def test_missing_file_in_healthq_data_warns(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("HEALTHQ_DATA", str(tmp_path / "nope.json"))
    r = cli("causes", "--json", "recurrent miscarriage")
    assert r.code == 0 and r.json()["id"] == "recurrent-miscarriage"
    assert r.err.startswith("Warning:") and "no such file" in r.err


@pytest.mark.parametrize("where", ["before", "after"])
def test_missing_file_given_with_data_is_a_usage_error(cli, tmp_path, where):
    missing = str(tmp_path / "nope.json")
    args = ["--data", missing, "causes", "pcos"] if where == "before" else ["causes", "pcos", "--data", missing]
    r = cli(*args)
    assert r.code == 2 and r.out == ""
    assert r.err == f"Error: --data {missing}: no such file\n"


def test_validate_valid_and_invalid_files(cli, tmp_path):
    r = cli("validate", str(FIXTURES / "mini.json"))
    assert r.code == 0, r
    assert "valid" in r.err
    bad = fixture_entry(id="bad-entry", category="nowhere", related=["no-such-id"])
    del bad["summary"]
    bad["sections"]["symptoms"][0]["symptom"] = "not-a-symptom"
    path = write_dataset(tmp_path / "bad.json", [bad])
    r = cli("validate", str(path))
    assert r.code == 1
    assert f"{path}:2: entry bad-entry: summary: is missing" in r.out
    assert "entry bad-entry: category: must be one of" in r.out
    r2 = cli("validate", "--json", str(path))
    problems = r2.json()["problems"]
    assert {p["field"] for p in problems} >= {"summary", "category"}
    assert all(p["file"] == str(path) and p["entry"] == "bad-entry" for p in problems)


def test_validate_reports_links_and_symptoms(cli, tmp_path):
    entry = fixture_entry(id="linky", related=["no-such-id"])
    entry["sections"]["symptoms"][0]["symptom"] = "not-a-symptom"
    entry["aliases"] = ["linky"]
    path = write_dataset(tmp_path / "links.json", [entry])
    r = cli("validate", str(path))
    assert r.code == 1
    assert "related[0]: no condition has the id 'no-such-id'" in r.out
    assert "'not-a-symptom' is not in the symptom vocabulary" in r.out


def test_validate_unreadable_files(cli, tmp_path):
    (tmp_path / "empty.json").write_text("", encoding="utf-8")
    (tmp_path / "obj.json").write_text('"a string"', encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes(b"[\"caf\xe9\"]")
    r = cli("validate", str(tmp_path / "empty.json"), str(tmp_path / "obj.json"), str(tmp_path / "latin1.json"), str(tmp_path / "missing.json"))
    assert r.code == 1
    assert "is empty" in r.out and "must be a condition (a JSON object) or a JSON array" in r.out and "not valid UTF-8" in r.out and "no such file" in r.out
    assert "4 files checked: 4 problems" in r.err


def test_completion_offers_condition_names():
    from healthq.cli import _complete_term

    names = _complete_term("habit")
    assert "habitual abortion" in names


def test_completion_offers_each_name_once():
    """A title with a part in brackets is also found by the part, which is shown as the title: it
    was offered twice ("Abnormal cervical cells (CIN)" for "abnorm")."""
    from healthq.cli import _complete_term

    names = _complete_term("abnorm")
    assert "Abnormal cervical cells (CIN)" in names and len(names) == len(set(names)), names


def test_search_and_list_text_output(cli):
    r = cli("search", "miscarriage")
    assert r.code == 0 and "Recurrent miscarriage" in r.out and "Score" in r.out
    r = cli("list")
    assert r.code == 0 and "Pregnancy and birth" in r.out and "recurrent-miscarriage" in r.out


def test_data_option_before_or_after_the_command(cli):
    data = str(FIXTURES / "mini.json")
    assert cli("--data", data, "causes", "--json", "testitis").json()["id"] == "testitis"
    assert cli("causes", "--data", data, "--json", "testitis").json()["id"] == "testitis"


def test_words_that_are_not_a_command_are_a_question(cli):
    r = cli("what", "causes", "kidney", "stones?")
    assert r.code == 0 and r.out.startswith("Kidney stones") and "Causes" in r.out.splitlines()[0]
    assert r.err.startswith("Note: showing the causes of Kidney stones")
    assert cli("--data", str(FIXTURES / "mini.json"), "what", "causes", "testitis").code == 0
    r = cli("zzqqxx", "blorft")
    assert r.code == 1 and r.err.startswith("Error: no match")


def test_bare_healthq_prints_help_on_stdout(cli):
    r = cli()
    assert r.code == 0 and r.out.startswith("Usage: healthq") and r.err == ""


def test_text_output_has_no_trailing_spaces(cli):
    r = cli("causes", "recurrent miscarriage")
    assert all(line == line.rstrip(" ") for line in r.out.splitlines())


# --- the terminal experience, in process (tests/test_terminal.py runs the real process) -----------

def test_debug_after_the_command_shows_the_traceback(cli, monkeypatch):
    import healthq.search as search

    def boom(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(search, "resolve", boom)
    assert cli("causes", "pcos").code == 4
    with pytest.raises(RuntimeError):
        cli("causes", "pcos", "--debug")
    with pytest.raises(RuntimeError):
        cli("causes", "--debug", "pcos")


def test_debug_after_a_double_dash_is_a_word_to_look_up(cli):
    r = cli("causes", "--", "--debug")
    assert r.code == 1 and r.err.startswith("Error: no match for '--debug'")


def test_sex_choices_are_shown_and_enforced(cli):
    help_text = cli("check", "--help").out
    assert "--sex <female|male>" in help_text
    for bad in ("robot", "f", "woman", ""):
        r = cli("check", "fever", "--sex", bad, "--json")
        assert r.code == 2 and r.out == "" and "'female', 'male'" in r.err, (bad, r)
    assert cli("check", "fever", "--sex", "FEMALE", "--json").code == 0
    male = [x["id"] for x in cli("check", "pelvic pain", "--sex", "male", "--limit", "50", "--json").json()["results"]]
    assert "endometriosis" not in male


def test_a_guess_is_marked_in_the_heading_itself(cli):
    r = cli("causes", "angna")
    assert r.code == 0
    assert r.out.splitlines()[0] == "Angina — Causes (closest match to 'angna')"
    assert cli("causes", "angina").out.splitlines()[0] == "Angina — Causes"
    assert cli("show", "angna").out.splitlines()[0] == "Angina (closest match to 'angna')"
    assert cli("causes", "--json", "angna").json()["id"] == "angina"


def test_list_does_not_start_with_a_blank_line(cli):
    out = cli("list").out
    assert out.splitlines()[0].strip() and out.splitlines()[1].startswith("  ")


@pytest.mark.parametrize("command", [["search", "cancer"], ["search", "chest pain"], ["check", "fever", "stiff neck", "headache"], ["check", "cough", "fever", "tiredness"]])
def test_narrow_screens_never_cut_a_name(cli, monkeypatch, command):
    monkeypatch.setenv("COLUMNS", "40")
    r = cli(*command)
    assert r.code == 0, r
    assert "…" not in r.out and all(len(line) <= 40 for line in r.out.splitlines())
    titles = [m["title"] for m in (cli(*command, "--json").json() if command[0] == "search" else cli(*command, "--json").json()["results"])]
    joined = " ".join(line.strip() for line in r.out.splitlines())
    assert titles and all(title in joined for title in titles)  # every name whole, wrapped only between words
    # the command to copy is whole, on the label's line or (when the id is long) on its own
    assert "Open one: healthq show " in joined or "Read more: healthq show " in joined
    assert any(line.startswith("healthq show ") or " healthq show " in line for line in r.out.splitlines())


def test_wrapped_check_banner_lines_keep_their_indent(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    lines = cli("check", "fever", "stiff neck").out.splitlines()
    assert lines[0].startswith(" EMERGENCY  Call")
    banner = lines[1:lines.index(next(line for line in lines if line.startswith("  ! ")))]
    assert banner and all(line.startswith(" " * 12) and line[12] != " " for line in banner)
    flag = lines[len(banner) + 1:lines.index("")]
    assert len(flag) >= 2 and all(line.startswith("    ") and line[4] != " " for line in flag[1:])


@pytest.mark.parametrize("args", [["causes"], ["when"], ["show"], ["related"], ["ask", "what causes"], ["compare", "pcos"]],
                         ids=lambda a: a[0])
def test_no_match_json_has_the_keys_of_an_answer(cli, args):
    """Each command built its no-match JSON inline and they differed (show's had no id or title):
    a script reading a key must find it, null or empty, when nothing matched."""
    found = cli(args[0], "--json", *args[1:], "recurrent miscarriage" if args[0] != "compare" else "gout").json()
    r = cli(args[0], "--json", *args[1:], "qwxzplorb")
    assert r.code == 1 and r.err.startswith("Error: no match"), r
    empty = r.json()
    assert empty["error"] == "no match" and isinstance(empty["suggestions"], list)
    keys = {"id", "title"} if args[0] == "show" else set(found)
    assert keys - {"reviewed", "matched", "score"} <= set(empty), (sorted(found), sorted(empty))
    assert all(empty[k] in (None, []) for k in (keys & set(empty)) - {"section"}), empty


def test_a_run_builds_only_its_command_and_every_command_stays_registered(cli):
    """Start-up: only the command named is built; help, a mistyped command and the next in-process
    run still see all of them."""
    from healthq.cli import app

    before = [c.name for c in app.registered_commands]
    assert cli("search", "pcos").code == 0
    assert [c.name for c in app.registered_commands] == before
    help_text = cli("--help").out
    assert all(name in help_text for name in ("causes", "search", "compare", "check", "validate"))
    typo = cli("cuases", "gout")
    assert typo.code == 2 and "Did you mean 'causes'" in typo.err
