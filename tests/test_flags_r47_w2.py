"""Round 47, group w2: red flags for the articles' own emergency signs that the flag list did not read:
spinal cord and cauda equina compression (back or neck pain, or cancer, with weak or numb legs, trouble
walking or losing control of the bladder or bowels), Guillain-Barre-type weakness spreading with trouble
breathing or swallowing, sudden loss of some of the sight, stroke signs that have gone (a mini-stroke), a
sudden, very bad headache written with a comma, someone who cannot be woken, a drooping eyelid or unequal
pupils with a headache or squint, and sudden foot drop. Each kind has everyday wordings that must fire its
flag at the flag's level, and near-twins one sign away that must not. Everything goes through the CLI."""

import pytest

from conftest import assert_flag_fires, assert_flag_quiet




FIRES = [
    # spinal cord / cauda equina compression
    ("my back is killing me and I've wet myself, can't control my bladder", "back-pain-bladder", "emergency"),
    ("sciatica and lost control of my bowels this morning", "back-pain-bladder", "emergency"),
    ("back pain and loss of bladder or bowel control", "back-pain-bladder", "emergency"),
    ("back pain and both my legs have gone numb", "back-pain-both-legs", "emergency"),
    ("my lower back hurts and my legs feel weak and heavy", "back-pain-both-legs", "emergency"),
    ("dad has prostate cancer and now his back hurts and his legs are going weak", "cancer-spine-nerve-signs", "emergency"),
    ("mum has myeloma, new back pain and she's unsteady on her feet", "cancer-spine-nerve-signs", "emergency"),
    ("I've got breast cancer with secondaries and my back aches, my legs feel numb", "cancer-spine-nerve-signs", "emergency"),
    ("lymphoma, sore back and I keep wetting myself", "cancer-spine-nerve-signs", "emergency"),
    ("neck pain and now both my arms are weak", "neck-pain-nerve-signs", "emergency"),
    ("my neck has been sore for a week and I'm having trouble walking", "neck-pain-nerve-signs", "emergency"),
    ("my son with Down syndrome has a new neck pain and has lost control of his bladder", "neck-pain-nerve-signs", "emergency"),
    ("she hurt her neck in a fall and now her arms and legs are tingling", "back-or-neck-injury-nerve-signs", "emergency"),
    ("weakness in both arms after a neck injury", "back-or-neck-injury-nerve-signs", "emergency"),
    ("pins and needles after an injury to his head", "back-or-neck-injury-nerve-signs", "emergency"),
    ("my son suddenly has weak legs and can't walk", "stroke-arm", "emergency"),
    ("all of a sudden I've lost the strength in my legs", "stroke-arm", "emergency"),
    ("she suddenly lost feeling in her arms and legs", "stroke-arm", "emergency"),
    # Guillain-Barre-type weakness
    ("tingling in my feet spreading up my legs over two days and now I'm struggling to breathe", "spreading-weakness-breathing", "emergency"),
    ("my legs have got weaker and weaker over the last few days and now I can't walk", "spreading-weakness-breathing", "emergency"),
    ("the weakness is creeping up my arms and I'm finding it hard to swallow", "spreading-weakness-breathing", "emergency"),
    ("after a stomach bug my legs went weak and it's spreading, now my face feels weak too", "spreading-weakness-breathing", "emergency"),
    ("her muscles are getting weaker by the hour and she can no longer hold her head up", "spreading-weakness-breathing", "emergency"),
    ("he's too weak to stand and is short of breath", "spreading-weakness-breathing", "emergency"),
    # sudden loss of sight
    ("I suddenly can't see properly out of my left eye", "sudden-vision-loss", "emergency"),
    ("lost part of the vision in my right eye this morning", "sudden-vision-loss", "emergency"),
    ("dad has lost some of his sight in one eye all of a sudden", "sudden-vision-loss", "emergency"),
    ("You suddenly lose some or all of the sight in one or both eyes", "sudden-vision-loss", "emergency"),
    # stroke signs that have gone
    ("I think I just had a mini stroke", "stroke-signs-passed", "emergency"),
    ("dad had a TIA this morning, it's passed now", "stroke-signs-passed", "emergency"),
    ("I think my mum had a mini-stroke, her stroke symptoms have gone now", "stroke-signs-passed", "emergency"),
    ("could it have been a mini stroke? my arm went numb for a few minutes", "stroke-signs-passed", "emergency"),
    ("my husband had stroke-like symptoms an hour ago but they've gone", "stroke-signs-passed", "emergency"),
    ("waiting for the ambulance, my nan is showing signs of a stroke", "stroke-signs-passed", "emergency"),
    ("I think I had a mini stroke a few weeks ago but didn't see anyone", "possible-past-mini-stroke", "urgent"),
    ("my husband had stroke like symptoms that went away and he wasn't checked at the time", "possible-past-mini-stroke", "urgent"),
    ("I think I had a mini stroke last month", "possible-past-mini-stroke", "urgent"),
    ("was it a TIA two weeks ago? I never got checked", "possible-past-mini-stroke", "urgent"),
    # a sudden, very bad headache (a comma between the words)
    ("sudden, very bad headache an hour ago", "thunderclap-headache", "emergency"),
    ("had the worst, most painful headache of my life yesterday, it's settled now", "thunderclap-headache", "emergency"),
    ("sudden, severe headache while lifting weights", "thunderclap-headache", "emergency"),
    ("a sudden, unusually severe headache in the last few days that has since settled", "thunderclap-headache", "emergency"),
    # cannot be woken / not waking after a faint
    ("my wife can't be woken up", "unresponsive", "emergency"),
    ("she fainted and hasn't woken up after 2 minutes", "unresponsive", "emergency"),
    ("gave him glucagon and he's not awake after 10 minutes", "unresponsive", "emergency"),
    ("he's losing consciousness", "unresponsive", "emergency"),
    ("she keeps losing consciousness", "unresponsive", "emergency"),
    ("my mate fainted and did not come round within a minute", "unresponsive", "emergency"),
    # drooping eyelid or unequal pupils with a headache or squint
    ("one of my pupils is bigger than the other and I have a bad headache", "new-droopy-eyelid-or-pupil", "emergency"),
    ("my eyelid has started drooping and I've got a really bad headache", "new-droopy-eyelid-or-pupil", "emergency"),
    ("he has a squint that came on this week and one pupil is bigger", "new-droopy-eyelid-or-pupil", "emergency"),
    ("my son's eye has started turning in and his eyelid is droopy", "new-droopy-eyelid-or-pupil", "emergency"),
    ("I get cluster headaches but this time my eyelid is drooping for the first time", "new-droopy-eyelid-or-pupil", "emergency"),
    # foot drop
    ("I suddenly can't lift the front of my foot, my foot slaps when I walk", "sudden-foot-drop", "urgent"),
    ("sciatica and now my foot is dragging", "sudden-foot-drop", "urgent"),
    ("my leg has got weaker really quickly over the last day", "sudden-foot-drop", "urgent"),
    ("since yesterday I can't lift my toes up on my right foot", "sudden-foot-drop", "urgent"),
]

TWINS = [
    ("my back aches after gardening", "back-pain-bladder"),
    ("I've had a weak bladder since having kids, leak when I sneeze", "back-pain-bladder"),
    ("my legs are weak and wobbly since I came back from holiday", "back-pain-both-legs"),
    ("my legs feel tired after a long run", "back-pain-both-legs"),
    ("I have prostate cancer and feel tired", "cancer-spine-nerve-signs"),
    ("my dad on chemo has tingling in his feet", "cancer-spine-nerve-signs"),
    ("neck pain from sleeping funny, pins and needles in my fingers", "neck-pain-nerve-signs"),
    ("stiff neck from sitting at my desk, my hands feel numb when I type", "neck-pain-nerve-signs"),
    ("I had whiplash 2 years ago and sometimes get tingling in my fingers", "back-or-neck-injury-nerve-signs"),
    ("my hands tingle when I type, it spreads to my wrist", "spreading-weakness-breathing"),
    ("legs feel weak and I get breathless climbing the stairs", "spreading-weakness-breathing"),
    ("my eyesight has slowly got worse over the years", "sudden-vision-loss"),
    ("I can't see properly without my glasses", "sudden-vision-loss"),
    ("my nan had a stroke 3 years ago", "stroke-signs-passed"),
    ("I had a TIA 5 years ago, can I fly?", "stroke-signs-passed"),
    ("I had a TIA 5 years ago, can I fly?", "possible-past-mini-stroke"),
    ("what a stroke of luck", "stroke-signs-passed"),
    ("mild headache that came on slowly over the day", "thunderclap-headache"),
    ("my usual migraine, bad headache", "thunderclap-headache"),
    ("my teenager cannot be woken up for school in the morning", "unresponsive"),
    ("I fainted at the bus stop but came round straight away", "unresponsive"),
    ("baby doesn't wake up for feeds within 3 hours", "unresponsive"),
    ("my eyelids droop when I'm tired", "new-droopy-eyelid-or-pupil"),
    ("I've always had one pupil slightly bigger than the other", "new-droopy-eyelid-or-pupil"),
    ("I have myasthenia, droopy eyelids and double vision worse at the end of the day", "new-droopy-eyelid-or-pupil"),
    ("my foot sometimes catches on the carpet", "sudden-foot-drop"),
    ("I have had a dropped foot since my stroke years ago", "sudden-foot-drop"),
]


@pytest.mark.parametrize("text,flag,level", FIRES)
def test_lay_wordings_fire_the_flag_at_its_level(cli, text, flag, level):
    assert_flag_fires(cli, flag, level, text, exact=True)


@pytest.mark.parametrize("text,flag", TWINS)
def test_near_twins_do_not_fire_the_flag(cli, text, flag):
    assert_flag_quiet(cli, flag, text)
