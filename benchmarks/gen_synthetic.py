"""Write a synthetic dataset in healthq's real format, for scale tests.

    python benchmarks/gen_synthetic.py 100000 benchmarks/out/synthetic-100000.json

Names are made of syllables (so fuzzy search has realistic work), each entry has 3-6 aliases,
5-8 symptoms drawn from the real vocabulary, and every section the schema asks for.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = "ka lo mi ne ru sa te vo pi da fe gu hi jo ly mo nu or pe qua ri so tu ve wy xa zo bel cor dan".split()
KINDS = ["syndrome", "disease", "fever", "itis", "osis", "disorder", "palsy", "deficiency"]


def word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def entry(rng: random.Random, n: int, symptoms: list[str], categories: list[str]) -> dict:
    title = f"{word(rng, 3).capitalize()} {rng.choice(KINDS)} {n}"
    item = lambda: {"name": word(rng, 2).capitalize() + " " + word(rng, 3), "detail": "Synthetic detail text for scale testing. " * 2}
    return {
        "id": f"synthetic-{n}",
        "title": title,
        "aliases": [f"{word(rng, 2)} {word(rng, 2)} {n}" for _ in range(rng.randint(3, 6))],
        "category": rng.choice(categories),
        "summary": "A synthetic condition used to measure healthq at scale. " * 2,
        "triage": rng.choice(["self-care", "routine", "urgent"]),
        "prevalence": rng.choice(["common", "uncommon", "rare"]),
        "sections": {
            "causes": [item() for _ in range(rng.randint(3, 6))],
            "symptoms": [{"name": s, "detail": "Synthetic.", "symptom": s, "frequency": rng.choice(["common", "sometimes"])} for s in rng.sample(symptoms, rng.randint(5, 8))],
            "risk_factors": [item() for _ in range(3)],
            "diagnosis": [item() for _ in range(3)],
            "treatment": [item() for _ in range(3)],
            "prevention": [item() for _ in range(2)],
            "complications": [item() for _ in range(2)],
        },
        "when_to_seek_care": {"emergency": [], "urgent": ["Synthetic urgent sentence."], "routine": ["Synthetic routine sentence."]},
        "related": [],
        "codes": {"icd10": "Z99.9"},
        "sources": [{"publisher": "Synthetic", "title": "Synthetic", "url": "https://example.org/synthetic"}],
        "reviewed": "2026-11-24",
    }


def main() -> None:
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(count)
    symptoms = [s["id"] for s in json.loads((ROOT / "data" / "symptoms.json").read_text(encoding="utf-8")) if not s.get("urgency")]
    schema = json.loads((ROOT / "data" / "schema" / "condition.schema.json").read_text(encoding="utf-8"))
    categories = schema["$defs"]["condition"]["properties"]["category"]["enum"]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write("[\n")
        for n in range(count):
            fh.write(("," if n else "") + json.dumps(entry(rng, n, symptoms, categories)) + "\n")
        fh.write("]\n")
    print(f"wrote {count} conditions to {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
