"""Round 72, through the CLI. From reader R116 and check set 125a (travel and the outdoors, work and DIY, sport, men's
health): a finger, toe or other part cut off is 999 (MedlinePlus, Amputation - traumatic); metal or glass from a
grinder in the eye is the NHS eye page's high-speed injury; wet concrete or cement on the skin is a chemical burn (NHS
Burns and scalds); a cut 5 cm or longer needs closing the same day, and a gash with soil or rust in it is
tetanus-prone; "hasn't been able to pass any urine" is retention; hard to keep awake after a knock to the head, and
seeing double after a punch taken sparring, are the NHS head injury page's 999 signs; a fever after a trip to any
country of the NHS malaria page's areas (the Gambia, not only Africa said in those words) is same day. Quieted: a
young boy's foreskin that "won't pull back" (normal, NHS Phimosis) is not a foreskin stuck behind the head; sunburn,
blistered or with a headache, is the NHS sunburn page's same day, not 999 as a burn; a jellyfish's red line is not a
spreading infection; fingers that go white then blue "when it's cold" are Raynaud's, not an injured finger; cutting
one's own nail too short is not a tetanus-prone wound. After 126a's first run: clear fluid from the nose after a
blow to it is A&E, and a nose bent or blocked after a knock is same day (NHS Broken nose); a knee that gives way,
keeps locking or clicks painfully is same day (NHS Knee pain); a tooth that has "come right out" is knocked out;
peeling or flaky white skin between the toes is no pale skin."""

from __future__ import annotations

from conftest import check_json, flag_wording_tests, understood

FLAG_FIRES = [
    ("body-part-cut-off", "emergency", "sliced the end of my thumb off on the mandoline, got the piece"),
    ("body-part-cut-off", "emergency", "my dad's finger got chopped off by the log splitter"),
    ("body-part-cut-off", "emergency", "the top of my toe was cut off by the lawnmower"),
    ("eye-high-speed-injury", "emergency", "grinding a weld and a shard of metal went into my eye, it's sore"),
    ("chemical-on-skin", "emergency", "was kneeling in wet cement all afternoon and my knees are red raw and blistered"),
    ("wound-needs-closing", "urgent", "caught my leg on a metal sheet, the cut is about 6 cm long"),
    ("wound-needs-closing", "urgent", "I've got an 8cm cut on my forearm from a broken window"),
    ("tetanus-prone-wound", "urgent", "gashed my shin on a rusty gate, there's still dirt in it"),
    ("cant-pee", "emergency", "my husband hasn't been able to pass any urine all day and his tummy is swollen"),
    ("head-injury-signs", "emergency", "my son fell off the trampoline and hit his head, now we can't keep him awake"),
    ("head-injury-signs", "emergency", "mum banged her head on the shelf and keeps drifting off"),
    ("head-injury-signs", "emergency", "caught a kick to the head in training and now I'm seeing double"),
    ("fever-after-travel", "urgent", "got back from Uganda on Sunday and now I've got a temperature and shivers"),
    ("fever-after-travel", "urgent", "just back from a trip to Cambodia, high temperature and aching"),
    ("paraphimosis", "emergency", "my foreskin is stuck behind the head and it's swollen"),
    ("paraphimosis", "emergency", "pulled my foreskin back in the shower and now it won't come back over, it's purple"),
    ("severe-sunburn", "urgent", "burnt at the pool all day, now blistered shoulders and feel sick"),
    # check set 126a's first-run misses, by kind
    ("head-injury-skull-signs", "emergency", "took a knee to the nose in rugby, it's swollen and clear watery fluid keeps dripping out"),
    ("nose-injury-misshapen", "urgent", "walked into a door and broke my nose, it's bent to one side now"),
    ("nose-injury-misshapen", "urgent", "got hit in the nose by a cricket ball and now I can't breathe through it"),
    ("knee-gives-way", "urgent", "hurt my knee skiing last week and now it keeps giving way on the stairs"),
    ("knee-gives-way", "urgent", "my knee clicks painfully every time I bend it"),
    ("tooth-knocked-out", "urgent", "fell off his bike and a front adult tooth has come clean out"),
    # the second reader of round 72
    ("paraphimosis", "emergency", "pulled my foreskin back in the bath and now it's stuck and the tip is swelling"),
    ("paraphimosis", "emergency", "I can't get my foreskin back over the end and it's really swollen"),
    ("serious-burn", "emergency", "my son burnt his feet on the hot sand at the beach, big blisters on his soles"),
    ("finger-injury-bent-or-blue", "emergency", "I've had this cold all week, and today I jammed my finger in goal and it's pointing sideways"),
    ("body-part-cut-off", "emergency", "the lawnmower took two of his toes off"),
    ("body-part-cut-off", "emergency", "my finger is nearly cut through and hanging on by a bit of skin"),
    ("body-part-cut-off", "emergency", "his finger was severed by the table saw"),
    ("eye-high-speed-injury", "emergency", "a chip of stone flew into my eye while strimming"),
    ("head-injury-signs", "emergency", "banged her head on the table and now she keeps dozing off"),
    ("wound-needs-closing", "urgent", "the cut on my arm is five centimetres long"),
    ("fever-after-travel", "urgent", "hot and shivery since we came home from Mombasa"),
    # check set 127a's first-run misses, by kind
    ("back-or-neck-injury-nerve-signs", "emergency", "a van went into the back of my car, my neck hurts and I've got pins and needles in both hands"),
    ("blood-in-urine", "urgent", "I'm 70 and keep needing to pee at night, and this morning there was blood in it"),
    # a guard is no reason to miss the sign: worry, gloves, a stump, a sample pot
    ("body-part-cut-off", "emergency", "I'm worried, my finger is hanging on by a bit of skin after the saw slipped"),
    ("body-part-cut-off", "emergency", "I was wearing gloves and the saw took my finger off"),
    ("body-part-cut-off", "emergency", "finger cut off, the stump is bleeding a lot"),
    ("cant-pee", "emergency", "my husband can't pass any urine since this morning, the GP gave him a sample pot"),
    # check set 128a's first-run miss
    ("severe-sunburn", "urgent", "my 8 month old caught the sun at the park, his arms are red with small blisters"),
]
FLAG_QUIET = [
    ("paraphimosis", "my 2 year old's foreskin won't pull back, is that normal"),
    ("paraphimosis", "foreskin is a bit red and sore after swimming"),
    ("serious-burn", "sunburnt on my shoulders, blistered and sore"),
    ("spreading-skin-infection", "got stung by a jellyfish, red line across my arm, it stings"),
    ("finger-injury-bent-or-blue", "my fingers go white and then blue when it's cold and hurt when they warm up"),
    ("tetanus-prone-wound", "cut my toe nail too short and it's a bit sore"),
    ("body-part-cut-off", "my grandad had his leg amputated years ago because of diabetes and the stump is sore"),
    ("body-part-cut-off", "I trimmed my nails and cut a bit of skin off"),
    ("body-part-cut-off", "my toe nail came off after running a marathon"),
    ("chemical-on-skin", "fell over on the concrete path and grazed my knee"),
    ("wound-needs-closing", "small cut on my finger, about 1 cm, stopped bleeding"),
    ("head-injury-signs", "took a punch to the stomach at boxing, a bit sore"),
    ("fever-after-travel", "been back from the shops an hour and have a temperature"),
    ("blue-or-mottled", "flaky white skin between my toes that itches after the gym"),
    ("knee-gives-way", "my knee clicks when I squat but it doesn't hurt"),
    ("knee-gives-way", "my legs went out from under me on the ice and I grazed my knee"),
    ("nose-injury-misshapen", "my nose has always been a bit crooked, I broke it years ago"),
    ("head-injury-skull-signs", "bad cold, runny nose with clear watery stuff dripping out"),
    # the second reader of round 72
    ("paraphimosis", "my foreskin doesn't cover the head fully when soft, it's always been like that"),
    ("body-part-cut-off", "had my wedding ring cut off my finger because it was too tight, finger looks fine"),
    ("body-part-cut-off", "cut the fingers off my old gloves and now my hands are cold"),
    ("body-part-cut-off", "the circulation in my toes feels cut off in tight boots"),
    ("body-part-cut-off", "I'm worried I might need an amputation one day because my feet are always cold"),
    ("eye-high-speed-injury", "hammering headache and a bit of grit in my eye"),
    ("eye-high-speed-injury", "a piece of fluff got in my eye after mowing the lawn, washed it out"),
    ("chemical-on-skin", "my knees are sore from kneeling on the concrete floor all day tiling"),
    ("chemical-on-skin", "slipped on wet concrete outside the shop and hurt my back"),
    ("head-injury-signs", "I had a knee replacement 3 weeks ago and I'm feeling sick from the painkillers"),
    ("head-injury-signs", "had a kick about in the park after a few beers and now my ankle is swollen"),
    ("cant-pee", "I can't pass any urine for the sample because I just went"),
    ("wound-needs-closing", "tiny cut on my thumb about 1.5cm, stopped bleeding"),
    ("wound-needs-closing", "cut my finger on an 8 inch kitchen knife, just a small nick"),
    ("wound-needs-closing", "cut my hair 5cm shorter and now my scalp is itchy"),
    ("fever-after-travel", "fever since I got back from feeding my guinea pigs at my mum's"),
    ("fever-after-travel", "fever since I got back from my shift at the Amazon warehouse"),
    # check set 127a
    ("dka", "type 2 diabetic, for months I can't keep an erection and it's getting me down"),
]

test_each_sign_fires_its_flag_at_its_level, test_each_near_twin_leaves_the_flag_quiet = flag_wording_tests(
    FLAG_FIRES, FLAG_QUIET)


def test_a_young_boys_tight_foreskin_is_not_sent_to_999(cli):
    out = check_json(cli, "my 3 year old's foreskin won't pull back, it doesn't hurt and he wees fine")
    assert out["triage"] != "emergency", out["triage"]
    assert "phimosis" in [r["id"] for r in out["results"][:3]]


def test_finishing_too_soon_is_read_as_early_ejaculation(cli):
    assert "early-ejaculation" in understood(cli, "I always finish within a minute, it's causing problems with my partner")
    out = check_json(cli, "i only last a minute during sex")
    assert out["results"][0]["id"] == "premature-ejaculation", out["results"][:1]
