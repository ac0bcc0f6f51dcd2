"""Round 47, group w1: red flags for emergency signs the condition articles list and the flag list did not
read (benchmarks/care_lines.py): a limb whose blood supply is cut off, priapism, face or neck swelling with
breathlessness, orbital cellulitis, a red eye with changed sight, a rapidly worsening sore throat
(epiglottitis), a blistering drug rash (Stevens-Johnson syndrome), skin red all over or covered in pus spots
while unwell, and rabies risk (same day, as the NHS page says). Each kind: lay wordings that must fire the
flag at its level, and near-twins one sign away that must not fire it."""

from conftest import flag_wording_tests

FIRES = {
    ("limb-blood-supply-cut-off", "emergency"): [
        "my dad's leg suddenly went cold and white and it's agony",
        "my foot has gone ice cold and blue all of a sudden and I can't feel my toes",
        "fell off my bike and broke my wrist, now my hand is cold and pale and numb",
        "mum's toes have gone really pale and cold in her cast and they're numb",
        "her finger has stayed white and numb for hours and won't warm up",
        "my arm suddenly went cold and weak and my fingers look grey",
        "my grandad's big toe has turned black and it's excruciating",
    ],
    ("priapism", "emergency"): [
        "i've had an erection for 5 hours and it won't go down",
        "my son has sickle cell and his penis has been hard for 3 hours and it's really painful",
        "took too much viagra and my boner won't go away, been like this since last night",
        "erection that won't go down after a trimix injection",
        "i think i have priapism",
        "my partner's erection is extremely painful and will not go down",
    ],
    ("face-neck-swelling-breathless", "emergency"): [
        "my face and neck have swollen up and I'm really short of breath",
        "since my thyroid operation yesterday my neck is swelling and I'm struggling to breathe",
        "dad has lung cancer and his face is puffy and swollen and he's breathless",
        "my neck has swelled up and my breathing has gone noisy and high pitched",
        "her face has blown up and she can't catch her breath",
    ],
    ("orbital-cellulitis-signs", "emergency"): [
        "my son's eyelid is really swollen and red and it hurts him to move his eye",
        "swelling around my eye and now I'm seeing double",
        "her eye is swollen shut and seems to be bulging out",
        "red puffy skin around my eye and it hurts when I look sideways",
        "my daughter's eyelid is swollen and her vision has gone blurry",
    ],
    ("red-eye-sight-change", "emergency"): [
        "my eye is really red and painful and my vision has gone misty",
        "very painful red eye and everything looks cloudy",
        "my left eye is bloodshot and my sight is blurred",
        "i have uveitis and my eye is red again and my vision is getting worse",
        "eye is extremely painful and I can't see properly out of it",
    ],
    ("throat-worse-fast", "emergency"): [
        "my sore throat is getting worse really quickly and my voice sounds muffled",
        "my throat has gone really bad really fast over the last few hours and it hurts to swallow",
        "severe sore throat getting worse by the hour",
    ],
    ("cant-swallow-drooling", "emergency"): [
        "i think my son might have epiglottitis",
        "worried she could have epiglottitis, she's leaning forward",
    ],
    ("severe-skin-reaction", "emergency"): [
        "started lamotrigine and now my skin is blistering and I have sores in my mouth",
        "rash that is peeling with ulcers in my mouth and sore eyes after antibiotics",
        "my skin is coming off in sheets and my lips are blistering",
        "blisters all over and painful sores on my genitals since starting allopurinol",
    ],
    ("skin-red-all-over-unwell", "emergency"): [
        "my psoriasis has gone bright red all over my body and I feel shivery and unwell",
        "skin is red and inflamed all over and I have a fever",
        "i'm covered in pus spots and have a high temperature",
        "i think i have erythrodermic psoriasis and feel awful",
    ],
    ("rabies-risk", "urgent"): [
        "a monkey bit me in bali",
        "got scratched by a stray dog while on holiday in thailand",
        "we woke up and there was a bat in the bedroom",
        "a bat flew into the house and scratched my daughter",
        "a street dog licked a cut on my leg in india",
    ],
}

QUIET = {
    "limb-blood-supply-cut-off": [
        "my feet are always cold in winter",
        "my fingers go white in the cold and then go red when they warm up",
        "my foot was cold after being out in the snow but it warmed up",
        "stubbed my toe and the toenail has gone black",
        "sprained my ankle, it's swollen and bruised but my foot is warm",
    ],
    "priapism": [
        "my erection lasted about an hour then went down",
        "i can't get an erection anymore",
        "my erections are a bit bent and slightly sore",
        "i took viagra 2 hours ago and nothing happened",
    ],
    "face-neck-swelling-breathless": [
        "my face is puffy in the mornings",
        "swollen glands in my neck and a cold, a bit short of breath",
        "i have a lump in my neck but no other symptoms",
    ],
    "orbital-cellulitis-signs": [
        "puffy eyelids from hay fever and itchy eyes",
        "i have a stye on my eyelid, it's red and swollen",
        "my eye is red and sticky",
    ],
    "red-eye-sight-change": [
        "my eye is red and sticky with gunk and a bit blurry until I blink",
        "sore tired eyes and blurry vision after staring at screens",
        "burst blood vessel in my eye, bright red patch, no pain",
        "i need new glasses, my vision is a bit blurry when reading",
        "my eye is red and a bit gritty no change in vision", "bloodshot eye no change in my eyesight",
    ],
    "cant-swallow-drooling": [
        "i have a sore throat and a cold",
        "my sore throat is slowly getting better",
    ],
    # reader R47: a sore throat that got worse fast with nothing else is NHS Sore throat's GP or 111, and "no
    # change in vision" is no change
    "throat-worse-fast": [
        "sore throat getting worse fast over the last week but i can eat and drink ok",
        "i have a sore throat that got bad quickly after a night out, eating fine",
    ],
    "severe-skin-reaction": [
        "my sunburn is peeling",
        "my son has hand foot and mouth with blisters and mouth ulcers",
        "i get mouth ulcers sometimes",
    ],
    "skin-red-all-over-unwell": [
        "my child has chickenpox, covered in spots with a fever",
        "i have a few psoriasis patches on my elbows",
        "my skin is red after the sauna",
    ],
    "rabies-risk": [
        "my dog bit my hand in the park",
        "i need a rabies jab before my trip to india",
        "hit my hand with a cricket bat",
        "we had a lovely holiday and saw lots of monkeys",
    ],
}


test_fires, test_near_twins_quiet = flag_wording_tests(FIRES, QUIET)
