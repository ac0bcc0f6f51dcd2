"""Round 48: kinds of crisis wording that the phrases missed on crisis set 12 and that crisis sets 3-9 showed
only the word model reading (so they got the question, not the message): death asked for in prayer or wished
from an accident, a wish never to have been born, self-harm as a habit or a relapse ("sh", "cut again",
"deeper than usual"), an overdose of a count of tablets or "a whole box", the means shown or asked about,
a car's engine left running in a garage, a plan with a date, wanting to join someone who has died, text-speak
("no1", "n", "2 b"), and a "no" or "not" of a thing that does not reach past a new subject ("no sleep, i want to
die"). Each wording below is new (not a case of any set); the near-twins share the words and must stay quiet."""

from __future__ import annotations

from healthq import crisis

from conftest import crisis_wording_tests

SHOWS = [
    "i keep praying god takes me in my sleep",
    "every morning i wish a lorry would hit me on the way in",
    "honestly i hope i get hit by a car",
    "wish id never been born",
    "wanna go 2 sleep n never wake up",
    "no1 would care if i was gone",
    "everyone would be happier if i wasnt here",
    "it would be easier for everyone if i was dead",
    "if this is how my life is going to be i dont want it",
    "they wont have to put up with me for much longer",
    "been skipping insulin on purpose",
    "i pick my skin until it bleeds on purpose",
    "i hit my own legs until they bruise because i hate myself",
    "he bangs his head on the wall and says he deserves the pain",
    "cut again tonight, deeper than usual",
    "been sh again",
    "took a handful of my sleeping pills",
    "i took 30 of my sertraline an hour ago",
    "she sent me a picture of a razor blade and said sorry",
    "would it hurt to drown",
    "what amount of insulin would kill me",
    "painless ways to go",
    "sat in the garage thinking about leaving the engine running",
    "ive got a plan and a date",
    "scared of what ill do if im left alone tonight",
    "if i got cancer id honestly be relieved",
    "i dont care if i die",
    "since my wife died i keep thinking about joining her",
    "my son has marks on his arm in neat rows",
    "found a stash of tablets in his wardrobe",
    "i am worth more dead",
    "ive sorted my will and i feel calm for the first time in months",
    "he sent a long message saying be happy and move on then switched his phone off",
    "nan says shes had enough and shes ready to go",
    "keep picturing myself stepping in front of a train",
    "i deserve to die",
    "wish that crash had killed me",
    "the only way out is to die",
    "dont see any reason to go on",
    "what dose would do it",
    "found a belt tied to the bannister",
    "i dont trust myself tonight",
    "part of me hopes its cancer so it all ends",
    "y do i feel like dying all the time",
    "dont want 2 b here nemore",
    "tired, not eating. i have a plan to kill myself",
    "no sleep for days, i want to die",
    # reader R50: wordings the first version of the round lost or missed
    "thinking about walking into the lake at night",
    "keep thinking about stepping into the bath with the hairdryer",
    "im suicidal headache is awful too",
    "i pray every night that i dont wake up",
    "what amount of tramadol would it take to not wake up",
    "took the whole box of my antidepressants an hour ago",
    # reader R51: text-speak read as a second reading only (the chatter dropped must not bring a "no" nearer)
    "no motivation rn ngl want to end it all",
    "wanna 2 die",
    "no1 cares wanna die",
    # reader R52
    "i cut deeper than usual when i got home and now it wont stop",
    # reader R53: main's sleep wordings kept whole, and a negated wider phrase hiding none inside it
    "honestly i hope i never wake up at all",
    "i go to bed praying i never wake up every single night",
    "id love to go to sleep and not wake up at all",
    "no hope at all, ill kill myself so it all ends",
    "cut again last night, deeper than usual",
    # reader R54: a new phrase set aside must not hide a phrase of main's list inside it (they are read apart)
    "i dont hope anymore, i want to die so it all ends",
    "i dont pick at my skin or anything, i cut myself on purpose",
    "we dont have a gun at home, he wants to kill himself and keeps thinking about using them",
    "ive taken the whole box of paracetamol over the last hour",
]

QUIET = [
    "asking god to take me through this week of exams",
    "i hope the bus gets here soon",
    "i cant live with my parents any longer, i need my own place",
    "i cant live without coffee",
    "took 2 paracetamol for my headache",
    "took 20 mg of sertraline this morning",
    "took 100 mg sertraline this morning",
    "I took 12 paracetamol by accident",
    "took about 16 paracetamol over 3 days for my toothache",
    "sent me a photo of my rash",
    "does it hurt to have a smear test",
    "painless ways to go to the dentist",
    "left the engine running to warm the car up",
    "i have a plan and a date night tonight",
    "worried what ill do if i lose my job",
    "i dont care if i live in a flat or a house",
    "my dad died and i want to be with my mum now",
    "cuts on her knees in lines from falling off her bike",
    "a stash of paracetamol for my holiday",
    "she's ready to go home from hospital",
    "ive had enough of this cough",
    "i dont trust myself to cook",
    "i still cut my own hair",
    "chest pain feel like dying",
    "no chest pain but i feel sick",
    "not that i want to die, but this headache is awful",
    "no way i want to die, i just want this cough gone",
    # reader R50: over-calls of the first version of the round
    "ive got loads saved up for the holiday, which travel vaccines do i need",
    "cut my finger deeper than last time while gardening",
    "she picks her skin around her nails when shes anxious, is that a thing",
    "i cant live like this, my hayfever is so bad",
    "i dont care if i die my hair pink",
    "scared of what ill do if im left alone with the biscuits lol",
    "does it hurt to drown a tick in vaseline",
    "sh scars on my thighs are itchy, is that normal",
    # reader R51: denials said with other verbs
    "im not claiming i want to die, just that im knackered all the time",
    "not implying i want to hurt myself, just feel low after the baby",
    # reader R52: over-calls of the mends
    "i pray every night that i dont wake up with a migraine again",
    "go to bed and not wake up with a hangover",
    "dont care if i die of embarrassment, its a lump on my bum",
    "scared of what ill do if im left alone in the house with the cake lol",
    "does it hurt to die from cancer, my mum has weeks left",
    "hope god takes me quick when the time comes, im 88",
    "im not worried i want to die, im worried about my blood pressure",
    "took the whole box of my antidepressants back to the chemist",
    # reader R53: over-calls of the mends
    "what time should i take my zopiclone so i dont wake up groggy",
    "turn my alarm off so i dont wake up my partner at 5",
    "i dont care if i die young, is vaping really that bad",
    "does it hurt to hang glide with a bad back",
    "i hope god takes me into his care during my operation tomorrow",
    "i cut my toenails deeper than usual and now one is red and sore",
    "the barber cut deeper than usual and my neck is bleeding a bit",
    "ive taken a whole pack of painkillers over the weekend for this toothache",
    "my hair is driving me mad, im scared of what ill do",
    # reader R54
    "ill take a melatonin so i dont wake up and start overthinking",
    "so tired, hope i crash out as soon as i get in",
    "in minecraft i dont care if i die and lose my stuff",
    "my new kitchen knife cut deeper than usual and now my finger wont stop bleeding",
    "the podiatrist cut deeper than usual into my ingrown toenail and its bleeding",
    "scared of what ill do on my own this weekend, so bored lol",
]


(test_each_kind_shows_the_message_first, test_in_search_too, test_near_twins_show_no_message,
 test_the_phrases_not_the_model_read_them) = crisis_wording_tests(SHOWS, QUIET, search_every=6)


def test_text_speak_is_read_only_by_the_phrases():
    """'n', 'no1', '2' after 'want' read as their words; '2' elsewhere stays a number; the chatter goes."""
    assert crisis._text_speak(" i wanna go 2 sleep n never wake up lol ") == " i want to go to sleep and never wake up "
    assert crisis._text_speak(" took 2 tablets ") == " took 2 tablets "
    assert crisis._text_speak(" no1 would care ") == " no one would care "
