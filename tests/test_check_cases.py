"""The hand-written `check` cases (benchmarks/check_cases.json), run through the command line.

Every emergency case must be triaged emergency. The other figures must not fall below what they
were when this test was written (measured with benchmarks/check_accuracy.py, which gives the same
numbers in-process): a change that makes `check` worse on its own cases fails here, not only in a
benchmark nobody runs. Raise a floor when the figure rises; lower one only with a reason in the commit.
"""

import json

from conftest import ROOT

CASES = json.loads((ROOT / "benchmarks" / "check_cases.json").read_text(encoding="utf-8"))

# Measured on 2026-12-03 (157 cases) with the 481 conditions of that day: top 1 137, top 3 155,
# triage exact 121, emergencies 27/27, urgent to urgent or emergency care 39/39, routine or
# self-care sent to emergency 5 of 91. (With 469 conditions, top 3 was 156 and triage exact 122:
# twelve new conditions compete for the top 3.) Lowered the same day to top 1 132, top 3 154 when
# the article-text weight went from 1.5 to 5: these cases were written in the vocabulary's own
# words, while on the 2,474 cases of the blind sets 1-9 the top 3 rose from 74% to 78%.
# Then top 1 137 and top 3 153 when the rest of each article joined the text signal at 0.3 (top 3
# on the 3,034 cases of blind sets 1-11 from 76.9% to 79.3%).
# Lowered to top 1 135 and top 3 152 when a fired red flag began to count for the conditions it
# warns of: "shoulder pain and stiffness, cannot lift my arm" fires the stroke flag (as it did
# before), which now lists stroke and TIA above frozen shoulder, and self-harm joins the top 3 of
# "thoughts of suicide"; on the 800 cases of blind sets 18-21 the top 3 rose from 79% to 88%.
# Top 1 lowered to 134 on 2026-12-04 when content batch E (18 conditions) was added: "small fleshy
# lumps around the genitals | itchy" puts scabies first, genital warts second. The two were tied to
# three decimals (8.9000 against 8.8924 before, 8.9000 against 8.9001 after): the text signal's
# weights move a little with every article added, and removing any one of the new ones restores
# the order. Top 3, triage and every emergency are unchanged.
# Top 1 lowered to 131 on 2026-12-07 (round 63) when fired red flags began to vote for their conditions, split among
# them (check._lift): on these cases top 1 went 135 -> 131 and top 3 stayed 152, while over the 19,250 blind-set texts
# that name a condition top 1 rose 14,391 -> 14,597 and top 3 17,564 -> 17,850 (the tuned cases here move the other
# way by four). Triage right raised to 125, what main and the round both reach.
FLOORS = {"top1": 131, "top3": 152, "triage_ok": 125}
MAX_LOW_TO_EMERGENCY = 5


def _run_case(cli, case):
    args = ["check", "--json", "--limit", "10"]
    if case.get("age") is not None:
        args += ["--age", str(case["age"])]
    if case.get("sex"):
        args += ["--sex", case["sex"]]
    words = [case["text"]] if "text" in case else case["symptoms"]
    r = cli(*args, *words)
    assert r.code in (0, 1) and r.out, r  # 1: nothing recognised, still answered in JSON
    data = r.json()
    return data["triage"] or "nothing", [res["id"] for res in data["results"]]


def test_check_cases_every_emergency_and_the_floors(cli):
    known = {row["id"] for row in cli("list", "--json").json()}
    counts = {"top1": 0, "top3": 0, "triage_ok": 0, "with_condition": 0}
    missed_emergencies, missed_urgent, low_to_emergency = [], [], []
    for case in CASES:
        level, ranked = _run_case(cli, case)
        want = case["triage"]
        counts["triage_ok"] += level == want
        if case.get("condition") in known:
            counts["with_condition"] += 1
            counts["top1"] += case["condition"] in ranked[:1]
            counts["top3"] += case["condition"] in ranked[:3]
        if want == "emergency" and level != "emergency":
            missed_emergencies.append((case.get("symptoms") or case.get("text"), level))
        elif want == "urgent" and level not in ("urgent", "emergency"):
            missed_urgent.append((case.get("symptoms") or case.get("text"), level))
        elif want in ("routine", "self-care") and level == "emergency":
            low_to_emergency.append(case.get("symptoms") or case.get("text"))
    assert sum(c["triage"] == "emergency" for c in CASES) >= 27
    assert missed_emergencies == []
    assert missed_urgent == []
    assert len(low_to_emergency) <= MAX_LOW_TO_EMERGENCY, low_to_emergency
    assert counts["with_condition"] == len(CASES)
    below = {k: (counts[k], floor) for k, floor in FLOORS.items() if counts[k] < floor}
    assert below == {}, f"fell below the floor (got, floor): {below}"
